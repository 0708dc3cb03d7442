import { useLiveQuery } from 'dexie-react-hooks';
import type { AutomaticBackupFailure } from '../../domain/overview/automaticBackupFailure';
import { readAutomaticBackupFailure } from '../backup/automaticBackupStatus';

/** The last automatic backup's failure, until one succeeds; null when none failed, undefined while loading. */
export function useAutomaticBackupFailure(): AutomaticBackupFailure | null | undefined {
  return useLiveQuery(readAutomaticBackupFailure, []);
}

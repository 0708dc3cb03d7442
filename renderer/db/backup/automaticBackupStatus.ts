import {
  asAutomaticBackupFailure,
  type AutomaticBackupFailure,
} from '../../domain/overview/automaticBackupFailure';
import { db } from '../database';
import { readSetting, writeSetting } from '../settings';

// A failed automatic backup is remembered until one succeeds, so that the Backup screen and the
// Overview's readiness list can say so (the log alone is read by nobody on a trip).
const FAILURE_KEY = 'backup.automaticFailure';

export async function readAutomaticBackupFailure(): Promise<AutomaticBackupFailure | null> {
  return asAutomaticBackupFailure(await readSetting<unknown>(FAILURE_KEY));
}

export function recordAutomaticBackupFailure(failure: AutomaticBackupFailure): Promise<void> {
  return writeSetting(FAILURE_KEY, failure);
}

export async function clearAutomaticBackupFailure(): Promise<void> {
  await db.settings.delete(FAILURE_KEY);
}

import { useLiveQuery } from 'dexie-react-hooks';
import type { Translator } from '../domain/entities';
import { currentDelegateId } from './identity';

/**
 * Who writes translations on this laptop: the delegate its user said they are on the tour
 * (db/identity, a laptop setting), or null when they have not said. Read inside the save's
 * transaction.
 */
export async function translationActor(tourId: string): Promise<Translator | null> {
  const delegateId = await currentDelegateId(tourId);
  return delegateId === null ? null : { delegateId };
}

/** Live: this laptop's user as a translator of the tour; undefined while loading, null when not said. */
export function useTranslationActor(tourId: string): Translator | null | undefined {
  return useLiveQuery(() => translationActor(tourId), [tourId]);
}

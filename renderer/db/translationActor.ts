import type { Translator } from '../domain/entities';
import { currentDelegateId } from './identity';

/**
 * Who writes translations on this laptop: the delegate its user said they are on the tour (a
 * laptop setting), or null when they have not said. Read inside the save's transaction.
 */
export async function translationActor(tourId: string): Promise<Translator | null> {
  const delegateId = await currentDelegateId(tourId);
  return delegateId === null ? null : { delegateId };
}

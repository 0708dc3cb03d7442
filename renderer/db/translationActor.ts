import type { Translator } from '../domain/entities';
import { readSetting } from './settings';

/**
 * Who writes translations on this laptop: the delegate its user said they are on the tour (a
 * laptop setting), or null when they have not said. Read inside the save's transaction.
 */
export async function translationActor(tourId: string): Promise<Translator | null> {
  const delegateId = await readSetting<string>(`identity:${tourId}`);
  return typeof delegateId === 'string' && delegateId !== '' ? { delegateId } : null;
}

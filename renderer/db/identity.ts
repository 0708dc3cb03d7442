import { useLiveQuery } from 'dexie-react-hooks';
import type { Delegate } from '../domain/entities';
import { db } from './database';

/**
 * "Which delegate am I", per tour, on this laptop. A laptop setting (the settings table): never in a
 * backup or an exchange file, since the colleague who receives my file is someone else. Records
 * written on this laptop are stamped with this delegate as their author or last editor.
 */
const PREFIX = 'identity:';

export const identityKey = (tourId: string) => `${PREFIX}${tourId}`;

/** The delegate this laptop's user is on the tour, or null when not said (or that delegate is deleted). */
export async function currentDelegateId(tourId: string): Promise<string | null> {
  const row = await db.settings.get(identityKey(tourId));
  const value = row?.value;
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** Says (or, with null, forgets) which delegate this laptop's user is on the tour. */
export async function setCurrentDelegateId(tourId: string, delegateId: string | null): Promise<void> {
  if (delegateId === null) await db.settings.delete(identityKey(tourId));
  else await db.settings.put({ key: identityKey(tourId), value: delegateId });
}

/** Live: the delegate id this laptop's user is on the tour; undefined while loading, null when not said. */
export function useCurrentDelegateId(tourId: string | null | undefined): string | null | undefined {
  return useLiveQuery(async () => (tourId ? currentDelegateId(tourId) : null), [tourId]);
}

/**
 * Live: the delegate record this laptop's user is on the tour; undefined while loading, null when not
 * said or when that delegate was deleted (then the user is asked again).
 */
export function useCurrentDelegate(tourId: string | null | undefined): Delegate | null | undefined {
  return useLiveQuery(async () => {
    if (!tourId) return null;
    const id = await currentDelegateId(tourId);
    if (!id) return null;
    const delegate = await db.delegates.get(id);
    return delegate && delegate.deletedAt === null && delegate.tourId === tourId ? delegate : null;
  }, [tourId]);
}

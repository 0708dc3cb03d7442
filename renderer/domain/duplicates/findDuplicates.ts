import type { Contact, Organisation } from '../entities';
import { foldForSearch } from '../names';

/**
 * "This probably exists already": the checks the contact and organisation forms make before a
 * save. Names are compared after the app's search folding (case, diacritics, ё/е, і/и: "Szoke
 * odon" is "Szőke Ödön"), punctuation and the order of the words ignored, so "dr. Szőke Ödön"
 * typed as given name first is still the same person.
 */

/** A name's words, folded and sorted: equal keys are "the same name". Empty for no name. */
export function nameKey(text: string): string {
  return foldForSearch(text)
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '')
    .sort()
    .join(' ');
}

type ContactName = Pick<Contact, 'familyName' | 'givenName' | 'organisationId'>;
type Live = { id: string; deletedAt: string | null };

/**
 * Live contacts (other than the one being edited) with the same family and given name, at the
 * same organisation. A side that names no organisation matches any: "Kiss Gábor" typed without
 * his organisation is still most likely the Kiss Gábor already listed.
 */
export function contactDuplicates<T extends ContactName & Live>(
  draft: ContactName & { id?: string },
  existing: readonly T[],
): T[] {
  const key = nameKey(`${draft.familyName} ${draft.givenName}`);
  if (key === '') return [];
  return existing.filter(
    (contact) =>
      contact.deletedAt === null &&
      contact.id !== draft.id &&
      nameKey(`${contact.familyName} ${contact.givenName}`) === key &&
      (draft.organisationId === null ||
        contact.organisationId === null ||
        contact.organisationId === draft.organisationId),
  );
}

function organisationKeys(name: Organisation['name']): Set<string> {
  return new Set(
    Object.values(name)
      .map((text) => nameKey(text ?? ''))
      .filter((key) => key !== ''),
  );
}

/**
 * Live organisations (other than the one being edited) one of whose names, in any language,
 * is one of the draft's names: the original Hungarian name typed again, or the English one.
 */
export function organisationDuplicates<T extends Pick<Organisation, 'name'> & Live>(
  draft: Pick<Organisation, 'name'> & { id?: string },
  existing: readonly T[],
): T[] {
  const keys = organisationKeys(draft.name);
  if (keys.size === 0) return [];
  return existing.filter(
    (organisation) =>
      organisation.deletedAt === null &&
      organisation.id !== draft.id &&
      [...organisationKeys(organisation.name)].some((key) => keys.has(key)),
  );
}

import {
  LANGUAGES,
  type Contact,
  type Delegate,
  type LocalizedText,
  type Organisation,
  type KeyPoint,
  type Tour,
} from '../entities';
import { isEmptyEverywhere } from '../findings';
import { sortByOrder } from '../findings/ordering';
import type { GlossaryTerm } from './glossary';

/** What the glossary is seeded from: the names the tour already has in several languages. */
export interface GlossarySource {
  tour: Pick<Tour, 'glossary'>;
  themes: readonly KeyPoint[];
  organisations?: readonly Organisation[];
  delegates?: readonly Delegate[];
  contacts?: readonly Contact[];
}

/** A term's wording compared across records: case and spacing aside. */
const wordingKey = (wording: string) => wording.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/**
 * The key point titles, organisations' names and ranks of the tour, as glossary terms: what a
 * translator must translate the same way wherever it occurs. Each wording once.
 */
export function seedTerms(source: GlossarySource): GlossaryTerm[] {
  const live = <T extends { deletedAt: string | null }>(records: readonly T[] | undefined) =>
    (records ?? []).filter((record) => record.deletedAt === null);
  const candidates: [string, LocalizedText][] = [
    ...sortByOrder(live(source.themes)).map(
      (theme) => [`theme:${theme.id}`, theme.title] as [string, LocalizedText],
    ),
    ...live(source.organisations).map(
      (organisation) => [`organisation:${organisation.id}`, organisation.name] as [string, LocalizedText],
    ),
    ...live(source.delegates).map(
      (delegate) => [`rank:${delegate.id}`, delegate.rank] as [string, LocalizedText],
    ),
    ...live(source.contacts).map(
      (contact) => [`rank:${contact.id}`, contact.rank] as [string, LocalizedText],
    ),
  ];
  const seen = new Set<string>();
  const terms: GlossaryTerm[] = [];
  for (const [id, text] of candidates) {
    if (isEmptyEverywhere(text)) continue;
    const keys = LANGUAGES.flatMap((language) =>
      text[language]?.trim() ? [`${language}:${wordingKey(text[language])}`] : [],
    );
    if (keys.some((key) => seen.has(key))) continue;
    for (const key of keys) seen.add(key);
    terms.push({ id: `seed:${id}`, text, note: '' });
  }
  return terms;
}

/** Seeded terms the glossary does not have yet (no wording of theirs is a stored term's). */
export function unseededTerms(
  stored: readonly GlossaryTerm[],
  seeded: readonly GlossaryTerm[],
): GlossaryTerm[] {
  const known = new Set(
    stored.flatMap((term) =>
      LANGUAGES.flatMap((language) =>
        term.text[language]?.trim() ? [`${language}:${wordingKey(term.text[language])}`] : [],
      ),
    ),
  );
  return seeded.filter(
    (term) =>
      !LANGUAGES.some(
        (language) =>
          term.text[language]?.trim() && known.has(`${language}:${wordingKey(term.text[language])}`),
      ),
  );
}

/**
 * The glossary the translator works with: the agreed terms, then the tour's names and ranks not
 * among them (so a new key point's title is a term before anyone adds it).
 */
export function tourGlossary(source: GlossarySource): GlossaryTerm[] {
  const stored = source.tour.glossary ?? [];
  return [...stored, ...unseededTerms(stored, seedTerms(source))];
}

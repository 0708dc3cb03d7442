import { LANGUAGES, type GlossaryTerm, type LocalizedText, type Tour } from '../domain/entities';
import { newId } from '../domain/ids';
import { withText } from '../domain/localizedText';
import { updateTour } from './tours';

/**
 * Writes of a tour's glossary. The glossary is kept on the tour record (it travels with the tour
 * in backups and exchange files); each write reads the tour as stored now and changes one term in
 * one transaction (updateTour), so terms added meanwhile in another tab or by an exchange stay.
 */

/** A term's wordings trimmed, blank ones left out. */
function cleanText(text: LocalizedText): LocalizedText {
  return LANGUAGES.reduce<LocalizedText>(
    (result, language) => withText(result, language, (text[language] ?? '').trim()),
    {},
  );
}

/** Whether a term says something in at least one language (an empty term is not saved). */
export function isBlankTerm(term: Pick<GlossaryTerm, 'text'>): boolean {
  return LANGUAGES.every((language) => (term.text[language] ?? '').trim() === '');
}

/**
 * Adds a term (no `id`, or an id the glossary does not have: a term proposed from the tour's
 * names becomes an agreed one) or replaces the term of that id. Returns the term as stored.
 */
export async function saveGlossaryTerm(
  tourId: string,
  term: { id?: string; text: LocalizedText; note: string },
): Promise<GlossaryTerm> {
  const stored: GlossaryTerm = { id: term.id ?? newId(), text: cleanText(term.text), note: term.note.trim() };
  if (isBlankTerm(stored)) throw new Error('A glossary term needs a wording in one language at least');
  await updateTour(tourId, (current: Tour) => {
    const glossary = current.glossary ?? [];
    const at = glossary.findIndex((existing) => existing.id === stored.id);
    return {
      ...current,
      glossary:
        at < 0 ? [...glossary, stored] : glossary.map((existing, i) => (i === at ? stored : existing)),
    };
  });
  return stored;
}

/** Removes a term from the glossary (nothing happens when it is gone already). */
export async function deleteGlossaryTerm(tourId: string, termId: string): Promise<void> {
  await updateTour(tourId, (current: Tour) => ({
    ...current,
    glossary: (current.glossary ?? []).filter((term) => term.id !== termId),
  }));
}

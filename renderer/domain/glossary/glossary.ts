import type { Language, LocalizedText } from '../entities';

/** One agreed term of a tour: its wording in each language, and a note on its use. */
export interface GlossaryTerm {
  id: string;
  text: LocalizedText;
  note?: string;
}

/** A place in a text where a term occurs: [start, end) in the text. */
export interface TermOccurrence {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The stem a word is compared by: Russian, Belarusian and Hungarian change a word's ending
 * ("инспектор", "инспектора", "инспектором"), so the last letters of a longer word are left out.
 */
function stem(word: string): string {
  const lower = word.toLocaleLowerCase();
  if (lower.length >= 7) return lower.slice(0, -2);
  if (lower.length >= 5) return lower.slice(0, -1);
  return lower;
}

interface Word {
  start: number;
  end: number;
  lower: string;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    lower: match[0].toLocaleLowerCase(),
  }));
}

/**
 * Where a term occurs in a text, allowing for endings: each word of the term must begin a word of
 * the text, in order, with nothing but spaces and punctuation between them.
 */
export function findTerm(text: string, term: string): TermOccurrence[] {
  const termStems = wordsOf(term).map((word) => stem(word.lower));
  if (termStems.length === 0) return [];
  const words = wordsOf(text);
  const found: TermOccurrence[] = [];
  for (let i = 0; i + termStems.length <= words.length; i += 1) {
    let matches = true;
    for (let j = 0; j < termStems.length; j += 1) {
      const word = words[i + j]!;
      const termStem = termStems[j]!;
      // A short term word (an abbreviation) must be the whole word; a longer one its beginning.
      if (termStem.length < 4 ? word.lower !== termStem : !word.lower.startsWith(termStem)) {
        matches = false;
        break;
      }
    }
    if (matches) found.push({ start: words[i]!.start, end: words[i + termStems.length - 1]!.end });
  }
  return found;
}

/** The glossary's terms a source text uses that have an agreed translation into `target`. */
export function termsUsedIn(
  sourceText: string,
  terms: readonly GlossaryTerm[],
  source: Language,
  target: Language,
): GlossaryTerm[] {
  return terms.filter((term) => {
    const wording = term.text[source]?.trim();
    return !!wording && !!term.text[target]?.trim() && findTerm(sourceText, wording).length > 0;
  });
}

/** The same as glossary entries of an XLIFF unit. */
export function glossaryEntriesFor(
  sourceText: string,
  terms: readonly GlossaryTerm[],
  source: Language,
  target: Language,
): { term: string; translation: string; definition?: string }[] {
  return termsUsedIn(sourceText, terms, source, target).map((term) => ({
    term: term.text[source]!.trim(),
    translation: term.text[target]!.trim(),
    ...(term.note?.trim() ? { definition: term.note.trim() } : {}),
  }));
}

/**
 * Terms the source uses whose agreed translation the translation does not use: what the
 * translator is told to look at again ("translated differently than agreed").
 */
export function divergentTerms(
  sourceText: string,
  translation: string,
  terms: readonly GlossaryTerm[],
  source: Language,
  target: Language,
): GlossaryTerm[] {
  if (translation.trim() === '') return [];
  return termsUsedIn(sourceText, terms, source, target).filter(
    (term) => findTerm(translation, term.text[target]!.trim()).length === 0,
  );
}

import type { GlossaryTerm, Language } from '../entities';

export type { GlossaryTerm };

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
 * Whether a word of a text is a word of a term, by the term word's stem: a short one (an
 * abbreviation) with at most an ending of two letters ("NGOs"), a longer one as the word's beginning.
 */
const wordMatches = (word: string, termStem: string) =>
  word.startsWith(termStem) && (termStem.length >= 4 || word.length <= termStem.length + 2);

/** The first letters a word is filed under in a term index. */
const PREFIX = 3;

/** Where the words of a term, by their stems, occur in a list of words. */
function occurrences(words: readonly Word[], termStems: readonly string[]): TermOccurrence[] {
  const found: TermOccurrence[] = [];
  if (termStems.length === 0) return found;
  for (let i = 0; i + termStems.length <= words.length; i += 1) {
    let matches = true;
    for (let j = 0; j < termStems.length && matches; j += 1)
      matches = wordMatches(words[i + j]!.lower, termStems[j]!);
    if (matches) found.push({ start: words[i]!.start, end: words[i + termStems.length - 1]!.end });
  }
  return found;
}

/**
 * Where a term occurs in a text, allowing for endings: each word of the term must begin a word of
 * the text, in order, with nothing but spaces and punctuation between them.
 */
export function findTerm(text: string, term: string): TermOccurrence[] {
  return occurrences(
    wordsOf(text),
    wordsOf(term).map((word) => stem(word.lower)),
  );
}

/**
 * The glossary's terms with an agreed translation from `source` into `target`, filed by the first
 * letters of their first word: a text is searched for hundreds of terms in one pass over its words.
 */
export function termMatcher(
  terms: readonly GlossaryTerm[],
  source: Language,
  target: Language,
): (sourceText: string) => GlossaryTerm[] {
  const byPrefix = new Map<string, { term: GlossaryTerm; stems: string[] }[]>();
  for (const term of terms) {
    const wording = term.text[source]?.trim();
    if (!wording || !term.text[target]?.trim()) continue;
    const stems = wordsOf(wording).map((word) => stem(word.lower));
    if (stems.length === 0) continue;
    const prefix = stems[0]!.slice(0, PREFIX);
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), { term, stems }]);
  }
  return (sourceText) => {
    if (byPrefix.size === 0) return [];
    const words = wordsOf(sourceText);
    const found = new Set<GlossaryTerm>();
    for (let i = 0; i < words.length; i += 1) {
      const word = words[i]!.lower;
      // A term word shorter than the prefix is filed under itself.
      for (let length = 1; length <= Math.min(PREFIX, word.length); length += 1) {
        for (const candidate of byPrefix.get(word.slice(0, length)) ?? []) {
          if (found.has(candidate.term) || i + candidate.stems.length > words.length) continue;
          if (candidate.stems.every((termStem, j) => wordMatches(words[i + j]!.lower, termStem)))
            found.add(candidate.term);
        }
      }
    }
    // In the glossary's order, as the translator reads it.
    return terms.filter((term) => found.has(term));
  };
}

/** The glossary's terms a source text uses that have an agreed translation into `target`. */
export function termsUsedIn(
  sourceText: string,
  terms: readonly GlossaryTerm[],
  source: Language,
  target: Language,
): GlossaryTerm[] {
  return termMatcher(terms, source, target)(sourceText);
}

/** The same as glossary entries of an XLIFF unit. */
export function glossaryEntriesFor(
  used: readonly GlossaryTerm[],
  source: Language,
  target: Language,
): { term: string; translation: string; definition?: string }[] {
  return used.map((term) => ({
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

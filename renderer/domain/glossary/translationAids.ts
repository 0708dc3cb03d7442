import type { GlossaryTerm, Language, LocalizedText } from '../entities';
import { findTerm, termMatcher } from './glossary';
import { memoryPairs, memorySearch } from './memory';

/** Something offered beside the translation box, inserted with one key. */
export type Suggestion =
  | { kind: 'term'; source: string; insert: string; note: string; termId: string }
  | { kind: 'memory'; source: string; insert: string; score: number; from: string };

/** At most so many suggestions: Alt+1 … Alt+9 insert them. */
export const MAX_SUGGESTIONS = 9;
/** Earlier translations offered at most, beside the glossary's terms. */
const MEMORY_SUGGESTIONS = 3;

export interface TranslationAids {
  /** The glossary's terms the source uses, then the closest earlier translations of it. */
  suggestions(source: Language, sourceText: string, textKey: string): Suggestion[];
  /** Terms the source uses whose agreed translation the translation does not use. */
  divergent(source: Language, sourceText: string, translation: string): GlossaryTerm[];
}

/**
 * The glossary and the memory of a tour for one target language, built lazily: the term index of
 * a source language when a text of it is first looked at, the memory (every confirmed translation
 * into the target) at the first suggestion asked for. A screen keeps one per tour version and
 * target, and asks only for the texts it shows (suggestions only for the one being edited).
 */
export function translationAids(
  glossary: readonly GlossaryTerm[],
  texts: readonly { key: string; text: LocalizedText }[],
  target: Language,
  /** Texts not to learn from: translations whose source changed since they were made. */
  unconfirmed: (key: string) => boolean,
): TranslationAids {
  const matchers = new Map<Language, (text: string) => GlossaryTerm[]>();
  const memories = new Map<Language, ReturnType<typeof memorySearch>>();
  const termsIn = (source: Language, text: string) => {
    let matcher = matchers.get(source);
    if (!matcher) {
      matcher = termMatcher(glossary, source, target);
      matchers.set(source, matcher);
    }
    return matcher(text);
  };
  const memoryOf = (source: Language) => {
    let memory = memories.get(source);
    if (!memory) {
      memory = memorySearch(memoryPairs(texts, source, target, unconfirmed));
      memories.set(source, memory);
    }
    return memory;
  };
  return {
    suggestions(source, sourceText, textKey) {
      if (source === target || sourceText.trim() === '') return [];
      const terms: Suggestion[] = termsIn(source, sourceText).map((term) => ({
        kind: 'term',
        source: term.text[source]!.trim(),
        insert: term.text[target]!.trim(),
        note: term.note.trim(),
        termId: term.id,
      }));
      const memory: Suggestion[] = memoryOf(source)(sourceText, {
        limit: MEMORY_SUGGESTIONS,
        excludeFrom: textKey,
      }).map((match) => ({
        kind: 'memory',
        source: match.source,
        insert: match.target,
        score: match.score,
        from: match.from,
      }));
      // The closest earlier translation first when it is the same text: it is the whole answer.
      const exact = memory.filter((suggestion) => suggestion.kind === 'memory' && suggestion.score === 100);
      const rest = memory.filter((suggestion) => !exact.includes(suggestion));
      return [...exact, ...terms, ...rest].slice(0, MAX_SUGGESTIONS);
    },
    divergent(source, sourceText, translation) {
      if (source === target || translation.trim() === '') return [];
      return termsIn(source, sourceText).filter(
        (term) => findTerm(translation, term.text[target]!.trim()).length === 0,
      );
    },
  };
}

/** The text with `insert` put in place of the selection [start, end), and where the caret goes. */
export function insertAt(
  text: string,
  insert: string,
  start: number,
  end: number,
): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const before = text.slice(0, from);
  const after = text.slice(to);
  // A word put between two others keeps a space on each side.
  const lead = /[\p{L}\p{N}.,;:!?]$/u.test(before) && /^[\p{L}\p{N}]/u.test(insert) ? ' ' : '';
  const trail = after !== '' && /^[\p{L}\p{N}]/u.test(after) ? ' ' : '';
  const inserted = lead + insert + trail;
  return { text: before + inserted + after, caret: from + lead.length + insert.length };
}

import type { Language, LocalizedText } from '../entities';

/** One confirmed translation: a text (or a sentence of it) and its translation, and where it is from. */
export interface MemoryPair {
  source: string;
  target: string;
  /** The text it was taken from (`kind:recordId:field`), so a text is not offered itself. */
  from: string;
}

/** An earlier translation offered for a text, with how close its source is (100: the same text). */
export interface MemorySuggestion extends MemoryPair {
  score: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const tokens = (text: string) => (text.toLocaleLowerCase().match(WORD) ?? []) as string[];

/** Sentences of a text: at . ! ? … followed by a space, and at line breaks. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?…])\s+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/**
 * The memory of a tour's texts from `source` into `target`: every text translated into both, and
 * its sentences where the translation has as many (sentence by sentence). `exclude`: texts not to
 * learn from (a translation whose source changed since it was made is not confirmed).
 */
export function memoryPairs(
  texts: readonly { key: string; text: LocalizedText }[],
  source: Language,
  target: Language,
  exclude: (key: string) => boolean = () => false,
): MemoryPair[] {
  const pairs: MemoryPair[] = [];
  for (const { key, text } of texts) {
    const sourceText = text[source]?.trim();
    const targetText = text[target]?.trim();
    if (!sourceText || !targetText || exclude(key)) continue;
    pairs.push({ source: sourceText, target: targetText, from: key });
    const sourceSentences = sentencesOf(sourceText);
    const targetSentences = sentencesOf(targetText);
    if (sourceSentences.length > 1 && sourceSentences.length === targetSentences.length)
      sourceSentences.forEach((sentence, i) =>
        pairs.push({ source: sentence, target: targetSentences[i]!, from: key }),
      );
  }
  return pairs;
}

/** Edit distance between two lists of words (insertions, deletions, replacements of a word). */
function wordDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1)
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * How close two texts are, in per cent, as translation tools count it: 100 only for the same
 * text; otherwise the share of words that need no edit (never above 99).
 */
export function similarity(a: string, b: string): number {
  if (a.trim() === b.trim()) return 100;
  const wordsA = tokens(a);
  const wordsB = tokens(b);
  const longest = Math.max(wordsA.length, wordsB.length);
  if (longest === 0) return 0;
  return Math.min(99, Math.round(100 * (1 - wordDistance(wordsA, wordsB) / longest)));
}

/** Below this a suggestion is more noise than help. */
export const MIN_SCORE = 60;
/** Only so many texts sharing the most words are compared word by word. */
const CANDIDATES = 40;

/**
 * A search over the memory: the closest earlier translations of a text, best first (exact, then
 * fuzzy by percentage). The memory is filed by word, so a text is compared only with those that
 * share words with it.
 */
export function memorySearch(pairs: readonly MemoryPair[]) {
  const byWord = new Map<string, number[]>();
  pairs.forEach((pair, index) => {
    for (const word of new Set(tokens(pair.source))) byWord.set(word, [...(byWord.get(word) ?? []), index]);
  });
  return (text: string, options: { limit?: number; excludeFrom?: string } = {}): MemorySuggestion[] => {
    const limit = options.limit ?? 3;
    const words = new Set(tokens(text));
    const shared = new Map<number, number>();
    for (const word of words)
      for (const index of byWord.get(word) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
    const candidates = [...shared.entries()]
      .filter(([index]) => pairs[index]!.from !== options.excludeFrom)
      .sort((a, b) => b[1] - a[1])
      .slice(0, CANDIDATES);
    const seen = new Set<string>();
    return candidates
      .map(([index]) => ({ ...pairs[index]!, score: similarity(text, pairs[index]!.source) }))
      .filter((suggestion) => suggestion.score >= MIN_SCORE)
      .sort((a, b) => b.score - a.score || a.source.length - b.source.length)
      .filter((suggestion) => {
        // The same translation from two texts is offered once.
        if (seen.has(suggestion.target)) return false;
        seen.add(suggestion.target);
        return true;
      })
      .slice(0, limit);
  };
}

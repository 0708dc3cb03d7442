import { foldForSearch } from '../names';

/** Apostrophes join a word (Belarusian "сям’я", English "O'Brien") instead of splitting it. */
const APOSTROPHES = /[’'`ʼ]/g;
/** Word separators: spaces, punctuation and symbols, as in MiniSearch's default tokenizer plus symbols. */
const SEPARATORS = /[\n\r\p{Z}\p{P}\p{S}]+/u;

/** Splits a text into words; the index and the query use the same rule. */
export function tokenize(text: string): string[] {
  return text.replace(APOSTROPHES, '').split(SEPARATORS);
}

/**
 * One word as the index stores it: folded by the same rule as every other search in the app
 * (case, diacritics, ё=е, й/ў/і), so "szoke" meets "Szőke" and "ковалев" meets "Ковалёв".
 */
export function processTerm(term: string): string | null {
  const folded = foldForSearch(term);
  return folded === '' ? null : folded;
}

/** The folded words of a query, as they are looked up. */
export function queryTerms(query: string): string[] {
  return tokenize(query).flatMap((word) => processTerm(word) ?? []);
}

/**
 * Folding for search, so that a query typed without diacritics or in another case finds the name:
 * "Szoke" finds "Szőke", "ковалев" finds "Ковалёв", "ПЕТЕР" finds "Петер". й and ў are letters of
 * their own in Russian and Belarusian, but users type и/у for them just as often, so they fold too;
 * Belarusian і folds to и so a Russian spelling finds a Belarusian one.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/і/g, 'и')
    .replace(/ß/g, 'ss')
    .replace(/[’'`ʼ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The texts folded into one string to look words up in; worth keeping when many queries follow. */
export function foldedHaystack(texts: readonly string[]): string {
  return texts.map(foldForSearch).join(' \u0000 ');
}

/** True when every word of the query occurs in a haystack made by `foldedHaystack`. */
export function matchesFolded(query: string, haystack: string): boolean {
  const words = foldForSearch(query)
    .split(' ')
    .filter((word) => word !== '');
  return words.every((word) => haystack.includes(word));
}

/** True when every word of the query occurs in one of the texts (after folding). */
export function matchesQuery(query: string, texts: readonly string[]): boolean {
  if (foldForSearch(query) === '') return true;
  return matchesFolded(query, foldedHaystack(texts));
}

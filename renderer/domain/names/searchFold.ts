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

/** True when every word of the query occurs in one of the texts (after folding). */
export function matchesQuery(query: string, texts: readonly string[]): boolean {
  const words = foldForSearch(query)
    .split(' ')
    .filter((word) => word !== '');
  if (words.length === 0) return true;
  const haystack = texts.map(foldForSearch).join(' \u0000 ');
  return words.every((word) => haystack.includes(word));
}

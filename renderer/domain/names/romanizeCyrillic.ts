/**
 * Russian and Belarusian Cyrillic → Latin letters after ICAO Doc 9303 (the table machine-readable
 * passports use since 2013): Ковалёв → Kovalev, Андрей → Andrei, Щукин → Shchukin. It is how a
 * Belarusian official's name appears in an English or Hungarian document when no other form was given.
 */
const LETTERS: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  і: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ў: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  // The apostrophe separates a consonant from an iotated vowel in Belarusian; it has no letter.
  '’': '',
  "'": '',
};

export function romanizeCyrillic(text: string): string {
  let out = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const lower = ch.toLowerCase();
    const latin = LETTERS[lower];
    if (latin === undefined) {
      out += ch;
      continue;
    }
    if (ch === lower || latin === '') {
      out += latin;
      continue;
    }
    // An upper-case letter: all caps when the next letter is upper-case too (КОВАЛЁВ), else capitalised.
    const next = chars[i + 1];
    const wordInCaps = next !== undefined && next !== next.toLowerCase();
    out += wordInCaps ? latin.toUpperCase() : latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}

export const hasCyrillic = (text: string): boolean => /\p{Script=Cyrillic}/u.test(text);

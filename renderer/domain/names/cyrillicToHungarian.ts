/**
 * Russian and Belarusian Cyrillic → Hungarian spelling, after the Hungarian academic rules for
 * writing Russian names (AkH. 12th ed., 219–220): ж→zs, ш→s, ч→cs, щ→scs, с→sz, ц→c, х→h, й→j,
 * е/ё/ю/я → je/jo/ju/ja at the start of a word, after a vowel or after ь/ъ, e/jo/ju/ja after a
 * consonant (ё after a consonant keeps its j: Ковалёв → Kovaljov), but ё and ю after ж, ч, ш, щ are
 * o and u (Горбачёв → Gorbacsov), ы→i, ь and ъ not written except as j before и and о (Ильич → Iljics).
 * Андрей Ковалёв → Andrej Kovaljov, Виктор Жук → Viktor Zsuk, Дмитрий Кравченко → Dmitrij Kravcsenko.
 * A suggestion, like the Cyrillic forms of Hungarian names: a translator confirms or corrects it.
 */
const LETTERS: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ж: 'zs',
  з: 'z',
  и: 'i',
  і: 'i',
  й: 'j',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 'sz',
  т: 't',
  у: 'u',
  ў: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'cs',
  ш: 's',
  щ: 'scs',
  ъ: '',
  ы: 'i',
  ь: '',
  э: 'e',
  '’': '',
  "'": '',
};

/** Iotated vowels: after a consonant е is plain e; the others keep their j sound. */
const IOTATED: Record<string, { initial: string; afterConsonant: string }> = {
  е: { initial: 'je', afterConsonant: 'e' },
  ё: { initial: 'jo', afterConsonant: 'jo' },
  ю: { initial: 'ju', afterConsonant: 'ju' },
  я: { initial: 'ja', afterConsonant: 'ja' },
};

const VOWELS = new Set([...'аеёиіоуўыэюя']);
/** Hushing consonants: the j of ё and ю after them is not pronounced, so not written. */
const HUSHING = new Set([...'жчшщ']);
const HARD_AFTER_HUSHING: Record<string, string> = { ё: 'o', ю: 'u' };
/** The soft and hard signs are heard as j before these vowels (Ильин → Iljin, бульон → buljon). */
const J_AFTER_SIGN = new Set([...'иіо']);
/** After these an iotated vowel starts its sound afresh (Belarusian Мар’я → Marja, з’езд → zjezd). */
const SEPARATORS = new Set(['ь', 'ъ', '’', "'"]);

function transcribeWord(word: string): string {
  let out = '';
  const chars = [...word.toLowerCase()];
  chars.forEach((ch, i) => {
    const before = chars[i - 1];
    const after = chars[i + 1];
    if ((ch === 'ь' || ch === 'ъ') && after !== undefined && J_AFTER_SIGN.has(after)) {
      out += 'j';
      return;
    }
    const hard = HARD_AFTER_HUSHING[ch];
    if (hard !== undefined && before !== undefined && HUSHING.has(before)) {
      out += hard;
      return;
    }
    const iotated = IOTATED[ch];
    if (iotated) {
      const initial = before === undefined || VOWELS.has(before) || SEPARATORS.has(before);
      out += initial ? iotated.initial : iotated.afterConsonant;
      return;
    }
    out += LETTERS[ch] ?? ch;
  });
  return out;
}

function applyCase(source: string, target: string): string {
  if (target === '') return target;
  const letters = source.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return target.toUpperCase();
  const first = source[0] ?? '';
  return first !== first.toLowerCase() ? target[0]!.toUpperCase() + target.slice(1) : target;
}

/** Transcribes the Cyrillic words of a text; anything else is kept as it is. */
export function cyrillicToHungarian(text: string): string {
  return text.replace(/[\p{L}’']+/gu, (word) =>
    /\p{Script=Cyrillic}/u.test(word) ? applyCase(word, transcribeWord(word)) : word,
  );
}

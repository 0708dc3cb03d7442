/**
 * Hungarian → Russian practical transcription of personal names, after the established Russian
 * practice (the rules used by Russian reference works and Wikipedia's "Венгерско-русская практическая
 * транскрипция"): cs→ч, s→ш, sz→с, zs→ж, gy→дь, ny→нь, ty→ть, ly/j→й (or я/е/ю… before a vowel),
 * long vowels written as short ones, e→э and ö→э at the start of a word and after vowels, ö/ő→ё,
 * ü/ű→ю, a→я and u→ю after the soft consonants gy/ny/ty, l→ль before a consonant and at the end;
 * a doubled hissing consonant at the end of a word is written once (Kiss → Киш; but Papp → Папп,
 * Antall → Анталл), gy/ny/ty before ü/ű lose their soft sign (Gyűrűs → Дюрюш), and a final ty after
 * a consonant is the old spelling of t + i (Vörösmarty → Вёрёшмарти).
 *
 * The result is a suggestion: established spellings (Кошут, Дюрчань) are exceptions a translator
 * confirms or corrects by hand, and the app keeps that corrected form.
 */

type Unit =
  | { kind: 'vowel'; base: VowelBase }
  | { kind: 'consonant'; latin: string }
  /** j, ly, lly: the Hungarian /j/ sound, whose spelling depends on its neighbours. */
  | { kind: 'glide' }
  /** A lone y that is not part of gy/ly/ny/ty: a vowel "i" in old spellings (Ady), й after a vowel. */
  | { kind: 'y' };

type VowelBase = 'a' | 'e' | 'i' | 'o' | 'ö' | 'u' | 'ü';

const VOWEL_BASES: Record<string, VowelBase> = {
  a: 'a',
  á: 'a',
  e: 'e',
  é: 'e',
  i: 'i',
  í: 'i',
  o: 'o',
  ó: 'o',
  ö: 'ö',
  ő: 'ö',
  // Some old spellings still found in names: ô/õ/û are typewriter stand-ins for ő/ű.
  ô: 'ö',
  õ: 'ö',
  u: 'u',
  ú: 'u',
  ü: 'ü',
  ű: 'ü',
  û: 'ü',
};

/** Consonant spellings, longest first so that "ssz" wins over "ss" + "z". */
const CONSONANTS: Record<string, string> = {
  tthy: 'тть',
  dzs: 'дж',
  ccs: 'чч',
  ggy: 'ддь',
  gyj: 'ддь',
  nny: 'ннь',
  ssz: 'сс',
  tty: 'тть',
  zzs: 'жж',
  cs: 'ч',
  cz: 'ц',
  ch: 'ч',
  dj: 'ддь',
  dz: 'дз',
  gh: 'г',
  gy: 'дь',
  ny: 'нь',
  sz: 'с',
  th: 'т',
  ty: 'ть',
  tz: 'ц',
  // Old spelling of ty in noble names (Batthyány → Баттьяни).
  thy: 'ть',
  zs: 'ж',
  b: 'б',
  c: 'ц',
  d: 'д',
  f: 'ф',
  g: 'г',
  h: 'х',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'ш',
  t: 'т',
  v: 'в',
  w: 'в',
  x: 'кс',
  z: 'з',
};
/**
 * Doubled hissing consonants at the end of a word are written once, as Russian practice does
 * (Kiss → Киш, Rács-Kovács → …ч); other doubled consonants stay doubled (Papp → Папп, Antall → Анталл).
 */
const DOUBLED_SIBILANT_FINAL: Record<string, string> = { ssz: 'с', zzs: 'ж', ccs: 'ч' };
const CONSONANT_KEYS = Object.keys(CONSONANTS).sort((a, b) => b.length - a.length);

/** Consonants written with a final soft sign: the vowel after them is iotated (Gyula → Дьюла). */
const SOFT = new Set(['gy', 'ggy', 'gyj', 'dj', 'ny', 'nny', 'ty', 'tty', 'thy', 'tthy']);

/**
 * Names whose Russian spelling is established against the letter rules (l before a consonant would
 * give Зольтан). Kept short on purpose: everything else follows the rules and is confirmed by a person.
 */
const ESTABLISHED: Record<string, string> = {
  zoltán: 'золтан',
  zsolt: 'жолт',
  kossuth: 'кошут',
};

function tokenize(word: string): Unit[] {
  const units: Unit[] = [];
  let i = 0;
  while (i < word.length) {
    const rest = word.slice(i);
    // Old spellings of ö: Eötvös, Dessewffy.
    if (rest.startsWith('eö') || rest.startsWith('eő') || rest.startsWith('ew')) {
      units.push({ kind: 'vowel', base: 'ö' });
      i += 2;
      continue;
    }
    if (rest.startsWith('lly')) {
      units.push({ kind: 'glide' });
      i += 3;
      continue;
    }
    if (rest.startsWith('ly') || rest.startsWith('jj')) {
      units.push({ kind: 'glide' });
      i += 2;
      continue;
    }
    const first = rest[0] ?? '';
    if (first === 'j') {
      units.push({ kind: 'glide' });
      i += 1;
      continue;
    }
    const vowel = VOWEL_BASES[first];
    if (vowel) {
      units.push({ kind: 'vowel', base: vowel });
      i += 1;
      continue;
    }
    const consonant = CONSONANT_KEYS.find((key) => rest.startsWith(key));
    if (consonant) {
      units.push({ kind: 'consonant', latin: consonant });
      i += consonant.length;
      continue;
    }
    if (first === 'y') {
      units.push({ kind: 'y' });
      i += 1;
      continue;
    }
    // Anything else (a foreign letter, an apostrophe) passes through unchanged.
    units.push({ kind: 'consonant', latin: first });
    i += 1;
  }
  return units;
}

const isVowelLike = (unit: Unit | undefined): boolean => unit?.kind === 'vowel' || unit?.kind === 'y';

/** Russian letters for a vowel, by what comes before it. */
function vowel(base: VowelBase, before: Unit | undefined, wordStart: boolean): string {
  const afterSoft = before?.kind === 'consonant' && SOFT.has(before.latin);
  const afterVowel = before?.kind === 'vowel' || before?.kind === 'y';
  switch (base) {
    case 'a':
      // Also after i, as Russian writes such names: Mária → Мария, Zsófia → Жофия.
      return afterSoft || (before?.kind === 'vowel' && before.base === 'i') ? 'я' : 'а';
    case 'e':
      // э at the start and after vowels other than i (Noémi → Ноэми, Tímea → Тимеа).
      if (wordStart) return 'э';
      if (afterVowel && !(before?.kind === 'vowel' && before.base === 'i')) return 'э';
      return 'е';
    case 'i':
      return 'и';
    case 'o':
      return 'о';
    case 'ö':
      return wordStart || afterVowel ? 'э' : 'ё';
    case 'u':
      return afterSoft ? 'ю' : 'у';
    case 'ü':
      return 'ю';
  }
}

/** The /j/ sound followed by a vowel: Jakab → Якаб, Lajos → Лайош, Semjén → Шемьен. */
function glideWithVowel(base: VowelBase, position: 'start' | 'afterVowel' | 'afterConsonant'): string {
  const iotated: Record<VowelBase, string> = { a: 'я', e: 'е', i: 'йи', o: 'йо', ö: 'йё', u: 'ю', ü: 'ю' };
  if (position === 'start') return iotated[base];
  if (position === 'afterVowel') {
    const afterVowel: Record<VowelBase, string> = {
      a: 'йя',
      e: 'йе',
      i: 'йи',
      o: 'йо',
      ö: 'йё',
      u: 'ю',
      ü: 'ю',
    };
    return afterVowel[base];
  }
  const afterConsonant: Record<VowelBase, string> = {
    a: 'ья',
    e: 'ье',
    i: 'ьи',
    o: 'ьо',
    ö: 'ьё',
    u: 'ью',
    ü: 'ью',
  };
  return afterConsonant[base];
}

function transcribeLowerWord(word: string): string {
  const units = tokenize(word);
  let out = '';
  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!;
    const before = units[index - 1];
    const after = units[index + 1];
    const wordStart = index === 0;
    switch (unit.kind) {
      case 'vowel':
        out += vowel(unit.base, before, wordStart);
        break;
      case 'y':
        // Görgey → Гёргей; Ady → Ади.
        out += before?.kind === 'vowel' ? 'й' : 'и';
        break;
      case 'glide': {
        if (after?.kind === 'vowel') {
          const position = wordStart ? 'start' : isVowelLike(before) ? 'afterVowel' : 'afterConsonant';
          out += glideWithVowel(after.base, position);
          index += 1;
        } else if (wordStart || isVowelLike(before)) {
          out += 'й';
        } else {
          out += 'и';
        }
        break;
      }
      case 'consonant': {
        const latin = unit.latin;
        if (latin === 'l') {
          // л before a vowel or another l (Antall → Анталл), ль before a consonant and at the end (Pál → Паль).
          const hard =
            after?.kind === 'vowel' ||
            after?.kind === 'glide' ||
            after?.kind === 'y' ||
            (after?.kind === 'consonant' && after.latin === 'l') ||
            (before?.kind === 'consonant' && before.latin === 'l' && after === undefined);
          out += hard ? 'л' : 'ль';
          break;
        }
        if (after === undefined && before?.kind === 'consonant' && latin === 'ty') {
          // Old spelling: the final y is a vowel i (Vörösmarty → Вёрёшмарти).
          out += 'ти';
          break;
        }
        if (SOFT.has(latin) && after?.kind === 'vowel' && after.base === 'ü') {
          // ю already softens the consonant: Gyűrűs → Дюрюш, not Дьюрюш.
          out += (CONSONANTS[latin] ?? latin).replace(/ь$/, '');
          break;
        }
        if (after === undefined && latin === 's' && before?.kind === 'consonant' && before.latin === 's') {
          // Kiss → Киш: the first s already wrote ш.
          break;
        }
        if (after === undefined && DOUBLED_SIBILANT_FINAL[latin] !== undefined) {
          out += DOUBLED_SIBILANT_FINAL[latin];
          break;
        }
        if (
          (latin === 'ny' || latin === 'nny') &&
          !wordStart &&
          after?.kind === 'vowel' &&
          after.base === 'i'
        ) {
          // Széchenyi → Сечени, Martonyi → Мартони: the и already softens the н.
          out += latin === 'ny' ? 'н' : 'нн';
          break;
        }
        out += CONSONANTS[latin] ?? latin;
        break;
      }
    }
  }
  return out;
}

function applyCase(source: string, target: string): string {
  if (target === '') return target;
  const letters = source.replace(/[^\p{L}]/gu, '');
  const allUpper =
    letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  if (allUpper) return target.toUpperCase();
  const first = source[0] ?? '';
  if (first !== first.toLowerCase()) return target[0]!.toUpperCase() + target.slice(1);
  return target;
}

const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * Transcribes a Hungarian name (one or several words) into Russian Cyrillic. Words that are not
 * Latin (already Cyrillic) and separators (spaces, hyphens, dots) are kept as they are.
 */
export function hungarianToRussian(text: string): string {
  return text.replace(/[\p{L}\p{M}]+/gu, (word) => {
    if (!LATIN_LETTER.test(word)) return word;
    const lower = word.normalize('NFC').toLowerCase();
    return applyCase(word, ESTABLISHED[lower] ?? transcribeLowerWord(lower));
  });
}

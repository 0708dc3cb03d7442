/**
 * A rough Latin → Russian rendering for names that are not Hungarian (the OSCE officer, a German
 * expert): English-like reading of the letters, diacritics dropped. It only seeds the suggestion a
 * translator confirms or corrects; the Hungarian rules would misread such names (s → ш).
 */

const DIGRAPHS: [string, string][] = [
  ['sch', 'ш'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['th', 'т'],
  ['ph', 'ф'],
  ['ck', 'к'],
  ['qu', 'кв'],
  ['ts', 'ц'],
  ['ya', 'я'],
  ['yu', 'ю'],
  ['ee', 'и'],
  ['oo', 'у'],
];

const LETTERS: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'к',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'й',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'в',
  x: 'кс',
  y: 'и',
  z: 'з',
};

function convertLowerWord(word: string): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    const rest = word.slice(i);
    const digraph = DIGRAPHS.find(([latin]) => rest.startsWith(latin));
    if (digraph) {
      out += digraph[1];
      i += digraph[0].length;
      continue;
    }
    const ch = rest[0]!;
    const next = rest[1];
    if (ch === 'c' && (next === 'e' || next === 'i' || next === 'y')) out += 'ц';
    else if (ch === 'e' && i === 0) out += 'э';
    else out += LETTERS[ch] ?? ch;
    i += 1;
  }
  return out;
}

export function latinToRussian(text: string): string {
  return text.replace(/\p{Script=Latin}[\p{Script=Latin}\p{M}]*/gu, (word) => {
    const plain = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const converted = convertLowerWord(plain);
    const first = word[0] ?? '';
    return first !== first.toLowerCase() && converted !== ''
      ? converted[0]!.toUpperCase() + converted.slice(1)
      : converted;
  });
}

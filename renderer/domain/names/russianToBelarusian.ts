/**
 * Turns a Russian practical transcription of a foreign (Hungarian) name into its Belarusian form,
 * following how the Belarusian Encyclopedia writes Hungarian names (Ferenc → Ферэнц, Nagy → Надзь,
 * Acsády → Ачадзі, Balczó → Бальца):
 * - дзеканне/цеканне: soft д → дз, soft т → ц (дь → дзь, ть → ць, ді → дзі);
 * - т and д stay hard before е in foreign names (Péter → Петэр);
 * - ж, ш, ч, р, дж are always hard: е→э, ё→о, и→ы, ю→у, я→а after them, and no soft sign;
 * - аканне: the stress in Hungarian is on the first syllable, so a later о is written а (Gábor → Габар)
 *   and a later ё is written е;
 * - й before a vowel is written ё/я/ю/е/і;
 * - и → і; a separating soft sign after a hard consonant becomes an apostrophe (Semjén → Шэм’ен).
 * Like the Russian form, it is a suggestion for a translator to confirm.
 */

const VOWELS = 'аеёиоуыэюяі';
const HARD = new Set(['ж', 'ш', 'ч', 'р']);
const LABIAL_OR_VELAR = new Set(['б', 'п', 'в', 'м', 'ф', 'г', 'к', 'х']);
const SOFT_VOWEL_AFTER_HARD: Record<string, string> = { е: 'э', ё: 'о', и: 'ы', ю: 'у', я: 'а' };
const IOTATED = new Set(['е', 'ё', 'ю', 'я', 'и', 'і']);

function akanne(word: string): string {
  let seenVowel = false;
  let out = '';
  for (const ch of word) {
    if (VOWELS.includes(ch)) {
      out += seenVowel && ch === 'о' ? 'а' : ch;
      seenVowel = true;
    } else {
      out += ch;
    }
  }
  return out;
}

/** й before a vowel is written with the iotated letter: Lajos → Лаёш, Jókai → Ёкаі, Bolyai → Бояі. */
function iotate(word: string): string {
  return word.replace(/й([аяоёуюеэиі])/g, (_, vowel: string) => {
    const iotated: Record<string, string> = {
      а: 'я',
      я: 'я',
      о: 'ё',
      ё: 'ё',
      у: 'ю',
      ю: 'ю',
      е: 'е',
      э: 'е',
      и: 'і',
      і: 'і',
    };
    return iotated[vowel] ?? vowel;
  });
}

const SOFTENING = new Set(['ь', 'ё', 'ю', 'я', 'и']);

function convertLowerWord(russian: string): string {
  const word = akanne(iotate(russian));
  let out = '';
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const next = chars[i + 1];
    const prev = out.slice(-1);
    if (ch === 'д' && next === 'ж') {
      out += 'дж';
      i += 1;
      continue;
    }
    // A doubled т/д before a softening letter softens as a pair: Attila → Ацціла.
    if ((ch === 'д' || ch === 'т') && next === ch && SOFTENING.has(chars[i + 2] ?? '')) {
      out += ch === 'д' ? 'дз' : 'ц';
      continue;
    }
    if ((ch === 'д' || ch === 'т') && next !== undefined) {
      if (next === 'е') {
        out += ch === 'д' ? 'дэ' : 'тэ';
        i += 1;
        continue;
      }
      if (SOFTENING.has(next)) {
        out += ch === 'д' ? 'дз' : 'ц';
        continue;
      }
    }
    if (ch === 'ь') {
      const following = next;
      if (HARD.has(prev)) continue;
      if (following !== undefined && IOTATED.has(following) && LABIAL_OR_VELAR.has(prev)) {
        out += '’';
        continue;
      }
      out += 'ь';
      continue;
    }
    const hardPrev = HARD.has(prev) || out.endsWith('дж');
    if (hardPrev && SOFT_VOWEL_AFTER_HARD[ch]) {
      out += SOFT_VOWEL_AFTER_HARD[ch];
      continue;
    }
    out += ch === 'и' ? 'і' : ch;
  }
  return out;
}

function applyCase(source: string, target: string): string {
  if (target === '') return target;
  const allUpper = source.length > 1 && source === source.toUpperCase() && source !== source.toLowerCase();
  if (allUpper) return target.toUpperCase();
  const first = source[0] ?? '';
  if (first !== first.toLowerCase()) return target[0]!.toUpperCase() + target.slice(1);
  return target;
}

export function russianToBelarusian(text: string): string {
  return text.replace(/\p{Script=Cyrillic}+/gu, (word) =>
    applyCase(word, convertLowerWord(word.toLowerCase())),
  );
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../renderer/domain/documents/buildDocument';
import type { TourBundle } from '../../../renderer/domain/tourBundle';
import { sanitizeModel, sanitizeText } from '../../../renderer/export/docx/sanitize';
import { writeDocx } from '../../../renderer/export/docx/writeDocument';
import { readDocx } from './readDocx';
import { loadSample } from './sampleBundle';

/** The XML 1.0 Char production, minus the non-characters Word also refuses. */
const XML_CHAR_ONLY = /^(?:[\t\n\r\u0020-\uD7FF\uE000-\uFDCF\uFDF0-\uFFFD]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;
const isNonCharacter = (cp: number) => (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;

/** Any UTF-16 string at all: lone surrogates, controls and non-characters included. */
const anyUtf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });
const nastyText = fc.oneof(
  anyUtf16,
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '',
    '\uFFFE',
    '\uFFFF',
    '\uD800',
    '\uDC00x',
    '\u0000\u0001\u001F',
    '\u200F\u202Eשלום',
    '🇧🇾👮‍♀️',
    '\r\n\r\n- a\n- b',
  ),
);

describe('sanitizeText', () => {
  it('leaves only characters XML 1.0 allows and no non-characters, whatever the input', () => {
    fc.assert(
      fc.property(anyUtf16, (text) => {
        const clean = sanitizeText(text);
        expect(clean).toMatch(XML_CHAR_ONLY);
        for (const ch of clean) expect(isNonCharacter(ch.codePointAt(0)!)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent and keeps ordinary text, emoji and right-to-left script as they are', () => {
    fc.assert(
      fc.property(anyUtf16, (text) => {
        expect(sanitizeText(sanitizeText(text))).toBe(sanitizeText(text));
      }),
    );
    const ordinary = 'Кіш Габар — Szőke Ödön, ўсё ű ő 🇭🇺 👮‍♀️ עברית\tend';
    expect(sanitizeText(ordinary)).toBe(ordinary);
  });

  it('changes every code unit alone as it changes it inside a text (the quick check misses none)', () => {
    for (let unit = 0; unit <= 0xffff; unit += 1) {
      const ch = String.fromCharCode(unit);
      expect(sanitizeText(`a${ch}b`), unit.toString(16)).toBe(`a${sanitizeText(ch)}b`);
      const changed = sanitizeText(ch) !== ch;
      const kept =
        XML_CHAR_ONLY.test(ch) &&
        !/[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\r]/.test(ch);
      expect(changed, unit.toString(16)).toBe(!kept);
    }
  });

  it('removes exactly the forbidden characters', () => {
    expect(sanitizeText('a\u0000b\u0008c\u000Bd\uFFFEe\uFFFFf\uD800g\uDFFFh\u{10FFFF}i\u0085j')).toBe(
      'abcdefghij',
    );
    expect(sanitizeText('line\r\nnext\rlast')).toBe('line\nnext\nlast');
  });

  it('never leaves a bidi control or a Unicode separator, and keeps every other letter in its order (property)', () => {
    const control = fc.constantFrom(
      ...[0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069].map(
        (c) => String.fromCharCode(c),
      ),
    );
    const separator = fc.constantFrom('\u2028', '\u2029');
    const letters = fc.string({ unit: fc.constantFrom(...'abcабвўőű 1.'), maxLength: 8 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(letters, fc.oneof(control, separator)), { maxLength: 8 }),
        letters,
        (parts, tail) => {
          const text = parts.map(([plain, invisible]) => plain + invisible).join('') + tail;
          const clean = sanitizeText(text);
          expect(clean).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/u);
          // Controls vanish, separators become line breaks, the rest stays in its order.
          const expected =
            parts
              .map(
                ([plain, invisible]) =>
                  plain + (invisible === '\u2028' || invisible === '\u2029' ? '\n' : ''),
              )
              .join('') + tail;
          expect(clean).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('goes through a whole model, leaving Blobs alone', () => {
    const blob = new Blob(['x']);
    const model = sanitizeModel({
      a: 'x\u0000',
      list: ['\uFFFF', { b: '\uD800ok' }],
      blob,
      n: 3,
      none: null,
    });
    expect(model).toEqual({ a: 'x', list: ['', { b: 'ok' }], blob, n: 3, none: null });
    expect(model.blob).toBe(blob);
  });
});

/** The sample with user-typed texts replaced by arbitrary strings. */
function poisoned(base: TourBundle, texts: string[]): TourBundle {
  let i = 0;
  const next = () => texts[i++ % texts.length] ?? '';
  return {
    ...base,
    tour: { ...base.tour, title: { ru: next() }, purpose: { ru: next() }, conclusions: { ru: next() } },
    findings: base.findings.map((f, n) =>
      n < 3 ? { ...f, title: { ru: next() }, text: { ru: next(), en: next() } } : f,
    ),
    recommendations: base.recommendations.map((r, n) =>
      n < 2 ? { ...r, text: { ru: next() }, responsible: { ru: next() } } : r,
    ),
    contacts: base.contacts.map((c, n) =>
      n < 2 ? { ...c, familyName: next() || 'X', givenName: next() } : c,
    ),
    events: base.events.map((e, n) => (n < 2 ? { ...e, place: next() } : e)),
  };
}

describe('every document opens, whatever the user typed', () => {
  const sample = loadSample();

  it('writes well-formed XML for random text in every field kind (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(nastyText, { minLength: 1, maxLength: 12 }),
        fc.constantFrom('report', 'memo', 'brief', 'contacts', 'programme'),
        fc.constantFrom('ru', 'be', 'en', 'hu'),
        async (texts, kind, language) => {
          const model = buildDocument(poisoned(sample.bundle, texts), {
            kind,
            language,
            eventId: sample.bundle.events[1]!.id,
          });
          const read = await readDocx(await writeDocx(model, 'by-stb-6.38-2016', { tocPageNumbers: false }));
          for (const xml of Object.values(read.parts)) expect(xml).toMatch(XML_CHAR_ONLY);
        },
      ),
      { numRuns: 12 },
    );
  }, 300_000);

  it('writes a 50,000-character paragraph, emoji, RTL marks and empty fields', async () => {
    const long = 'Длинный абзац без переносов ő ű ў і. '.repeat(1400).slice(0, 50_000);
    const model = buildDocument(poisoned(sample.bundle, [long, '', '👮‍♀️\u200F', '\u0007\uFFFE']), {
      kind: 'report',
      language: 'ru',
    });
    const read = await readDocx(await writeDocx(model, 'by-stb-6.38-2016', { tocPageNumbers: false }));
    expect(read.text).toContain(long.slice(0, 1000));
    expect(read.text).toContain('👮‍♀️');
    expect(read.text).not.toContain('\u200F');
  }, 120_000);
});

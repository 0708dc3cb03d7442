import { describe, expect, it } from 'vitest';
import type { LocalizedText, TranslationMeta } from '../../../renderer/domain/entities';
import { translationMetaSchema } from '../../../renderer/domain/entities';
import {
  reconcileTranslationMeta,
  textFingerprint,
  translationState,
  TranslationReviewError,
  type ReconcileContext,
} from '../../../renderer/domain/translations';

const anna = { delegateId: 'anna' };
const boris = { delegateId: 'boris' };
const at = (minute: number) => `2026-12-02T03:${String(minute).padStart(2, '0')}:00.000Z`;

interface Rec {
  text: LocalizedText;
  title: LocalizedText;
  translationMeta?: TranslationMeta;
}

/** Writes `after` over `before` as a repository save does. */
function write(before: Rec | undefined, after: Omit<Rec, 'translationMeta'>, context: ReconcileContext): Rec {
  const meta = reconcileTranslationMeta(before, after, context);
  if (meta) expect(translationMetaSchema.safeParse(meta).success).toBe(true);
  return { ...after, ...(meta ? { translationMeta: meta } : {}) };
}
const state = (record: Rec, language: 'ru' | 'be' | 'en' | 'hu', path: 'text' | 'title' = 'text') =>
  translationState(record.translationMeta, path, record[path], language);

describe('fingerprints', () => {
  it('fold whitespace and Unicode forms, and tell different texts apart', () => {
    expect(textFingerprint('Участковый  инспектор\n')).toBe(textFingerprint('Участковый инспектор'));
    expect(textFingerprint('é')).toBe(textFingerprint('e\u0301'));
    expect(textFingerprint('Участковый инспектор')).not.toBe(textFingerprint('Участковый инспектор.'));
    expect(textFingerprint('')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('translation notes across edits', () => {
  it('a translation written from a source is current until the source changes, then needs review', () => {
    const original = write(
      undefined,
      { text: { ru: 'Патруль на вокзале.' }, title: {} },
      { actor: anna, now: at(0) },
    );
    expect(original.translationMeta).toBeUndefined();
    expect(state(original, 'ru').status).toBe('original');
    expect(state(original, 'en').status).toBe('missing');

    const translated = write(
      original,
      { text: { ru: 'Патруль на вокзале.', en: 'A patrol at the station.' }, title: {} },
      { actor: anna, now: at(1), intent: { from: 'ru' } },
    );
    const note = translated.translationMeta?.text?.en;
    expect(note).toMatchObject({ from: 'ru', source: 'Патруль на вокзале.', by: anna, at: at(1) });
    expect(state(translated, 'en').status).toBe('current');

    const edited = write(
      translated,
      { text: { ru: 'Пеший патруль на вокзале.', en: 'A patrol at the station.' }, title: {} },
      { actor: boris, now: at(2) },
    );
    const review = state(edited, 'en');
    expect(review.status).toBe('needsReview');
    expect(review.oldSource).toBe('Патруль на вокзале.');
    expect(review.newSource).toBe('Пеший патруль на вокзале.');
    // The Russian is the original: nothing to review there.
    expect(state(edited, 'ru').status).toBe('original');
  });

  it('a whitespace-only change of the source needs no review', () => {
    const base = write(
      { text: { ru: 'Один текст.' }, title: {} },
      { text: { ru: 'Один текст.', en: 'One text.' }, title: {} },
      { actor: anna, now: at(0) },
    );
    const edited = write(
      base,
      { text: { ru: 'Один  текст. ', en: 'One text.' }, title: {} },
      { actor: anna, now: at(1) },
    );
    expect(state(edited, 'en').status).toBe('current');
  });

  it('editing the translation or confirming it clears the mark; confirming keeps the translator', () => {
    const base = write(
      { text: { ru: 'Старый.' }, title: {} },
      { text: { ru: 'Старый.', en: 'Old.' }, title: {} },
      { actor: anna, now: at(0) },
    );
    const changed = write(
      base,
      { text: { ru: 'Новый.', en: 'Old.' }, title: {} },
      { actor: boris, now: at(1) },
    );
    expect(state(changed, 'en').status).toBe('needsReview');

    const confirmed = write(changed, changed, {
      actor: boris,
      now: at(2),
      intent: { confirm: [{ path: 'text', language: 'en' }] },
    });
    expect(state(confirmed, 'en').status).toBe('current');
    expect(confirmed.translationMeta?.text?.en).toMatchObject({ by: anna, source: 'Новый.', at: at(2) });

    const rewritten = write(
      changed,
      { text: { ru: 'Новый.', en: 'New.' }, title: {} },
      { actor: boris, now: at(3) },
    );
    expect(state(rewritten, 'en').status).toBe('current');
    expect(rewritten.translationMeta?.text?.en?.by).toEqual(boris);
  });

  it('translations made before fingerprints are up to date until their original changes, then need review', () => {
    const legacy: Rec = {
      text: { ru: 'Было так.', en: 'It was so.', hu: 'Így volt.' },
      title: { ru: 'Заголовок', en: 'Title' },
    };
    expect(state(legacy, 'en').status).toBe('untracked');

    const edited = write(
      legacy,
      { text: { ru: 'Стало иначе.', en: 'It was so.', hu: 'Így volt.' }, title: legacy.title },
      { actor: anna, now: at(0) },
    );
    expect(state(edited, 'en')).toMatchObject({
      status: 'needsReview',
      oldSource: 'Было так.',
      newSource: 'Стало иначе.',
    });
    expect(state(edited, 'hu').status).toBe('needsReview');
    // Nobody is named as their translator: they were made before anyone was recorded.
    expect(edited.translationMeta?.text?.en?.by).toBeUndefined();
    // Another text of the record, untouched, stays as it was.
    expect(state(edited, 'en', 'title').status).toBe('untracked');
    expect(edited.translationMeta?.title).toBeUndefined();
  });

  it('editing an untracked translation starts tracking it against the original, never the other way round', () => {
    const legacy: Rec = { text: { ru: 'Оригинал.', en: 'Original.' }, title: {} };
    const edited = write(
      legacy,
      { text: { ru: 'Оригинал.', en: 'The original.' }, title: {} },
      { actor: anna, now: at(0) },
    );
    expect(edited.translationMeta?.text?.en).toMatchObject({ from: 'ru', by: anna });
    expect(edited.translationMeta?.text?.ru).toBeUndefined();
    expect(state(edited, 'ru').status).toBe('original');
  });

  it('a removed source leaves its translation needing review; a removed translation loses its note', () => {
    const base = write(
      { text: { ru: 'Текст.' }, title: {} },
      { text: { ru: 'Текст.', be: 'Тэкст.' }, title: {} },
      { actor: anna, now: at(0) },
    );
    const noBelarusian = write(base, { text: { ru: 'Текст.' }, title: {} }, { actor: anna, now: at(1) });
    expect(noBelarusian.translationMeta).toBeUndefined();
    const noRussian = write(base, { text: { be: 'Тэкст.' }, title: {} }, { actor: anna, now: at(1) });
    expect(state(noRussian, 'be')).toMatchObject({ status: 'needsReview', newSource: '' });
  });

  it('a second person checks a translation; the translator cannot, nor can nobody', () => {
    const base = write(
      { text: { ru: 'Текст.' }, title: {} },
      { text: { ru: 'Текст.', en: 'Text.' }, title: {} },
      { actor: anna, now: at(0) },
    );
    const check = { check: [{ path: 'text', language: 'en' as const }] };
    expect(() => write(base, base, { actor: anna, now: at(1), intent: check })).toThrow(
      TranslationReviewError,
    );
    expect(() => write(base, base, { actor: null, now: at(1), intent: check })).toThrow(/unknownChecker/);
    const checked = write(base, base, { actor: boris, now: at(1), intent: check });
    expect(state(checked, 'en')).toMatchObject({ status: 'current', checked: true });
    expect(checked.translationMeta?.text?.en?.checked).toEqual({ by: boris, at: at(1) });

    // A changed source voids the check; it must be confirmed before it is checked again.
    const changed = write(
      checked,
      { text: { ru: 'Другой текст.', en: 'Text.' }, title: {} },
      { actor: anna, now: at(2) },
    );
    expect(state(changed, 'en')).toMatchObject({ status: 'needsReview', checked: false });
    expect(() => write(changed, changed, { actor: boris, now: at(3), intent: check })).toThrow(/needsReview/);
    // Editing the translation voids it too.
    const retranslated = write(
      checked,
      { text: { ru: 'Текст.', en: 'The text.' }, title: {} },
      { actor: anna, now: at(4) },
    );
    expect(state(retranslated, 'en').checked).toBe(false);
  });

  it('a translator named by an imported file is kept, and the stored notes win over a stale draft', () => {
    const base = write(
      { text: { ru: 'Текст.' }, title: {} },
      { text: { ru: 'Текст.', hu: 'Szöveg.' }, title: {} },
      { actor: anna, now: at(0), intent: { from: 'ru', translator: { name: 'Kovács Éva' } } },
    );
    expect(base.translationMeta?.text?.hu?.by).toEqual({ name: 'Kovács Éva' });
    const stale = { ...base, translationMeta: {} };
    const saved = write(base, stale, { actor: anna, now: at(1) });
    expect(saved.translationMeta?.text?.hu?.by).toEqual({ name: 'Kovács Éva' });
  });

  it('nested texts are tracked by their path', () => {
    type Nested = { requisites: { place: LocalizedText }; translationMeta?: TranslationMeta };
    const before: Nested = { requisites: { place: { ru: 'г. Минск', en: 'Minsk' } } };
    const after: Nested = { requisites: { place: { ru: 'г. Минск, ул. Городская', en: 'Minsk' } } };
    const meta = reconcileTranslationMeta(before, after, { actor: anna, now: at(0) });
    expect(translationState(meta, 'requisites.place', after.requisites.place, 'en').status).toBe(
      'needsReview',
    );
  });
});

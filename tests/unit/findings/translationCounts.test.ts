import { beforeEach, describe, expect, it } from 'vitest';
import { saveTranslation } from '../../../renderer/db/findings';
import {
  missingLanguages,
  notYetTranslatedInto,
  translatableFields,
  translationCounts,
  type TranslatableField,
} from '../../../renderer/domain/findings';
import { resetDb } from '../db/resetDb';
import { loadSampleTour, readTour } from './sampleTour';

const field = (key: string, text: TranslatableField['text']): TranslatableField => ({
  kind: 'finding',
  recordId: key,
  field: 'title',
  text,
  key,
});

describe('translation counts per language', () => {
  it('counts translated and missing per language over fields that have any text', () => {
    const fields = [
      field('a', { ru: 'Текст', en: 'Text' }),
      field('b', { ru: 'Только' }),
      field('c', { hu: 'Szöveg' }),
    ];
    const counts = translationCounts(fields);
    expect(counts.ru).toEqual({ language: 'ru', translated: 2, missing: 1, total: 3 });
    expect(counts.en).toEqual({ language: 'en', translated: 1, missing: 2, total: 3 });
    expect(counts.be).toEqual({ language: 'be', translated: 0, missing: 3, total: 3 });
    expect(counts.hu.missing).toBe(2);
    expect(notYetTranslatedInto(fields, 'en').map((f) => f.key)).toEqual(['b', 'c']);
  });

  it('does not count whitespace as a translation', () => {
    expect(translationCounts([field('a', { ru: 'x', en: '   ' })]).en.missing).toBe(1);
    expect(missingLanguages({ ru: 'x', en: ' ' })).toEqual(['be', 'en', 'hu']);
    expect(missingLanguages({})).toEqual([]);
  });

  describe('over a whole tour', () => {
    beforeEach(resetDb);

    it('covers tour, key points, findings, recommendations, captions and materials, skipping empty and deleted', async () => {
      const tour = await loadSampleTour();
      const fields = translatableFields(tour);
      const kinds = new Set(fields.map((f) => f.kind));
      for (const kind of ['tour', 'theme', 'finding', 'recommendation', 'material'] as const) {
        expect(kinds.has(kind)).toBe(true);
      }
      // 16 findings each have a Russian title; empty applicability notes are not in the backlog.
      expect(fields.filter((f) => f.kind === 'finding' && f.field === 'title')).toHaveLength(16);
      expect(fields.some((f) => f.kind === 'finding' && f.field === 'applicabilityNote')).toBe(false);
      // Key points come in four languages, so they are never missing.
      expect(notYetTranslatedInto(fields, 'be').some((f) => f.kind === 'theme')).toBe(false);

      const withoutDeleted = translatableFields({
        ...tour,
        findings: tour.findings.map((f, i) => (i === 0 ? { ...f, deletedAt: '2010-09-20T10:00:00Z' } : f)),
      });
      expect(withoutDeleted.filter((f) => f.kind === 'finding' && f.field === 'title')).toHaveLength(15);
    });

    it('drops the "not translated into English" count by one when a translation is saved', async () => {
      const before = await loadSampleTour();
      const fields = translatableFields(before);
      const target = notYetTranslatedInto(fields, 'en')[0]!;
      const missingBefore = translationCounts(fields).en.missing;

      await saveTranslation(target, 'en', 'The English version');
      const after = await readTour(before.tour.id);
      const countsAfter = translationCounts(translatableFields(after));
      expect(countsAfter.en.missing).toBe(missingBefore - 1);
      expect(countsAfter.en.total).toBe(translationCounts(fields).en.total);

      // Clearing the text makes it "not translated" again.
      await saveTranslation(target, 'en', '  ');
      const cleared = await readTour(before.tour.id);
      expect(translationCounts(translatableFields(cleared)).en.missing).toBe(missingBefore);
    });

    it('refuses to write a field that is not translatable', async () => {
      const tour = await loadSampleTour();
      await expect(
        saveTranslation({ kind: 'finding', recordId: tour.findings[0]!.id, field: 'themeId' }, 'en', 'x'),
      ).rejects.toThrow(/Not a translatable field/);
    });
  });
});

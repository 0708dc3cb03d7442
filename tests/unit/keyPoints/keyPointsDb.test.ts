import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { saveRecommendation, saveTranslation } from '../../../renderer/db/findings';
import { sortByOrder, translatableFields } from '../../../renderer/domain/findings';
import { resetDb } from '../db/resetDb';
import { loadSampleTour, readTour } from '../findings/sampleTour';

describe('key points of recommendations in the database', () => {
  beforeEach(resetDb);

  it('stores the chosen key points in the tour order, or those of the findings when none are given', async () => {
    const tour = await loadSampleTour();
    const [k1, k2, , k4] = sortByOrder(tour.themes);
    const ofK4 = tour.findings.find((f) => f.themeId === k4!.id)!;
    const derived = await saveRecommendation({
      tourId: tour.tour.id,
      text: { ru: 'Новая рекомендация' },
      findingIds: [ofK4.id],
      priority: 'high',
      horizon: 'short',
      responsible: {},
      status: 'draft',
    });
    expect(derived.themeIds).toEqual([k4!.id]);
    const chosen = await saveRecommendation({ ...derived, themeIds: [k2!.id, 'gone', k1!.id] });
    expect(chosen.themeIds).toEqual([k1!.id, k2!.id]);
    expect((await db.recommendations.get(derived.id))?.themeIds).toEqual([k1!.id, k2!.id]);
  });

  it('reads an older record without key points as belonging to those of its findings', async () => {
    const tour = await loadSampleTour();
    const rec = sortByOrder(tour.recommendations)[0]!;
    // As a laptop of before this version stored it.
    const { themeIds: _dropped, ...old } = rec;
    await db.recommendations.put(old);
    const saved = await saveRecommendation({ ...old, text: { ru: 'Изменённый текст' } });
    expect(saved.themeIds).toEqual(rec.themeIds);
  });

  it('keeps conclusions per key point as a translatable text of the key point', async () => {
    const tour = await loadSampleTour();
    const keyPoint = sortByOrder(tour.themes)[2]!;
    await saveTranslation(
      { kind: 'theme', recordId: keyPoint.id, field: 'conclusions' },
      'ru',
      'Вывод по вопросу.',
    );
    const after = await readTour(tour.tour.id);
    const stored = after.themes.find((theme) => theme.id === keyPoint.id)!;
    expect(stored.conclusions).toEqual({ ru: 'Вывод по вопросу.' });
    const fields = translatableFields({ ...after, tour: after.tour });
    expect(fields).toContainEqual(
      expect.objectContaining({ kind: 'theme', recordId: keyPoint.id, field: 'conclusions' }),
    );
  });
});

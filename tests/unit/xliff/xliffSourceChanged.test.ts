import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readTourWith } from '../../../renderer/db/queries/tourRecords';
import { importSampleFile } from '../../../renderer/db/sampleImport';
import { saveTranslation } from '../../../renderer/db/translations';
import { applyXliffImport, planXliffFile } from '../../../renderer/db/xliffImport';
import { translatableFields, TRANSLATABLE_RECORD_KINDS } from '../../../renderer/domain/findings';
import { fieldState } from '../../../renderer/domain/translations';
import { xliffExportOf } from '../../../renderer/domain/xliff/selectUnits';
import { writeXliff } from '../../../renderer/export/xliff/writeXliff';
import { resetDb } from '../db/resetDb';
import { sampleJson } from '../findings/sampleTour';
import { translateAsCatTool } from './catTool';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const bytes = (text: string) => new TextEncoder().encode(text);

describe('XLIFF import of a translation whose source changed since the export', () => {
  beforeEach(resetDb);

  it('is saved as needing review, made from the source the file had; the others as current', async () => {
    const tourId = await importSampleFile(structuredClone(sampleJson));
    const tour = (await readTourWith(tourId, TRANSLATABLE_RECORD_KINDS))!;
    const [edited, untouched] = tour.findings;
    const exported = writeXliff(
      xliffExportOf(tour, { source: 'ru', target: 'en', which: 'all', kind: 'finding', themeId: null })
        .document,
    );
    const oldSource = edited!.title.ru!;
    // While the file is with the translators, the Russian title is rewritten here.
    await saveTranslation(
      { kind: 'finding', recordId: edited!.id, field: 'title' },
      'ru',
      'Совсем другой заголовок',
    );

    const ids = [`finding:${edited!.id}:title`, `finding:${untouched!.id}:title`];
    const file = translateAsCatTool(exported, (id, source) => (ids.includes(id) ? `EN ${source}` : null));
    const plan = await planXliffFile(bytes(file), tourId);
    expect(plan.sourceChanged).toBe(1);
    expect(await applyXliffImport(plan, { overwriteConflicts: false })).toBe(2);

    const fields = translatableFields((await readTourWith(tourId, TRANSLATABLE_RECORD_KINDS))!);
    const stateOf = (id: string) =>
      fieldState(
        fields.find((field) => field.key === id)!,
        'en',
      );
    const review = stateOf(ids[0]!);
    expect(review.status).toBe('needsReview');
    expect(review).toMatchObject({ oldSource, newSource: 'Совсем другой заголовок' });
    expect(fields.find((field) => field.key === ids[0])!.text.en).toBe(`EN ${oldSource}`);
    expect(stateOf(ids[1]!).status).toBe('current');
  });
});

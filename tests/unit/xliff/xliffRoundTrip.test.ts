import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readTourBundle, readTourWith } from '../../../renderer/db/queries/tourRecords';
import { importSampleFile } from '../../../renderer/db/sampleImport';
import { applyXliffImport, planXliffFile } from '../../../renderer/db/xliffImport';
import { saveTranslation } from '../../../renderer/db/translations';
import { META_KEYS, type LocalizedText } from '../../../renderer/domain/entities';
import { TOUR_RECORD_KINDS, type TourBundle } from '../../../renderer/domain/tourBundle';
import { xliffExportOf } from '../../../renderer/domain/xliff/selectUnits';
import { writeXliff } from '../../../renderer/export/xliff/writeXliff';
import { resetDb } from '../db/resetDb';
import { sampleJson } from '../findings/sampleTour';
import { translateAsCatTool } from './catTool';
import { TRANSLATABLE_RECORD_KINDS } from '../../../renderer/domain/findings/translatableFields';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

async function exportSample(tourId: string, which: 'all' | 'missing' = 'all'): Promise<string> {
  const tour = await readTourWith(tourId, TRANSLATABLE_RECORD_KINDS);
  const { document } = xliffExportOf(tour!, {
    source: 'ru',
    target: 'en',
    which,
    kind: 'all',
    themeId: null,
  });
  return writeXliff(document);
}

type Loose = Record<string, unknown>;
/**
 * Every record of the tour by `kind:id`, tombstones included, without what a save stamps (versions,
 * and the translation notes — what each translation was made from — unless `withNotes`).
 */
function contentOf(bundle: TourBundle, withNotes = false): Map<string, Loose> {
  const records = new Map<string, Loose>();
  const kept = (key: string) =>
    key === 'id' || (key === 'translationMeta' ? withNotes : !(META_KEYS as readonly string[]).includes(key));
  const strip = (record: object) => Object.fromEntries(Object.entries(record).filter(([key]) => kept(key)));
  records.set(`tour:${bundle.tour.id}`, strip(bundle.tour));
  for (const kind of TOUR_RECORD_KINDS)
    for (const record of bundle[kind] as readonly { id: string }[])
      records.set(`${kind}:${record.id}`, strip(record));
  return records;
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('XLIFF round trip of the sample tour', () => {
  beforeEach(resetDb);

  it('a CAT tool’s translations come back into their fields, and nothing else changes', async () => {
    const tourId = await importSampleFile(structuredClone(sampleJson));
    const before = (await readTourBundle(tourId, { withDeleted: true }))!;
    const exported = await exportSample(tourId);

    const translated = new Map<string, string>();
    let replaced: string | null = null;
    const file = translateAsCatTool(exported, (id, source, target) => {
      if (target === null) {
        // Markup characters, line breaks and spaces at the ends must survive the trip.
        const translation = `EN <${source.length}> & “${source}” `;
        translated.set(id, translation);
        return translation;
      }
      if (replaced === null && id.startsWith('finding:')) {
        replaced = id;
        translated.set(id, `${target} (revised)`);
        return `${target} (revised)`;
      }
      return null;
    });
    expect(translated.size).toBeGreaterThan(50);
    expect(replaced).not.toBeNull();

    const plan = await planXliffFile(bytes(file), tourId);
    expect(plan.counts.new).toBe(translated.size - 1);
    expect(plan.counts.changed).toBe(1);
    expect(plan.counts.conflict).toBe(0);
    expect(plan.counts.unchanged).toBeGreaterThan(0);
    expect(await applyXliffImport(plan, { overwriteConflicts: false })).toBe(translated.size);

    const afterBundle = (await readTourBundle(tourId, { withDeleted: true }))!;
    const after = contentOf(afterBundle);
    const expected = contentOf(before);
    // Each imported translation is noted as made from the Russian text as it is now.
    const notes = contentOf({ ...afterBundle }, true);
    for (const id of translated.keys()) {
      const [kind, recordId, field] = id.split(':') as [string, string, string];
      const meta = notes.get(`${kind === 'tour' ? 'tour' : `${kind}s`}:${recordId}`)?.translationMeta as
        Record<string, Record<string, { from: string }>> | undefined;
      expect(meta?.[field]?.en?.from, id).toBe('ru');
    }
    for (const [id, translation] of translated) {
      const [kind, recordId, field] = id.split(':') as [string, string, string];
      const key = `${kind === 'tour' ? 'tour' : `${kind}s`}:${recordId}`;
      const record = expected.get(key)!;
      record[field] = { ...(record[field] as LocalizedText), en: translation };
    }
    expect(after).toEqual(expected);
  });

  it('a second import of the same file changes nothing', async () => {
    const tourId = await importSampleFile(structuredClone(sampleJson));
    const file = translateAsCatTool(await exportSample(tourId, 'missing'), (_id, source) => `EN ${source}`);
    await applyXliffImport(await planXliffFile(bytes(file), tourId), { overwriteConflicts: false });
    const once = await readTourBundle(tourId, { withDeleted: true });
    const again = await planXliffFile(bytes(file), tourId);
    expect(again.counts).toEqual({ new: 0, changed: 0, unchanged: again.entries.length, conflict: 0 });
    expect(await applyXliffImport(again, { overwriteConflicts: false })).toBe(0);
    expect(await readTourBundle(tourId, { withDeleted: true })).toEqual(once);
  });

  it('exports only the translations needing review when asked, with their new source', async () => {
    const tourId = await importSampleFile(structuredClone(sampleJson));
    const tour = (await readTourWith(tourId, TRANSLATABLE_RECORD_KINDS))!;
    const finding = tour.findings[0]!;
    const target = { kind: 'finding' as const, recordId: finding.id, field: 'title' };
    await saveTranslation(target, 'en', 'A title in English', { from: 'ru' });
    await saveTranslation(target, 'ru', 'Новый заголовок');
    const now = (await readTourWith(tourId, TRANSLATABLE_RECORD_KINDS))!;
    const { document } = xliffExportOf(now, {
      source: 'ru',
      target: 'en',
      which: 'review',
      kind: 'all',
      themeId: null,
    });
    expect(document.units.map((unit) => [unit.id, unit.source, unit.target])).toEqual([
      [`finding:${finding.id}:title`, 'Новый заголовок', 'A title in English'],
    ]);
  });
});

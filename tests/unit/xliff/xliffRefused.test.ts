import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveTranslation } from '../../../renderer/db/findings';
import { readTourBundle, readTourWith } from '../../../renderer/db/queries/tourRecords';
import { importSampleFile } from '../../../renderer/db/sampleImport';
import { applyXliffImport, planXliffFile } from '../../../renderer/db/xliffImport';
import { MAX_XLIFF_BYTES } from '../../../renderer/domain/xliff/model';
import { XliffError, type XliffErrorCode } from '../../../renderer/domain/xliff/readXliff';
import { xliffExportOf } from '../../../renderer/domain/xliff/selectUnits';
import { writeXliff } from '../../../renderer/export/xliff/writeXliff';
import { resetDb } from '../db/resetDb';
import { sampleJson } from '../findings/sampleTour';
import { translateAsCatTool } from './catTool';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const KINDS = ['themes', 'findings', 'recommendations', 'attachments', 'materials', 'events'] as const;
const bytes = (text: string) => new TextEncoder().encode(text);

async function sampleWithFile() {
  const tourId = await importSampleFile(structuredClone(sampleJson));
  const tour = (await readTourWith(tourId, KINDS))!;
  const { document } = xliffExportOf(tour, {
    source: 'ru',
    target: 'en',
    which: 'all',
    kind: 'finding',
    themeId: null,
  });
  const file = translateAsCatTool(writeXliff(document), (_id, source, target) => target ?? `EN ${source}`);
  return { tourId, file };
}

/** Reads and imports a file the way the Translation screen does; the error's code, or null when it went in. */
async function importRefusal(file: Uint8Array, tourId: string): Promise<XliffErrorCode | null> {
  try {
    await applyXliffImport(await planXliffFile(file, tourId), { overwriteConflicts: true });
    return null;
  } catch (error) {
    if (error instanceof XliffError) return error.code;
    throw error;
  }
}

describe('a translated file that cannot be imported is refused, and nothing is written', () => {
  beforeEach(resetDb);

  const cases: [string, (file: string) => string | Uint8Array, XliffErrorCode][] = [
    ['not XML', () => 'This is a Word document, not XLIFF', 'notXml'],
    ['XML cut short', (file) => file.slice(0, file.length / 2), 'notXml'],
    ['not UTF-8', () => new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x61, 0x3e]), 'notXml'],
    ['XML but not XLIFF', () => '<?xml version="1.0"?><report><finding/></report>', 'notXliff2'],
    [
      'XLIFF 1.2',
      () =>
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file source-language="ru" target-language="en" datatype="plaintext" original="x"><body/></file></xliff>',
      'notXliff2',
    ],
    [
      'a document type (entity expansion)',
      (file) => file.replace('<xliff', '<!DOCTYPE x [<!ENTITY a "aaaa">]><xliff'),
      'notXliff2',
    ],
    [
      'a target language the app does not write',
      (file) => file.replace('trgLang="en"', 'trgLang="de"'),
      'languagePair',
    ],
    ['no source language', (file) => file.replace('srcLang="ru"', ''), 'languagePair'],
    [
      'the same language on both sides',
      (file) => file.replace('trgLang="en"', 'trgLang="ru-RU"'),
      'languagePair',
    ],
    [
      'a unit the tour does not have',
      (file) => file.replace(/<unit id="finding:[^:"]+:/, '<unit id="finding:no-such-record:'),
      'unknownIds',
    ],
    [
      'a unit id the app never writes',
      (file) => file.replace(/<unit id="[^"]+"/, '<unit id="u1"'),
      'unknownIds',
    ],
    [
      'two units with one id',
      (file) => {
        const ids = [...file.matchAll(/<unit id="([^"]+)"/g)].map((match) => match[1]!);
        return file.replace(`<unit id="${ids[1]}"`, `<unit id="${ids[0]}"`);
      },
      'duplicateIds',
    ],
    [
      'no units',
      (file) =>
        file
          .replace(/<unit[\s\S]*<\/unit>/, '<unit id="x"><segment><source>a</source></segment></unit>')
          .replace(/<unit[\s\S]*<\/unit>/, ''),
      'noUnits',
    ],
    ['larger than any tour’s texts', () => new Uint8Array(MAX_XLIFF_BYTES + 1).fill(0x20), 'tooLarge'],
  ];

  for (const [what, spoil, code] of cases) {
    it(`${what}: ${code}`, async () => {
      const { tourId, file } = await sampleWithFile();
      const before = await readTourBundle(tourId, { withDeleted: true });
      const spoiled = spoil(file);
      expect(await importRefusal(typeof spoiled === 'string' ? bytes(spoiled) : spoiled, tourId)).toBe(code);
      expect(await readTourBundle(tourId, { withDeleted: true })).toEqual(before);
    });
  }

  it('the file itself goes in (the spoilt ones above are refused for what was spoilt)', async () => {
    const { tourId, file } = await sampleWithFile();
    expect(await importRefusal(bytes(file), tourId)).toBeNull();
  });

  it('a translation saved between the preview and the import: nothing of the file is written', async () => {
    const { tourId, file } = await sampleWithFile();
    const plan = await planXliffFile(bytes(file), tourId);
    const last = plan.entries.filter((entry) => entry.status === 'new').at(-1)!;
    await saveTranslation(last, 'en', 'Typed in the app meanwhile');
    const before = await readTourBundle(tourId, { withDeleted: true });
    await expect(applyXliffImport(plan, { overwriteConflicts: true })).rejects.toMatchObject({
      code: 'stale',
    });
    expect(await readTourBundle(tourId, { withDeleted: true })).toEqual(before);
  });

  it('a translation made in the app after the export is a conflict, kept unless the file is to win', async () => {
    const tourId = await importSampleFile(structuredClone(sampleJson));
    const tour = (await readTourWith(tourId, KINDS))!;
    const { document } = xliffExportOf(tour, {
      source: 'ru',
      target: 'en',
      which: 'missing',
      kind: 'finding',
      themeId: null,
    });
    const [first, second] = document.units;
    const file = translateAsCatTool(writeXliff(document), (_id, source) => `EN ${source}`);
    await saveTranslation(
      { kind: 'finding', recordId: first!.id.split(':')[1]!, field: first!.id.split(':')[2]! },
      'en',
      'Mine',
    );
    const plan = await planXliffFile(bytes(file), tourId);
    expect(plan.counts.conflict).toBe(1);
    expect(plan.entries.find((entry) => entry.key === first!.id)).toMatchObject({
      status: 'conflict',
      before: 'Mine',
    });
    expect(plan.entries.find((entry) => entry.key === second!.id)?.status).toBe('new');
    await applyXliffImport(plan, { overwriteConflicts: false });
    const after = (await readTourWith(tourId, KINDS))!;
    const finding = after.findings.find((record) => record.id === first!.id.split(':')[1]);
    expect((finding as unknown as Record<string, { en?: string }>)[first!.id.split(':')[2]!]?.en).toBe(
      'Mine',
    );
  });
});

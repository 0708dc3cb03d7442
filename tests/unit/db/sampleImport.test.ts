import { existsSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { importSampleFile } from '../../../renderer/db/sampleImport';
import { ImportFormatError } from '../../../renderer/db/tourFile';
import bundledSample from '../../../renderer/assets/sample/study-tour-hungary-2010.json';
import { resetDb } from './resetDb';

// The tests use the project's own copy; the one in ../shared (beside the project in CI, where .ci/run
// insists on it) is compared when it is there, so a clone of the project alone still passes.
const sharedSampleFile = new URL('../../../../shared/fixtures/study-tour-hungary-2010.json', import.meta.url);
const sharedSamplePresent = existsSync(sharedSampleFile);
const sampleFile: unknown = structuredClone(bundledSample);

// The counts documented in ../shared/fixtures/README.md.
const EXPECTED_COUNTS = {
  themes: 5,
  delegates: 6,
  organisations: 10,
  contacts: 12,
  events: 11,
  findings: 16,
  recommendations: 7,
  materials: 5,
} as const;

describe('sample import', () => {
  beforeEach(resetDb);

  it.runIf(sharedSamplePresent)(
    'ships the sample of ../shared/fixtures, with only additions of its own (when ../shared is beside the project)',
    () => {
      // The project's copy adds what the shared one lacks (abbreviations, terms, the tour's facts for
      // the report); everything the shared file says is kept as it is.
      expect(bundledSample).toMatchObject(JSON.parse(readFileSync(sharedSampleFile, 'utf8')) as object);
    },
  );

  it('produces exactly the documented counts, all in one new tour', async () => {
    const tourId = await importSampleFile(sampleFile);
    expect(await db.tours.count()).toBe(1);
    for (const [table, count] of Object.entries(EXPECTED_COUNTS)) {
      const records = await db.table(table).where('tourId').equals(tourId).toArray();
      expect(records, table).toHaveLength(count);
    }
  });

  it('keeps references between records (no dangling links)', async () => {
    const tourId = await importSampleFile(sampleFile);
    const events = await db.events.where('tourId').equals(tourId).toArray();
    const contactIds = new Set((await db.contacts.toArray()).map((c) => c.id));
    const visit = events.find((e) => e.title.en?.startsWith('National Police Headquarters'));
    expect(visit?.hostContactIds.every((id) => contactIds.has(id))).toBe(true);
    const findings = await db.findings.toArray();
    const themeIds = new Set((await db.themes.toArray()).map((t) => t.id));
    expect(findings.every((f) => themeIds.has(f.themeId))).toBe(true);
  });

  it('opens the sample twice as two independent tours', async () => {
    const first = await importSampleFile(sampleFile);
    const second = await importSampleFile(sampleFile);
    expect(first).not.toBe(second);
    expect(await db.contacts.count()).toBe(24);
  });

  it('rejects a file of another format and writes nothing', async () => {
    await expect(importSampleFile({ format: 'something-else' })).rejects.toBeInstanceOf(ImportFormatError);
    expect(await db.tours.count()).toBe(0);
  });

  it('rejects a dangling reference and writes nothing', async () => {
    const broken = structuredClone(sampleFile) as { findings: { themeId: string }[] };
    broken.findings[0]!.themeId = 'no-such-theme';
    await expect(importSampleFile(broken)).rejects.toThrow(/no-such-theme/);
    expect(await db.tours.count()).toBe(0);
    expect(await db.findings.count()).toBe(0);
  });
});

import { readFile } from 'node:fs/promises';
import { db } from '../../renderer/db/database';
import { readBackupFile, restoreBackup } from '../../renderer/db/backup';
import { readTourWith } from '../../renderer/db/queries/tourRecords';
import { applyXliffImport, planXliffFile } from '../../renderer/db/xliffImport';
import { tourGlossary } from '../../renderer/domain/glossary/tourGlossary';
import type { TourBundle } from '../../renderer/domain/tourBundle';
import { xliffExportOf } from '../../renderer/domain/xliff/selectUnits';
import { xliffBytes } from '../../renderer/export/xliff/writeXliff';
import { RUNS, sample, summarise, timed, type Figure } from './stats';
import { TRANSLATABLE_RECORD_KINDS } from '../../renderer/domain/findings/translatableFields';

async function clearDatabase(): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) if (table.name !== 'settings') await table.clear();
  });
}

/**
 * The time of `work`, and its CPU time into `cpu`: on a machine other work keeps busy, the CPU time
 * says what the work itself costs.
 */
async function timedWithCpu(cpu: number[], work: () => Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  const time = await timed(work);
  const used = process.cpuUsage(before);
  cpu.push((used.user + used.system) / 1000);
  return time;
}

const cpu = (samples: readonly number[]) => `${Math.round(summarise('', 'ms', samples).median)} ms`;

/**
 * What a CAT tool hands back: every unit translated (a target after each source that has none).
 * Plain string work, so the figure is the app's import and not a test double's.
 */
function translatedByTool(xliff: string): Uint8Array {
  return new TextEncoder().encode(
    xliff.replace(
      /<segment state="initial">(\s*)<source>([\s\S]*?)<\/source>/g,
      (_match, space: string, source: string) =>
        `<segment state="translated">${space}<source>${source}</source>${space}<target>EN ${source}</target>`,
    ),
  );
}

/**
 * Issue 23: XLIFF export and import of the large tour's findings (2,000 findings: titles, texts,
 * applicability notes) into English, as the Translation screen does them (read the tour from the
 * database, build, write the bytes; read, compare, write all in one transaction).
 */
export async function benchXliff(backupPath: string, bundle: TourBundle): Promise<Figure[]> {
  const backup = await readBackupFile(new Uint8Array(await readFile(backupPath)));
  await clearDatabase();
  await restoreBackup(backup);
  const tourId = bundle.tour.id;
  // The Translation screen holds the tour's texts already (a live query): the export starts from them.
  const tour = (await readTourWith(tourId, TRANSLATABLE_RECORD_KINDS))!;
  let file: Uint8Array = new Uint8Array();
  let units = 0;
  const exportCpu: number[] = [];
  const exportRuns = await sample(RUNS, () =>
    timedWithCpu(exportCpu, async () => {
      const { document } = xliffExportOf(tour, {
        source: 'ru',
        target: 'en',
        which: 'all',
        kind: 'finding',
        themeId: null,
        glossary: tourGlossary(tour),
      });
      units = document.units.length;
      file = xliffBytes(document);
    }),
  );
  const translated = translatedByTool(new TextDecoder().decode(file));
  let written = 0;
  const importCpu: number[] = [];
  const importRuns = await sample(RUNS, async () => {
    await clearDatabase();
    await restoreBackup(backup);
    return timedWithCpu(importCpu, async () => {
      written = await applyXliffImport(await planXliffFile(translated, tourId), {
        overwriteConflicts: false,
      });
    });
  });
  const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);
  return [
    summarise(
      'XLIFF export of the large tour’s findings, ru → en (read + build + write)',
      'ms',
      exportRuns,
      `target ≤ 2 s; ${units} texts of ${bundle.findings.length} findings, ${megabytes(file.length)} MB; CPU ${cpu(exportCpu)}`,
    ),
    summarise(
      'XLIFF import of the same file translated (read + validate + preview + write)',
      'ms',
      importRuns,
      `target ≤ 2 s; ${written} translations written in one transaction; CPU ${cpu(importCpu)}; fake-indexeddb`,
    ),
  ];
}

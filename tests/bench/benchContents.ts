import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runExport } from '../../renderer/cli/exportCli';
import { contentsEntries, pdfPageTexts, printedPages } from '../unit/export/contentsPages';
import { BENCH_DIR } from './largeTourFile';
import { single, type Figure } from './stats';

/**
 * The large tour's report as `npm run export` writes it, laid out by LibreOffice without updating
 * its contents: every entry's page number must be the page its heading is printed on. Too slow
 * for the unit tests (LibreOffice takes minutes over 1,300 pages), so the bench checks it, and
 * fails when a number is wrong.
 */
export async function benchContents(backup: string): Promise<Figure[]> {
  const docx = join(BENCH_DIR, 'contents-check.docx');
  const pdf = docx.replace(/\.docx$/, '.pdf');
  const code = await runExport(['--input', backup, '--doc', 'report', '--lang', 'ru', '--out', docx]);
  if (code !== 0) throw new Error(`export failed with ${code}`);
  const started = performance.now();
  execFileSync(
    process.env.SOFFICE_PATH ?? 'soffice',
    [
      `-env:UserInstallation=file://${BENCH_DIR}/lo-profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      BENCH_DIR,
      docx,
    ],
    { stdio: 'pipe', timeout: 3_600_000 },
  );
  const seconds = (performance.now() - started) / 1000;
  const entries = contentsEntries(await readFile(docx));
  const pages = pdfPageTexts(pdf);
  const printed = printedPages(entries, pages);
  const wrong = entries.filter((entry, i) => entry.page !== String(printed[i]));
  await rm(docx, { force: true });
  await rm(pdf, { force: true });
  for (const entry of wrong)
    process.stdout.write(
      `  contents: "${entry.title}" listed on ${entry.page}, printed on ${printed[entries.indexOf(entry)]}\n`,
    );
  if (entries.length === 0 || wrong.length > 0)
    throw new Error(`${wrong.length} of ${entries.length} contents entries of the large report are wrong`);
  return [
    single(
      `Contents: entries of the large report on the page LibreOffice prints their heading (${pages.length} pages)`,
      'entries',
      entries.length,
      `all right; LibreOffice took ${seconds.toFixed(0)} s`,
    ),
  ];
}

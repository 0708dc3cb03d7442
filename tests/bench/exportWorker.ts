/**
 * One export in a fresh process, so that its peak memory is its own:
 *   tsx tests/bench/exportWorker.ts app|app-toc|bare BACKUP OUT
 * `app` is `npm run export` itself (its bundled `runExport`: the backup loader, model builder and writer, which
 * lays the report out to number its contents); `app-toc` is the writer called directly with the
 * contents laid out; `bare` builds a document of the same paragraphs, tables and images with
 * `docx` alone. Prints one JSON line.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { buildDocument } from '../../renderer/domain/documents/buildDocument';
import { runExport } from '../../renderer/cli/exportCli';
import { loadBackupFile } from '../../renderer/cli/loadBackupFile';
import { defaultPresetFor } from '../../renderer/export/docx/presets';
import { writeDocx } from '../../renderer/export/docx/writeDocument';
import { buildBareDocx } from './bareDocx';
import { loadExportCli } from '../../build/scripts/export-cli.mjs';

/**
 * This process's own peak resident memory. Linux carries `getrusage`'s maxRSS over from before
 * the exec, when this process was still a copy of the bench (which holds the large tour), so a
 * bench bigger than the export would be reported instead: /proc's VmHWM counts this program only.
 */
async function peakMemoryMb(): Promise<number> {
  try {
    const status = await readFile('/proc/self/status', 'utf8');
    const kilobytes = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
    if (kilobytes !== undefined) return Number(kilobytes) / 1024;
  } catch {
    // Not Linux: getrusage is the best there is.
  }
  return process.resourceUsage().maxRSS / 1024; // kilobytes
}

async function main(): Promise<void> {
  const [mode, input, out] = process.argv.slice(2);
  if (!mode || !['app', 'app-toc', 'bare'].includes(mode) || !input || !out)
    throw new Error('usage: app|app-toc|bare BACKUP OUT');
  // `app` runs what `npm run export` runs: the bundled exporter (built now if its sources changed,
  // before the clock starts, as a user's second export finds it built).
  const cli = mode === 'app' ? ((await loadExportCli()) ?? { runExport }) : null;
  const started = performance.now();
  if (cli) {
    const code = await cli.runExport(['--input', input, '--doc', 'report', '--lang', 'ru', '--out', out]);
    if (code !== 0) throw new Error(`export failed with ${code}`);
  } else if (mode === 'app-toc') {
    const loaded = await loadBackupFile(await readFile(input));
    const model = buildDocument(loaded.bundle, {
      kind: 'report',
      language: 'ru',
      onlyIncludedFindings: true,
      eventId: null,
    });
    const written = await writeDocx(model, defaultPresetFor('ru'), {
      tocPageNumbers: true,
      attachmentBytes: loaded.attachmentBytes,
    });
    await writeFile(out, written);
  } else {
    await writeFile(out, await buildBareDocx(await readFile(input)));
  }
  const ms = performance.now() - started;
  process.stdout.write(`\n${JSON.stringify({ ms, peakMb: await peakMemoryMb() })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

import { readFile } from 'node:fs/promises';
import { buildDocument } from './renderer/domain/report/buildDocument';
import { loadBackupFile } from './renderer/export/cli/loadBackupFile';
import { writeDocx } from './renderer/export/docx/writeDocument';
const loaded = await loadBackupFile(await readFile('node_modules/.cache/delegation-desk-bench/large-tour.ddbackup'));
const model = buildDocument(loaded.bundle, { kind: 'report', language: 'ru', onlyIncludedFindings: true, eventId: null });
for (const toc of [false, true, false, true]) {
  const t = performance.now();
  await writeDocx(model, 'by-stb-6.38-2016', { tocPageNumbers: toc, attachmentBytes: loaded.attachmentBytes });
  console.log('toc', toc, Math.round(performance.now() - t));
}

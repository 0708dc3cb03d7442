import { readFile } from 'node:fs/promises';
import { Document, Packer } from 'docx';
import { buildDocument } from './renderer/domain/report/buildDocument';
import { loadBackupFile } from './renderer/export/cli/loadBackupFile';
import { paginate } from './renderer/export/docx/layout/paginate';
import { StyleSheet } from './renderer/export/docx/layout/properties';
import { readBlocks, readSection } from './renderer/export/docx/layout/readBody';
import * as cpn from './renderer/export/docx/contentsPageNumbers';
import { writeDocx } from './renderer/export/docx/writeDocument';
void Document; void Packer; void cpn;
const loaded = await loadBackupFile(await readFile('node_modules/.cache/delegation-desk-bench/large-tour.ddbackup'));
const model = buildDocument(loaded.bundle, { kind: 'report', language: 'ru', onlyIncludedFindings: true, eventId: null });
(globalThis as any).__captured = undefined;
const orig = (await import('./renderer/export/docx/layout/layoutEstimator')).layoutBody;
void orig;
(globalThis as any).__layoutTrace = undefined;
// capture body via patched estimator: wrap writeDocx's pageNumbers by intercepting layoutBody is hard; re-run here:
let body: any, context: any;
const est = (b: any, c: any) => { body = b; context = c; return { bookmarks: new Map() }; };
const { sectionOptions } = await import('./renderer/export/docx/blocks');
void sectionOptions;
(globalThis as any).__est = est;
await writeDocx(model, 'by-stb-6.38-2016', { tocPageNumbers: true, attachmentBytes: loaded.attachmentBytes });
body = (globalThis as any).__body; context = (globalThis as any).__context;
for (let k = 0; k < 2; k++) {
let t = performance.now(); let cu = process.cpuUsage();
const styles = new StyleSheet(context.file.Styles.prepForXml({ stack: [] }), context.file.Numbering.prepForXml({ stack: [] }));
const blocks = readBlocks(body, styles);
console.log("read", Math.round(performance.now() - t), process.cpuUsage(cu).user/1000, blocks.length); t = performance.now(); cu = process.cpuUsage();
const section = readSection(body);
const l = paginate(blocks, section, () => '00');
console.log("paginate", Math.round(performance.now() - t), process.cpuUsage(cu).user/1000, l.pageCount, l.guessed);
}

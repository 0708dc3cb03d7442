import { writeFileSync } from 'node:fs';
import { buildDocument } from './renderer/domain/report/buildDocument';
import { loadSample } from './tests/unit/export/sampleBundle';
import { writeDocx } from './renderer/export/docx/writeDocument';
const [lang, preset] = (process.argv[2] ?? 'ru:by-stb-6.38-2016').split(':');
const sample = loadSample();
const model = buildDocument(sample.bundle, { kind: 'report', language: lang as 'ru' });
let out = '';
let lastPage = 0;
(globalThis as any).__layoutTrace = (b: any, page: number, _y: number, lines: number) => {
  const text = b.kind === 'paragraph' ? b.items.map((i: any) => (i.kind === 'text' ? i.text : '')).join('') : `[table ${b.rows.length} rows]`;
  out += `${page !== lastPage ? '=== page ' + page + '\n' : ''}  ${lines}L ${text.slice(0, 70)}\n`;
  lastPage = page;
};
await writeDocx(model, preset as any);
writeFileSync('/tmp/i15toc/trace.txt', out);

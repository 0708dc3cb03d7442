import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { buildDocument } from './renderer/domain/report/buildDocument';
import { loadSample } from './tests/unit/export/sampleBundle';
import { writeDocx } from './renderer/export/docx/writeDocument';
import { contentsEntries, pdfPageTexts, printedPages } from './tests/unit/export/contentsPages';
import type { PresetId } from './renderer/export/docx/presets';
const dir = '/tmp/i15toc/out';
const cases: [string, PresetId][] = (process.argv[2] ?? 'ru:by-stb-6.38-2016').split(',').map((s) => s.split(':') as [string, PresetId]);
const sample = loadSample();
const files: string[] = [];
const written: Record<string, Uint8Array> = {};
for (const [lang, preset] of cases) {
  const model = buildDocument(sample.bundle, { kind: 'report', language: lang as 'ru' });
  const t = performance.now();
  const bytes = await writeDocx(model, preset);
  console.log(lang, preset, 'written in', Math.round(performance.now() - t), 'ms');
  const f = `${dir}/${lang}-${preset}.docx`;
  writeFileSync(f, bytes);
  files.push(f);
  written[f] = bytes;
}
execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'pipe' });
for (const f of files) {
  const entries = contentsEntries(written[f]!);
  const pages = pdfPageTexts(f.replace(/\.docx$/, '.pdf'));
  const printed = printedPages(entries, pages);
  let bad = 0;
  entries.forEach((e, i) => { if (String(printed[i]) !== e.page) bad++; console.log(String(printed[i]) === e.page ? '  ok ' : '  BAD', e.page, printed[i], e.title.slice(0, 60)); });
  console.log(f, 'pages', pages.length, 'bad', bad);
}

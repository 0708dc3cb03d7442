import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { single, type Figure } from './stats';

// BENCH_DIST: another build to measure (say, main's, to compare in the same conditions).
const DIST = process.env.BENCH_DIST ?? resolve(import.meta.dirname, '../../dist-renderer');

const gzipKb = async (file: string) => gzipSync(await readFile(file), { level: 9 }).length / 1024;

/**
 * Initial JavaScript: the entry script of dist-renderer/index.html and the chunks it preloads
 * (what the browser fetches before the first screen), gzipped. The document writer is the chunk
 * holding `docx`; it must not be among the initial ones.
 */
export async function benchBundleSize(): Promise<Figure[]> {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist-renderer is missing: run npm run build:renderer');
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const initial = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => match[1]!.replace(/^\.?\//, ''));
  let initialKb = 0;
  for (const file of new Set(initial)) initialKb += await gzipKb(join(DIST, file));

  const assets = join(DIST, 'assets');
  const chunks = (await readdir(assets)).filter((name) => name.endsWith('.js'));
  const writers: { name: string; kb: number }[] = [];
  for (const name of chunks) {
    const text = await readFile(join(assets, name), 'utf8');
    // A marker of the docx library's code (its XML namespace for WordprocessingML).
    if (text.includes('schemas.openxmlformats.org/wordprocessingml/2006/main'))
      writers.push({ name, kb: await gzipKb(join(assets, name)) });
  }
  const writerInitial = writers.some((w) => initial.some((file) => file.endsWith(w.name)));
  const when = writerInitial ? 'LOADED AT START-UP' : 'lazy, loaded on export only';
  return [
    single(
      'Initial JS (entry + modulepreload), gzip',
      'KB',
      initialKb,
      `target ≤ 230 KB; ${new Set(initial).size} files`,
    ),
    // Each chunk that carries `docx` on its own line: a worker build and a main-thread one are alternatives.
    ...writers.map((writer) => single(`Document writer chunk ${writer.name}, gzip`, 'KB', writer.kb, when)),
  ];
}

import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { crc32 } from '../../renderer/lib/zip/crc32';
import { declareSize } from '../unit/backup/craftedZip';
import { summarise, single, RUNS, type Figure } from './stats';

/**
 * The hostile files of issue 19, each refused (or, the vCard, read for a confirmation) by the code
 * the app runs for it (backups through the import worker's own code), each run in a fresh process:
 * time, and that process's peak memory (targets ≤ 2 s and ≤ 300 MB).
 */

/** A complete, valid 20000×20000 PNG (1-bit grey: 50 MB of rows deflating to a few hundred KB). */
function hugePng(): Uint8Array {
  const side = 20_000;
  const rowBytes = 1 + side / 8;
  const chunk = (type: string, data: Uint8Array) => {
    const body = new Uint8Array(4 + data.length);
    body.set(new TextEncoder().encode(type));
    body.set(data, 4);
    const out = new Uint8Array(8 + data.length + 4);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(body, 4);
    view.setUint32(8 + data.length, crc32(body));
    return out;
  };
  const header = new Uint8Array(13);
  const headerView = new DataView(header.buffer);
  headerView.setUint32(0, side);
  headerView.setUint32(4, side);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  const idat = deflateSync(new Uint8Array(rowBytes * side), { level: 9 });
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', idat),
    chunk('IEND', new Uint8Array()),
  ];
  const png = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    png.set(part, at);
    at += part.length;
  }
  return png;
}

function manyCards(count: number): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `BEGIN:VCARD\r\nVERSION:4.0\r\nN:Family${i};Given${i};;;\r\nFN:Given${i} Family${i}\r\nEMAIL:p${i}@example.org\r\nEND:VCARD\r\n`,
  ).join('');
}

const ROOT = resolve(import.meta.dirname, '../..');
const CASE = join(ROOT, 'tests/bench/hostileCase.ts');

interface CaseResult {
  ms: number;
  peakMb: number;
}

/** One hostile file handled in a fresh Node process, so the peak memory is that file's alone. */
function runCase(kind: string, file: string): Promise<CaseResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CASE, kind, file], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0) reject(new Error(`hostile case ${kind} exited with ${code}\n${stderr}`));
      else resolvePromise(JSON.parse(last) as CaseResult);
    });
  });
}

/** A fresh Node process with tsx and the app's code loaded, doing nothing: the floor of the peaks. */
async function idlePeak(file: string): Promise<number> {
  return (await runCase('idle', file)).peakMb;
}

export async function benchHostile(): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'delegation-desk-hostile-'));
  const write = async (name: string, bytes: Uint8Array | string) => {
    const path = join(dir, name);
    await writeFile(path, bytes);
    return path;
  };
  const small = zipSync({
    'manifest.json': new TextEncoder().encode('{}'),
    'records/findings.json': new TextEncoder().encode('[]'),
  });
  const cases: [string, string, string][] = [
    [
      'hostile: zip entry listed as 1 GB (refused)',
      'bundle',
      await write('listed.ddbackup', declareSize(small, 'records/findings.json', 1024 * 1024 * 1024)),
    ],
    [
      'hostile: zip entry lying about its size, 64 MB (refused)',
      'bundle',
      await write(
        'lying.ddbackup',
        declareSize(
          zipSync({ 'manifest.json': new Uint8Array(64 * 1024 * 1024) }, { level: 9 }),
          'manifest.json',
          100,
        ),
      ),
    ],
    ['hostile: complete 20000×20000 PNG (refused)', 'png', await write('huge.png', hugePng())],
    [
      'hostile: 10,000-card vCard (read for confirmation)',
      'vcard',
      await write('cards.vcf', manyCards(10_000)),
    ],
  ];
  const figures: Figure[] = [];
  try {
    for (const [label, kind, file] of cases) {
      const results: CaseResult[] = [];
      for (let run = 0; run < RUNS; run++) results.push(await runCase(kind, file));
      figures.push(
        summarise(
          label,
          'ms',
          results.map((result) => result.ms),
          'target ≤ 2000 ms',
        ),
      );
      figures.push(
        single(
          `${label.split(' (')[0]}: peak memory of its process`,
          'MB',
          Math.max(...results.map((result) => result.peakMb)),
          'target ≤ 300 MB',
        ),
      );
    }
    figures.push(
      single(
        'hostile: the same process doing nothing (Node, tsx, the app’s code)',
        'MB',
        await idlePeak(cases[0]![2]),
      ),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return figures;
}

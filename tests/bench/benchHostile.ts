import { deflateSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { decodeBundle } from '../../renderer/db/backup/decodeBundle';
import { hasTooManyPixels } from '../../renderer/domain/images/imageDimensions';
import { parseVCardFile } from '../../renderer/domain/vcard/parseVcard';
import { crc32 } from '../../renderer/lib/zip/crc32';
import { declareSize } from '../unit/backup/craftedZip';
import { sample, summarise, single, timed, RUNS, type Figure } from './stats';

/**
 * The hostile files of issue 19, each refused (or, the vCard, read for a confirmation) on the
 * calling thread: time, and the process's peak memory after it (targets ≤ 2 s and ≤ 300 MB).
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

const peakMb = () => process.resourceUsage().maxRSS / 1024;

async function refused(work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch {
    return;
  }
  throw new Error('a hostile file was accepted');
}

export async function benchHostile(): Promise<Figure[]> {
  const small = zipSync({
    'manifest.json': new TextEncoder().encode('{}'),
    'records/findings.json': new TextEncoder().encode('[]'),
  });
  const listed = declareSize(small, 'records/findings.json', 1024 * 1024 * 1024);
  const bomb = declareSize(
    zipSync({ 'manifest.json': new Uint8Array(64 * 1024 * 1024) }, { level: 9 }),
    'manifest.json',
    100,
  );
  const png = hugePng();
  const vcard = manyCards(10_000);
  const cases: [string, () => Promise<unknown>][] = [
    ['hostile: zip entry listed as 1 GB (refused)', () => refused(() => decodeBundle(listed))],
    ['hostile: zip entry lying about its size, 64 MB (refused)', () => refused(() => decodeBundle(bomb))],
    [
      'hostile: complete 20000×20000 PNG (refused)',
      async () => {
        if (!hasTooManyPixels(png)) throw new Error('the PNG was not refused');
      },
    ],
    [
      'hostile: 10,000-card vCard (read for confirmation)',
      async () => {
        if (parseVCardFile(vcard).length !== 10_000) throw new Error('cards lost');
      },
    ],
  ];
  const figures: Figure[] = [];
  for (const [label, work] of cases) {
    figures.push(summarise(label, 'ms', await sample(RUNS, () => timed(work)), 'target ≤ 2000 ms'));
    figures.push(
      single(`${label.split(',')[0]}: bench process peak memory`, 'MB', peakMb(), 'target ≤ 300 MB'),
    );
  }
  return figures;
}

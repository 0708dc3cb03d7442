// Derives every platform's icon from the one source image, build/icon.png (1024×1024, RGBA):
//   build/icon.ico         Windows (16–256 px, PNG-compressed entries)
//   build/icon.icns        macOS (16–1024 px incl. Retina variants)
//   build/icons/NxN.png    Linux (the sizes desktop environments look for)
// Pure Node, no network: `node build/scripts/generate-icons.mjs` after changing icon.png.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePng, encodePng, resize } from './png.mjs';

const buildDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = decodePng(readFileSync(path.join(buildDir, 'icon.png')));
if (source.width !== 1024 || source.height !== 1024) {
  throw new Error(`build/icon.png must be 1024×1024, is ${source.width}×${source.height}`);
}

const cache = new Map();
function pngOfSize(size) {
  if (!cache.has(size)) cache.set(size, encodePng(size === 1024 ? source : resize(source, size)));
  return cache.get(size);
}

function writeIco(file, sizes) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(sizes.length, 4);
  const entries = [];
  const images = [];
  let offset = 6 + 16 * sizes.length;
  for (const size of sizes) {
    const png = pngOfSize(size);
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size; // 0 means 256
    entry[1] = size >= 256 ? 0 : size;
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(entry);
    images.push(png);
  }
  writeFileSync(file, Buffer.concat([header, ...entries, ...images]));
}

function writeIcns(file, types) {
  const blocks = types.map(([type, size]) => {
    const png = pngOfSize(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(blocks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  writeFileSync(file, Buffer.concat([head, body]));
}

writeIco(path.join(buildDir, 'icon.ico'), [16, 24, 32, 48, 64, 128, 256]);
writeIcns(path.join(buildDir, 'icon.icns'), [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
]);
const linuxDir = path.join(buildDir, 'icons');
mkdirSync(linuxDir, { recursive: true });
for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
  writeFileSync(path.join(linuxDir, `${size}x${size}.png`), pngOfSize(size));
}
console.log('wrote build/icon.ico, build/icon.icns and build/icons/*.png from build/icon.png');

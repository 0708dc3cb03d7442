// Draws the app's one source image, build/icon.png (1024×1024): a navy rounded square with a white document
// and a gold seal. Run once when the design changes (`node build/scripts/draw-icon-source.mjs`), then
// `node build/scripts/generate-icons.mjs` derives every platform's icon from that PNG.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng } from './png.mjs';

const SIZE = 1024;
const SAMPLES = 4; // 4×4 samples per pixel for smooth edges

const NAVY_TOP = [0x24, 0x56, 0x96];
const NAVY_BOTTOM = [0x15, 0x36, 0x66];
const PAPER = [0xff, 0xff, 0xff];
const FOLD = [0xc9, 0xd6, 0xe6];
const LINE = [0x8a, 0xa0, 0xbd];
const GOLD = [0xe2, 0xa7, 0x2e];
const GOLD_DARK = [0xb9, 0x82, 0x18];

function inRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

const DOC = { left: 292, top: 196, right: 716, bottom: 812, fold: 120 };

function inDocument(x, y) {
  if (!inRoundedRect(x, y, DOC.left, DOC.top, DOC.right, DOC.bottom, 28)) return false;
  // The folded corner is cut off the sheet.
  return x - (DOC.right - DOC.fold) <= y - DOC.top;
}

function inFold(x, y) {
  const fx = x - (DOC.right - DOC.fold);
  const fy = y - DOC.top;
  return fx >= 0 && fy >= 0 && fx <= DOC.fold && fy <= DOC.fold && fx >= fy;
}

const LINES = [
  [372, 380, 636],
  [372, 464, 636],
  [372, 548, 636],
  [372, 632, 520],
];

function inLine(x, y) {
  return LINES.some(([left, top, right]) => inRoundedRect(x, y, left, top, right, top + 30, 15));
}

const SEAL = { x: 676, y: 748, r: 112 };

function colourAt(x, y) {
  if (!inRoundedRect(x, y, 64, 64, SIZE - 64, SIZE - 64, 200)) return null;
  const t = (y - 64) / (SIZE - 128);
  let colour = NAVY_TOP.map((top, i) => top + (NAVY_BOTTOM[i] - top) * t);
  if (inDocument(x, y)) colour = inLine(x, y) ? LINE : PAPER;
  if (inFold(x, y)) colour = FOLD;
  const d = Math.hypot(x - SEAL.x, y - SEAL.y);
  if (d <= SEAL.r) colour = d >= SEAL.r - 18 || Math.abs(d - SEAL.r * 0.55) < 7 ? GOLD_DARK : GOLD;
  return colour;
}

const data = new Uint8Array(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    let r = 0;
    let g = 0;
    let b = 0;
    let covered = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const colour = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
        if (colour === null) continue;
        r += colour[0];
        g += colour[1];
        b += colour[2];
        covered += 1;
      }
    }
    const i = (py * SIZE + px) * 4;
    if (covered > 0) {
      data[i] = Math.round(r / covered);
      data[i + 1] = Math.round(g / covered);
      data[i + 2] = Math.round(b / covered);
    }
    data[i + 3] = Math.round((covered / (SAMPLES * SAMPLES)) * 255);
  }
}

const target = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'icon.png');
writeFileSync(target, encodePng({ width: SIZE, height: SIZE, data }));
console.log(`wrote ${target}`);

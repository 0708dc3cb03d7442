import { readFile } from 'node:fs/promises';
import { hasTooManyPixels } from '../../renderer/domain/images/imageDimensions';
import { parseVCardFile } from '../../renderer/domain/vcard/parseVcard';
import type { FromImportWorker } from '../../renderer/features/backup/decoding/decodeMessages';
import { importWorkerHandler } from '../../renderer/features/backup/decoding/decodeJob';
import { planVCardImport } from '../../renderer/features/contacts/vcardImportPlan';

/**
 * One hostile file handled in a fresh Node process (see benchHostile.ts), as the app handles it:
 * a backup through the import worker's own code, a photo by its header, a vCard parsed and planned
 * for its confirmation. Prints the time and this process's peak memory as JSON.
 * Usage: tsx hostileCase.ts <bundle|png|vcard|idle> <file>
 */
async function handle(kind: string, bytes: Uint8Array): Promise<void> {
  if (kind === 'bundle') {
    const end = await new Promise<FromImportWorker>((resolve) => {
      const send = importWorkerHandler((message) => {
        if (message.type === 'done' || message.type === 'failed') resolve(message);
      });
      send({ type: 'start', purpose: 'backup', file: bytes, keys: [] });
    });
    if (end.type !== 'failed') throw new Error('a hostile file was accepted');
  } else if (kind === 'png') {
    if (!hasTooManyPixels(bytes)) throw new Error('the PNG was not refused');
  } else if (kind === 'vcard') {
    const cards = parseVCardFile(bytes);
    if (planVCardImport(cards, [], []).length !== 10_000) throw new Error('cards lost');
  } else if (kind !== 'idle') throw new Error(`unknown case ${kind}`);
}

const [kind = '', path = ''] = process.argv.slice(2);
const bytes = new Uint8Array(await readFile(path));
const started = performance.now();
await handle(kind, bytes);
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024 }));

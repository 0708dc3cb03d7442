import { readFile } from 'node:fs/promises';
import { hasTooManyPixels } from '../../renderer/domain/images/imageDimensions';
import type { FromImportWorker, ImportJob } from '../../renderer/db/imports/importMessages';
import { importWorkerHandler } from '../../renderer/db/imports/importJob';

/**
 * One hostile file handled in a fresh Node process (see benchHostile.ts), as the app handles it:
 * a backup and a vCard through the import worker's own code (the vCard parsed and matched for its
 * confirmation), a photo by its header. Prints the time and this process's peak memory as JSON.
 * Usage: tsx hostileCase.ts <bundle|png|vcard|idle> <file>
 */

/**
 * The import worker's core, driven as the worker drives it: the job's last message, and the number
 * of vCard entries it sent (in slices before its `done`, and in the `done` itself).
 */
function runWorkerJob(job: ImportJob): Promise<{ end: FromImportWorker; entries: number }> {
  return new Promise((resolve) => {
    let entries = 0;
    const send = importWorkerHandler((message) => {
      if (message.type === 'entries') entries += message.entries.length;
      if (message.type === 'done' && message.outcome.kind === 'vcard')
        entries += message.outcome.entries.length;
      if (message.type === 'done' || message.type === 'failed') resolve({ end: message, entries });
    });
    send({ type: 'start', job });
  });
}

async function handle(kind: string, bytes: Uint8Array): Promise<void> {
  if (kind === 'bundle') {
    const { end } = await runWorkerJob({ kind: 'bundle', purpose: 'backup', file: bytes, keys: [] });
    if (end.type !== 'failed') throw new Error('a hostile file was accepted');
  } else if (kind === 'png') {
    if (!hasTooManyPixels(bytes)) throw new Error('the PNG was not refused');
  } else if (kind === 'vcard') {
    const job: ImportJob = { kind: 'vcard', file: bytes, contacts: [], organisations: [] };
    const { end, entries } = await runWorkerJob(job);
    if (end.type !== 'done' || entries !== 10_000)
      throw new Error('the cards were not all read for confirmation');
  } else if (kind !== 'idle') throw new Error(`unknown case ${kind}`);
}

const [kind = '', path = ''] = process.argv.slice(2);
const bytes = new Uint8Array(await readFile(path));
const started = performance.now();
await handle(kind, bytes);
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024 }));

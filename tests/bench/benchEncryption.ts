import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { db } from '../../renderer/db/database';
import { makeBackup, readBackupFile, restoreBackup } from '../../renderer/db/backup';
import { readTourWith } from '../../renderer/db/queries/tourRecords';
import {
  lockNow,
  protectionMode,
  turnOnProtection,
  unlockWithPassphrase,
} from '../../renderer/db/protection';
import { buildDocument } from '../../renderer/domain/report/buildDocument';
import { TOUR_RECORD_KINDS } from '../../renderer/domain/tourBundle';
import { defaultPresetFor } from '../../renderer/export/docx/presets';
import { writeDocx } from '../../renderer/export/docx/writeDocument';
import { openedPhotos } from '../../renderer/features/report/openedPhotos';
import { ARGON2ID_DEFAULTS } from '../../renderer/lib/crypto/passphraseKey';
import { deriveFileKey, type FileKey } from '../../renderer/lib/crypto/fileEnvelope';
import { RUNS, sample, single, summarise, timed, type Figure } from './stats';

const PASSPHRASE = 'Балатон осенью, третья неделя';
/** What the programme screen reads on start-up (features/itinerary/useItineraryRecords.ts). */
const PROGRAMME_KINDS = ['events', 'delegates', 'themes', 'organisations', 'contacts'] as const;
/** The ratio of issue 19: encryption on / off. */
const RATIO_GOAL = 1.3;

/** Wall and CPU milliseconds of each run (CPU of every thread: WebCrypto works on libuv's). */
interface Runs {
  wall: number[];
  cpu: number[];
}

interface Measured {
  programme: Runs;
  snapshot: Runs;
  backup: Runs;
  export: Runs;
}

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * Runs `work` a warm-up time and RUNS times. The shared machine's load changes by the minute, so
 * the CPU time is kept beside the wall time: the on / off ratio of CPU times holds under load.
 */
async function measure(work: () => Promise<unknown>): Promise<Runs> {
  const cpu: number[] = [];
  const wall = await sample(RUNS, async () => {
    const before = cpuMs();
    const ms = await timed(work);
    cpu.push(cpuMs() - before);
    return ms;
  });
  // The warm-up's CPU time is the first.
  return { wall, cpu: cpu.slice(-RUNS) };
}

/** Bytes of a docx written, kept so the export cannot be optimised away and to compare on and off. */
let lastExportBytes = 0;

/**
 * What the app does with the large tour's records once the database is open (and unlocked): the
 * programme screen's read, the whole tour read as the Documents screen and a backup do, a backup
 * file made, and the report exported from the records read (buildDocument + writeDocx, photos
 * read from their Blobs, as the Documents screen does).
 */
async function measureWork(tourId: string, fileKey: FileKey | null): Promise<Measured> {
  const programme = await measure(async () => {
    await db.tours.get(tourId);
    await readTourWith(tourId, PROGRAMME_KINDS);
  });
  const snapshot = await measure(() => readTourWith(tourId, TOUR_RECORD_KINDS, { withDeleted: true }));
  const backup = await measure(() => makeBackup({ tourId }, 'bench', fileKey));
  const exported = await measure(async () => {
    const bundle = await readTourWith(tourId, TOUR_RECORD_KINDS, { withDeleted: true });
    if (!bundle) throw new Error('The large tour is not in the database');
    const model = buildDocument(bundle, {
      kind: 'report',
      language: 'ru',
      onlyIncludedFindings: true,
      eventId: null,
    });
    // As exportDocument does: sealed photos are opened here, where the key is (openedPhotos.ts).
    const attachmentBytes = await openedPhotos(model);
    lastExportBytes = (await writeDocx(model, defaultPresetFor('ru'), { attachmentBytes })).length;
  });
  return { programme, snapshot, backup, export: exported };
}

function median(values: readonly number[]): number {
  return summarise('', '', values).median;
}

function ratio(label: string, on: Runs, off: Runs): Figure {
  const wall = median(on.wall) / median(off.wall);
  const cpu = median(on.cpu) / median(off.cpu);
  return single(
    `${label}: ratio on / off (wall medians)`,
    '×',
    wall,
    `CPU ${cpu.toFixed(2)}× (${median(off.cpu).toFixed(0)} → ${median(on.cpu).toFixed(0)} ms); goal ≤ ${RATIO_GOAL}` +
      (Math.min(wall, cpu) > RATIO_GOAL ? ' — MISSED' : ''),
  );
}

/**
 * Encryption at rest (issue 19) with the large tour, in Node on fake-indexeddb (the engine is the
 * app's own: Dexie with the sealing middleware, AES-GCM by @noble/ciphers for records and
 * WebCrypto for photos, Argon2id by hash-wasm's WebAssembly, as in the browser). Unlock time with
 * the production Argon2id parameters; each piece of work with the database plain and then
 * encrypted in place, and the ratio.
 */
export async function benchEncryption(backupPath: string): Promise<Figure[]> {
  db.close();
  await db.delete();
  await db.open();
  const decoded = await readBackupFile(new Uint8Array(await readFile(backupPath)));
  const tourId = decoded.data.tours[0]!.id;
  await restoreBackup(decoded);

  // A backup made while protected is an encrypted file (item 3); the app derives the file key once
  // and keeps it for the session (db/backup/filePassphrase.ts), so it is derived outside the timing.
  const fileKey = await deriveFileKey(PASSPHRASE);
  const off = await measureWork(tourId, null);
  const plainExportBytes = lastExportBytes;

  const encryptMs = await timed(() => turnOnProtection(PASSPHRASE));
  if (protectionMode() !== 'unlocked') throw new Error('Protection did not turn on');
  const unlock = await sample(RUNS, async () => {
    lockNow();
    return timed(() => unlockWithPassphrase(PASSPHRASE));
  });
  const on = await measureWork(tourId, fileKey);
  const sealedExportBytes = lastExportBytes;
  // Leave the database as the other parts expect it: plain.
  db.close();
  await db.delete();
  await db.open();

  const params = `m=${ARGON2ID_DEFAULTS.memorySize / 1024} MiB, t=${ARGON2ID_DEFAULTS.iterations}, p=${ARGON2ID_DEFAULTS.parallelism}`;
  const figures = (label: string, offRuns: Runs, onRuns: Runs, note?: string) => [
    summarise(`${label}, encryption off`, 'ms', offRuns.wall, note),
    summarise(`${label}, encryption on`, 'ms', onRuns.wall),
    ratio(label, onRuns, offRuns),
  ];
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  return [
    single('Encryption: load average (1, 5, 15 min) at the end of the part', '', loadavg()[0]!, load),
    summarise(
      'Encryption: unlock with the passphrase (Argon2id, production parameters)',
      'ms',
      unlock,
      `${params}; target ≤ 1 s`,
    ),
    single('Encryption: the large tour encrypted in place (turnOnProtection), one run', 'ms', encryptMs),
    ...figures(
      'Encryption: start-up read of the programme (tour + events, delegates, themes, organisations, contacts)',
      off.programme,
      on.programme,
      'Node + fake-indexeddb',
    ),
    ...figures(
      'Encryption: the whole tour read (Documents screen, search, backup)',
      off.snapshot,
      on.snapshot,
    ),
    ...figures('Encryption: backup of the large tour (plain file / encrypted file)', off.backup, on.backup),
    ...figures(
      'Encryption: report export from the database (read + build + docx)',
      off.export,
      on.export,
      `${(plainExportBytes / 1e6).toFixed(1)} MB plain, ${(sealedExportBytes / 1e6).toFixed(1)} MB from the encrypted database`,
    ),
  ];
}

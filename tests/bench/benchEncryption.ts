import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { db } from '../../renderer/db/database';
import { makeBackup, readBackupFile, restoreBackup } from '../../renderer/db/backup';
import { readTourWith } from '../../renderer/db/queries/tourRecords';
import {
  lockNow,
  protectionMode,
  turnOnProtection,
  unlockWithPassphrase,
} from '../../renderer/db/protection';
import { buildDocument } from '../../renderer/domain/documents/buildDocument';
import { TOUR_RECORD_KINDS } from '../../renderer/domain/tourBundle';
import { defaultPresetFor } from '../../renderer/export/docx/presets';
import { writeDocx } from '../../renderer/export/docx/writeDocument';
import { openedPhotos } from '../../renderer/features/documents/openedPhotos';
import { ARGON2ID_DEFAULTS } from '../../renderer/lib/crypto/passphraseKey';
import { deriveFileKey, type FileKey } from '../../renderer/lib/crypto/fileEnvelope';
import { RUNS, sample, single, summarise, timed, type Figure } from './stats';

const PASSPHRASE = 'Балатон осенью, третья неделя';
/** What the programme screen reads on start-up (features/programme/useProgrammeRecords.ts). */
const PROGRAMME_KINDS = ['events', 'delegates', 'themes', 'organisations', 'contacts'] as const;
/** The ratio of issue 19: encryption on / off. */
const RATIO_GOAL = 1.3;

/** Wall and CPU milliseconds of each run (CPU of every thread: WebCrypto works on libuv's). */
interface Runs {
  wall: number[];
  cpu: number[];
}

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * The same large tour in two databases, one plain and one encrypted, each in its own fake
 * IndexedDB; the app's one `db` is pointed at either between runs (closed, its factory and name
 * swapped, opened again). Turning protection on copies the tour into a database of another name
 * (db/protection/sealedCopy.ts), made through Dexie's global factory: so both are swapped, and each
 * side remembers its database's name. Runs of the two alternate, so that both meet the same load on
 * this shared machine.
 */
class TwoDatabases {
  private readonly plain = { factory: new IDBFactory(), name: db.name };
  private readonly sealed = { factory: new IDBFactory(), name: db.name };
  private readonly original = Dexie.dependencies.indexedDB;
  private key: Uint8Array | null = null;
  private vaultId: string | null = null;

  private async openOn(side: { factory: IDBFactory; name: string }): Promise<void> {
    db.close();
    // Dexie keeps the factory it opens with here; the app's code keeps using `db` unchanged.
    Dexie.dependencies.indexedDB = side.factory;
    (db as unknown as { _deps: { indexedDB: IDBFactory } })._deps.indexedDB = side.factory;
    (db as unknown as { name: string }).name = side.name;
    await db.open();
  }

  async usePlain(): Promise<void> {
    await this.openOn(this.plain);
  }

  /** Opens the encrypted database and puts its key back (without Argon2id: unlocking is measured apart). */
  async useSealed(): Promise<void> {
    await this.openOn(this.sealed);
    if (this.key && this.vaultId && protectionMode() === 'locked')
      await db.protection.unlock(this.vaultId, new Uint8Array(this.key));
  }

  /** Remembers the encrypted database now unlocked: its name (a new one) and its key. */
  keepKey(): void {
    this.sealed.name = db.name;
    this.key = new Uint8Array(db.protection.recordKey());
    this.vaultId = db.protection.vaultId;
  }

  async close(): Promise<void> {
    db.close();
    Dexie.dependencies.indexedDB = this.original;
    (db as unknown as { _deps: { indexedDB: IDBFactory } })._deps.indexedDB = this.original;
    (db as unknown as { name: string }).name = this.plain.name;
    await db.open();
  }
}

/**
 * A warm-up of each, then RUNS pairs: off, on. Each run opens its database again, and the
 * encrypted one's key is put back: the first read after an unlock (start-up), when no record has
 * been opened yet. `readBefore` is done first, untimed, on both sides: what the app has read
 * since the unlock (its screens, the search index), whose records are then known by their sealed
 * bytes (db/protection/openedRecords.ts).
 */
async function alternate(
  databases: TwoDatabases,
  work: (encrypted: boolean) => Promise<unknown>,
  readBefore?: () => Promise<unknown>,
): Promise<{ off: Runs; on: Runs }> {
  const off: Runs = { wall: [], cpu: [] };
  const on: Runs = { wall: [], cpu: [] };
  const once = async (encrypted: boolean, into: Runs | null) => {
    if (encrypted) await databases.useSealed();
    else await databases.usePlain();
    await readBefore?.();
    const before = cpuMs();
    const ms = await timed(() => work(encrypted));
    into?.wall.push(ms);
    into?.cpu.push(cpuMs() - before);
  };
  await once(false, null);
  await once(true, null);
  for (let run = 0; run < RUNS; run += 1) {
    await once(false, off);
    await once(true, on);
  }
  return { off, on };
}

function median(values: readonly number[]): number {
  return summarise('', '', values).median;
}

function pair(label: string, runs: { off: Runs; on: Runs }, note?: string): Figure[] {
  const wall = median(runs.on.wall) / median(runs.off.wall);
  const cpu = median(runs.on.cpu) / median(runs.off.cpu);
  return [
    summarise(`${label}, encryption off`, 'ms', runs.off.wall, note),
    summarise(`${label}, encryption on`, 'ms', runs.on.wall),
    single(
      `${label}: ratio on / off (wall medians)`,
      '×',
      wall,
      `CPU ${cpu.toFixed(2)}× (${median(runs.off.cpu).toFixed(0)} → ${median(runs.on.cpu).toFixed(0)} ms); goal ≤ ${RATIO_GOAL}` +
        (Math.min(wall, cpu) > RATIO_GOAL ? ' — MISSED' : ''),
    ),
  ];
}

/**
 * Encryption at rest (issue 19) with the large tour, in Node on fake-indexeddb: the engine is the
 * app's own (Dexie with the sealing middleware; AES-256-GCM by @noble/ciphers for records, by
 * WebCrypto for photos and files; Argon2id by hash-wasm's WebAssembly, as in the browser).
 * Unlock time with the production Argon2id parameters; then what the app does with the tour once
 * unlocked — the programme screen's read at start-up, the whole tour read (Documents screen,
 * search index, backup), a backup file made, the report exported from the database — with the
 * database plain and encrypted, and the ratio.
 */
export async function benchEncryption(backupPath: string): Promise<Figure[]> {
  const databases = new TwoDatabases();
  const file = new Uint8Array(await readFile(backupPath));
  const tourId = (await readBackupFile(file)).data.tours[0]!.id;
  await databases.usePlain();
  await restoreBackup(await readBackupFile(file));
  await databases.useSealed();
  await restoreBackup(await readBackupFile(file));
  const encryptMs = await timed(() => turnOnProtection(PASSPHRASE));
  if (protectionMode() !== 'unlocked') throw new Error('Protection did not turn on');
  const unlock = await sample(RUNS, async () => {
    lockNow();
    return timed(() => unlockWithPassphrase(PASSPHRASE));
  });
  databases.keepKey();

  // A backup made while protected is an encrypted file (item 3); the app derives the file key once
  // and keeps it for the session (db/backup/filePassphrase.ts), so it is derived outside the timing.
  const fileKey: FileKey = await deriveFileKey(PASSPHRASE);
  let exportBytes = { plain: 0, sealed: 0 };

  const programme = await alternate(databases, async () => {
    await db.tours.get(tourId);
    await readTourWith(tourId, PROGRAMME_KINDS);
  });
  const readTour = () => readTourWith(tourId, TOUR_RECORD_KINDS, { withDeleted: true });
  const firstSnapshot = await alternate(databases, readTour);
  const snapshot = await alternate(databases, readTour, readTour);
  const backup = await alternate(
    databases,
    (encrypted) => makeBackup({ tourId }, 'bench', encrypted ? fileKey : null),
    readTour,
  );
  const exported = await alternate(
    databases,
    async (encrypted) => {
      const bundle = await readTourWith(tourId, TOUR_RECORD_KINDS, { withDeleted: true });
      if (!bundle) throw new Error('The large tour is not in the database');
      const model = buildDocument(bundle, {
        kind: 'report',
        language: 'ru',
        onlyIncludedFindings: true,
        eventId: null,
      });
      // As exportDocument does: sealed photos are opened where the key is (openedPhotos.ts).
      const attachmentBytes = await openedPhotos(model);
      const bytes = (await writeDocx(model, defaultPresetFor('ru'), { attachmentBytes })).length;
      exportBytes = { ...exportBytes, [encrypted ? 'sealed' : 'plain']: bytes };
    },
    readTour,
  );
  await databases.close();

  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  const params = `m=${ARGON2ID_DEFAULTS.memorySize / 1024} MiB, t=${ARGON2ID_DEFAULTS.iterations}, p=${ARGON2ID_DEFAULTS.parallelism}`;
  return [
    single(
      'Encryption (Node + fake-indexeddb): load average at the end of the part (1 min)',
      '',
      loadavg()[0]!,
      `1, 5, 15 min: ${load}`,
    ),
    summarise(
      'Encryption (Node + fake-indexeddb): unlock with the passphrase (Argon2id, production parameters)',
      'ms',
      unlock,
      `${params}; target ≤ 1 s`,
    ),
    single(
      'Encryption (Node + fake-indexeddb): the large tour encrypted in place (turnOnProtection), one run',
      'ms',
      encryptMs,
    ),
    ...pair(
      'Encryption (Node + fake-indexeddb): start-up read of the programme, first after unlock (tour + events, delegates, themes, organisations, contacts)',
      programme,
      'Node + fake-indexeddb, runs of off and on alternating',
    ),
    ...pair('Encryption (Node + fake-indexeddb): the whole tour read, first after unlock', firstSnapshot),
    ...pair(
      'Encryption (Node + fake-indexeddb): the whole tour read again, after the search index (Documents screen, backup, live queries)',
      snapshot,
    ),
    ...pair(
      'Encryption (Node + fake-indexeddb): backup of the large tour, after the search index (plain / encrypted file)',
      backup,
    ),
    ...pair(
      'Encryption (Node + fake-indexeddb): report export from the database, after the search index (read + build + docx)',
      exported,
      `${(exportBytes.plain / 1e6).toFixed(1)} MB plain, ${(exportBytes.sealed / 1e6).toFixed(1)} MB from the encrypted database`,
    ),
  ];
}

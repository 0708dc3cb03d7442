import { readFile } from 'node:fs/promises';
import { db } from '../../renderer/db/database';
import { decodeBundle, makeBackup, readBackupFile, restoreBackup } from '../../renderer/db/backup';
import { encodeBundle } from '../../renderer/db/backup/encodeBundle';
import { applyExchangeImport, planExchangeImport } from '../../renderer/db/exchange';
import type { TourOwned } from '../../renderer/domain/entities';
import { versionStamp } from '../../renderer/domain/merge';
import { TOUR_RECORD_KINDS, type TourBundle } from '../../renderer/domain/tourBundle';
import { bundleAsDataSet } from './generate/writeBackup';
import { RUNS, sample, summarise, timed, type Figure } from './stats';

/** Empties the (fake) IndexedDB between runs, so each restore starts from a computer without the tour. */
async function clearDatabase(): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) if (table.name !== 'settings') await table.clear();
  });
}

/**
 * A copy of the bundle where the records picked by `changes` are edited by `device`: a new
 * revision and a changed text, as a delegate's edit on that laptop would leave them.
 */
function edited(bundle: TourBundle, device: string, changes: (index: number) => boolean): TourBundle {
  const copy = { ...bundle };
  const at = '2026-03-15T10:00:00.000Z';
  for (const kind of TOUR_RECORD_KINDS) {
    if (kind === 'attachments') continue;
    (copy as unknown as Record<string, TourOwned[]>)[kind] = (bundle[kind] as TourOwned[]).map((record, i) =>
      changes(i)
        ? ({
            ...record,
            revision: record.revision + 1,
            updatedAt: at,
            deviceId: device,
            ...editOf(record, device),
          } as TourOwned)
        : record,
    );
  }
  return copy;
}

/** A visible change of content: an added note or title suffix, whichever the record has. */
function editOf(record: TourOwned, device: string): Partial<Record<string, unknown>> {
  const r = record as unknown as Record<string, unknown>;
  if (typeof r.notes === 'string') return { notes: `${r.notes} (${device})` };
  const title = r.title as { ru?: string } | undefined;
  if (title) return { title: { ...title, ru: `${title.ru ?? ''} (${device})` } };
  const text = r.text as { ru?: string } | undefined;
  if (text) return { text: { ...text, ru: `${text.ru ?? ''} (${device})` } };
  return {};
}

/** Backup and restore of the large tour, and an exchange merge with 5 % of records changed on both laptops. */
export async function benchBackup(backupPath: string, bundle: TourBundle): Promise<Figure[]> {
  const file = new Uint8Array(await readFile(backupPath));

  const restore = await sample(RUNS, async () => {
    await clearDatabase();
    return timed(async () => restoreBackup(await readBackupFile(file)));
  });
  // The database now holds the tour: back it up as the Backup screen does.
  const backup = await sample(RUNS, () => timed(() => makeBackup({ tourId: bundle.tour.id }, 'bench')));

  // Each laptop changed 10 % of the records; half of those (5 % of all) were changed on both.
  const mine = edited(bundle, 'my-laptop', (i) => i % 20 === 0 || i % 20 === 1);
  const theirs = edited(bundle, 'colleague-laptop', (i) => i % 20 === 0 || i % 20 === 2);
  const theirFile = await encodeBundle(bundleAsDataSet(theirs), {
    purpose: 'exchange',
    createdAt: '2026-03-15T12:00:00.000Z',
    appVersion: 'bench',
    deviceId: 'colleague-laptop',
    senderName: 'Colleague',
  });
  const myFile = await encodeBundle(bundleAsDataSet(mine), {
    purpose: 'backup',
    createdAt: '2026-03-15T12:00:00.000Z',
    appVersion: 'bench',
    deviceId: 'my-laptop',
  });
  const myDecoded = await decodeBundle(myFile);
  // Both laptops exchanged the original tour once before: this laptop knows the colleague's versions.
  const received = Object.fromEntries(
    [bundle.tour, ...TOUR_RECORD_KINDS.flatMap((kind) => bundle[kind] as TourOwned[])].map((record) => [
      record.id,
      versionStamp(record),
    ]),
  );
  let conflicts = 0;
  const merge = await sample(RUNS, async () => {
    await clearDatabase();
    await restoreBackup(myDecoded);
    await db.exchangePeers.put({
      peerId: 'colleague-laptop',
      name: 'Colleague',
      lastImportAt: '2026-03-14T12:00:00.000Z',
      received,
    });
    return timed(async () => {
      const plan = await planExchangeImport(theirFile);
      conflicts = plan.conflicts.length;
      await applyExchangeImport(plan, new Map(plan.conflicts.map((c) => [c.id, 'theirs' as const])));
    });
  });
  return [
    summarise(
      'Backup of the large tour (read + zip)',
      'ms',
      backup,
      `${(file.length / 1e6).toFixed(1)} MB file`,
    ),
    summarise('Restore of the large tour (check + write)', 'ms', restore),
    summarise(
      'Merge of two large bundles, 5 % overlapping changes (plan + apply)',
      'ms',
      merge,
      `target ≤ 2 s; ${conflicts} conflicts resolved "theirs"; fake-indexeddb`,
    ),
  ];
}

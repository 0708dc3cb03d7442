import { readFile } from 'node:fs/promises';
import { db } from '../../renderer/db/database';
import { decodeBundle, makeBackup, readBackupFile, restoreBackup } from '../../renderer/db/backup';
import { encodeBundle } from '../../renderer/db/backup/encodeBundle';
import { applyExchangeImport, planExchangeImport } from '../../renderer/db/exchange';
import type { TourOwned } from '../../renderer/domain/entities';
import { descend } from '../../renderer/domain/merge';
import { generateKeyPair, signManifest } from '../../renderer/db/backup/signature';
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
 * version descending from the original and a changed text, as a delegate's edit on that laptop
 * would leave them.
 */
function edited(bundle: TourBundle, device: string, changes: (index: number) => boolean): TourBundle {
  const copy = { ...bundle };
  const at = '2026-03-15T10:00:00.000Z';
  for (const kind of TOUR_RECORD_KINDS) {
    if (kind === 'attachments') continue;
    (copy as unknown as Record<string, TourOwned[]>)[kind] = (bundle[kind] as TourOwned[]).map((record, i) =>
      changes(i)
        ? descend({ ...record, ...editOf(record, device) } as TourOwned, [record], device, at)
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
  const colleagueKey = await generateKeyPair();
  const theirFile = await encodeBundle(bundleAsDataSet(theirs), {
    purpose: 'exchange',
    createdAt: '2026-03-15T12:00:00.000Z',
    appVersion: 'bench',
    deviceId: 'colleague-laptop',
    senderName: 'Colleague',
    sign: (manifest) => signManifest(manifest, colleagueKey),
  });
  const myFile = await encodeBundle(bundleAsDataSet(mine), {
    purpose: 'backup',
    createdAt: '2026-03-15T12:00:00.000Z',
    appVersion: 'bench',
    deviceId: 'my-laptop',
  });
  const myDecoded = await decodeBundle(myFile);
  let conflicts = 0;
  const merge = await sample(RUNS, async () => {
    await clearDatabase();
    await restoreBackup(myDecoded);
    return timed(async () => {
      const plan = await planExchangeImport(theirFile);
      conflicts = plan.conflicts.length;
      await applyExchangeImport(plan, new Map(plan.conflicts.map((c) => [c.id, 'theirs' as const])));
    });
  });
  // The exchange file of the large tour after both laptops edited it (two laptops in most
  // histories), signed, against the same records as format 1 wrote them: no histories, unsigned.
  const withHistories = edited(theirs, 'my-laptop', (i) => i % 20 !== 0 && i % 20 !== 2);
  const exchangeFile = await encodeBundle(bundleAsDataSet(withHistories), {
    purpose: 'exchange',
    createdAt: '2026-03-15T12:00:00.000Z',
    appVersion: 'bench',
    deviceId: 'my-laptop-with-a-uuid-long-id-00000000',
    senderName: 'Me',
    sign: (manifest) => signManifest(manifest, colleagueKey),
  });
  const withoutHistories = bundleAsDataSet(withHistories);
  for (const kind of TOUR_RECORD_KINDS)
    withoutHistories.records[kind] = withoutHistories.records[kind].map(({ vv: _vv, ...record }) => record);
  withoutHistories.tours = withoutHistories.tours.map(({ vv: _vv, ...tour }) => tour);
  const formatOneFile = await encodeBundle(withoutHistories, {
    purpose: 'exchange',
    createdAt: '2026-03-15T12:00:00.000Z',
    appVersion: 'bench',
    deviceId: 'my-laptop-with-a-uuid-long-id-00000000',
    senderName: 'Me',
  });
  const growth = (exchangeFile.length / formatOneFile.length - 1) * 100;
  process.stdout.write(
    `  Exchange file of the large tour: ${(exchangeFile.length / 1e6).toFixed(2)} MB with histories and signature, ${(formatOneFile.length / 1e6).toFixed(2)} MB without: +${growth.toFixed(2)} % (target ≤ 15 %)\n`,
  );

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

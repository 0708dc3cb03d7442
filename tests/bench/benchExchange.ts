import { db } from '../../renderer/db/database';
import { decodeBundle, restoreBackup } from '../../renderer/db/backup';
import { encodeBundle } from '../../renderer/db/backup/encodeBundle';
import type { DataSet } from '../../renderer/db/backup/format';
import { generateKeyPair, signManifest } from '../../renderer/db/backup/signature';
import { applyExchangeImport, planExchangeImport } from '../../renderer/db/exchange';
import type { TourOwned } from '../../renderer/domain/entities';
import { descend } from '../../renderer/domain/merge';
import { TOUR_RECORD_KINDS, type TourBundle } from '../../renderer/domain/tourBundle';
import { bundleAsDataSet } from './generate/writeBackup';
import { RUNS, sample, single, summarise, timed, type Figure } from './stats';

/** Empties the (fake) IndexedDB between runs, so each merge starts from the same laptop. */
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

// Device ids as the app makes them (UUIDs): their length is what histories add to every record.
const ME = '3f2c9a1e-8b7d-4c55-9e21-6a0f4d2b7c13';
const COLLEAGUE = 'b81e5d40-27c9-4f3a-a6d8-0c9e1f42a5b7';
const CREATED_AT = '2026-03-15T12:00:00.000Z';

// Each laptop changed 10 % of the records; half of those (5 % of all) were changed on both.
const mineOf = (bundle: TourBundle) => edited(bundle, ME, (i) => i % 20 === 0 || i % 20 === 1);
const theirsOf = (bundle: TourBundle) => edited(bundle, COLLEAGUE, (i) => i % 20 === 0 || i % 20 === 2);

/**
 * Issue 18's merge figure: the colleague's exchange file of the large tour imported on a laptop
 * holding its own edits (each laptop changed 10 % of the records, 5 % on both: conflicts).
 */
export async function benchExchangeMerge(bundle: TourBundle): Promise<Figure[]> {
  const colleagueKey = await generateKeyPair();
  const theirFile = await encodeBundle(bundleAsDataSet(theirsOf(bundle)), {
    purpose: 'exchange',
    createdAt: CREATED_AT,
    appVersion: 'bench',
    deviceId: COLLEAGUE,
    senderName: 'Colleague',
    sign: (manifest) => signManifest(manifest, colleagueKey),
  });
  const myFile = await encodeBundle(bundleAsDataSet(mineOf(bundle)), {
    purpose: 'backup',
    createdAt: CREATED_AT,
    appVersion: 'bench',
    deviceId: ME,
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
  return [
    summarise(
      'Merge of two large bundles, 5 % overlapping changes (plan + apply)',
      'ms',
      merge,
      `target ≤ 2 s; ${conflicts} conflicts resolved "theirs"; fake-indexeddb`,
    ),
  ];
}

/** The records of a data set as JSON, the way the bundle stores them (before compression). */
const recordsJsonBytes = (data: DataSet) =>
  new TextEncoder().encode(
    JSON.stringify({ tours: data.tours, records: data.records }, (_key, value: unknown) =>
      value instanceof Blob ? null : value,
    ),
  ).length;

/**
 * Issue 18's size figure: the exchange file of the large tour after both laptops edited it (two
 * laptops in most histories), signed, against the same records as bundle format 1 wrote them: no
 * histories, unsigned. Photos make most of the file, so the records alone are shown too.
 */
export async function benchExchangeSize(bundle: TourBundle): Promise<Figure[]> {
  const key = await generateKeyPair();
  const withHistories = bundleAsDataSet(edited(theirsOf(bundle), ME, (i) => i % 20 !== 0 && i % 20 !== 2));
  const exchangeFile = await encodeBundle(withHistories, {
    purpose: 'exchange',
    createdAt: CREATED_AT,
    appVersion: 'bench',
    deviceId: ME,
    senderName: 'Me',
    sign: (manifest) => signManifest(manifest, key),
  });
  const withoutHistories: DataSet = {
    tours: withHistories.tours.map(({ vv: _vv, ...tour }) => tour),
    records: { ...withHistories.records },
  };
  for (const kind of TOUR_RECORD_KINDS)
    withoutHistories.records[kind] = withoutHistories.records[kind].map(({ vv: _vv, ...record }) => record);
  const formatOneFile = await encodeBundle(withoutHistories, {
    purpose: 'exchange',
    createdAt: CREATED_AT,
    appVersion: 'bench',
    deviceId: ME,
    senderName: 'Me',
  });
  const megabytes = (bytes: number) => (bytes / 1e6).toFixed(2);
  const growth = (after: number, before: number) => (after / before - 1) * 100;
  const recordsAfter = recordsJsonBytes(withHistories);
  const recordsBefore = recordsJsonBytes(withoutHistories);
  return [
    single(
      'Exchange file of the large tour: growth over the format before histories',
      '%',
      growth(exchangeFile.length, formatOneFile.length),
      `target ≤ 15 %; ${megabytes(exchangeFile.length)} MB with histories and signature, ${megabytes(formatOneFile.length)} MB without`,
    ),
    single(
      '— the records alone (JSON before compression, photos left out)',
      '%',
      growth(recordsAfter, recordsBefore),
      `${megabytes(recordsAfter)} MB with histories, ${megabytes(recordsBefore)} MB without`,
    ),
  ];
}

/** Both of issue 18's figures. */
export async function benchExchange(bundle: TourBundle): Promise<Figure[]> {
  return [...(await benchExchangeMerge(bundle)), ...(await benchExchangeSize(bundle))];
}

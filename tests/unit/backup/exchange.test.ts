import { exchangeFileOf as exportTour, onLaptop as on } from './laptop';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { peekBundlePurpose } from '../../../renderer/db/backup';
import { db } from '../../../renderer/db/database';
import {
  applyExchangeImport,
  exportForExchange,
  listPeers,
  planExchangeImport,
  type ExchangePlan,
} from '../../../renderer/db/exchange';
import { attachments, findings } from '../../../renderer/db/repositories';
import { listByTour } from '../../../renderer/db/repository';
import { deviceId } from '../../../renderer/db/settings';
import type { Resolution } from '../../../renderer/domain/merge';
import { dumpDb, sampleTourWithPhoto } from './laptop';

// Real IndexedDB work on shared, often overloaded machines: allow more than the default 5 s.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

// The app keeps its device id in memory; these tests switch laptops inside one process, so
// each laptop's id is read from its own database instead.
vi.mock('../../../renderer/db/settings', async (importOriginal) =>
  (await import('./laptopDeviceId')).withPerLaptopDeviceId(
    await importOriginal<typeof import('../../../renderer/db/settings')>(),
  ),
);

type Dump = Record<string, unknown[]>;

/** Runs `work` on a laptop (a database dump) and returns the laptop afterwards. */
async function importAll(
  bytes: Uint8Array,
  choose: (plan: ExchangePlan) => Map<string, Resolution> = () => new Map(),
) {
  const plan = await planExchangeImport(bytes);
  const summary = await applyExchangeImport(plan, choose(plan));
  return { plan, summary };
}

async function retitle(findingId: string, en: string) {
  const stored = await findings.get(findingId);
  await findings.save({ ...stored!, title: { ...stored!.title, en } });
}

describe('exchange between two delegates’ laptops', () => {
  let anna: Dump;
  let boris: Dump;
  let tourId: string;
  let ids: string[];

  beforeEach(async () => {
    // Anna has the tour; Boris gets it from her through an exchange file.
    let bytes: Uint8Array;
    [anna, bytes] = await on(null, async () => {
      const made = await sampleTourWithPhoto();
      tourId = made.tourId;
      ids = (await listByTour(db.findings, tourId)).map((f) => f.id).sort();
      return exportTour(tourId, 'Anna');
    });
    let first: Awaited<ReturnType<typeof importAll>>;
    [boris, first] = await on(null, () => importAll(bytes));
    expect(first.plan.senderName).toBe('Anna');
    expect(first.summary.added).toBeGreaterThan(70);
    expect(first.summary.conflictsResolved).toBe(0);
  });

  it('takes the colleague’s change where only they changed, keeps mine where only I did', async () => {
    let bytes: Uint8Array;
    [boris, bytes] = await on(boris, async () => {
      await retitle(ids[0]!, 'Changed by Boris');
      return exportTour(tourId, 'Boris');
    });
    const [, result] = await on(anna, async () => {
      await retitle(ids[1]!, 'Changed by Anna');
      const imported = await importAll(bytes);
      return { ...imported, first: await findings.get(ids[0]!), second: await findings.get(ids[1]!) };
    });
    expect(result.plan.conflicts).toEqual([]);
    expect(result.summary).toEqual({ added: 0, updated: 1, deleted: 0, conflictsResolved: 0 });
    expect(result.first?.title.en).toBe('Changed by Boris');
    expect(result.second?.title.en).toBe('Changed by Anna');
  });

  it('asks when both changed the same finding, and applies each choice', async () => {
    let bytes: Uint8Array;
    [boris, bytes] = await on(boris, async () => {
      await retitle(ids[0]!, 'Boris 0');
      await retitle(ids[1]!, 'Boris 1');
      await retitle(ids[2]!, 'Boris 2');
      return exportTour(tourId, 'Boris');
    });
    const [, result] = await on(anna, async () => {
      for (const i of [0, 1, 2]) await retitle(ids[i]!, `Anna ${i}`);
      const imported = await importAll(bytes, (plan) => {
        expect(plan.conflicts.map((c) => c.id).sort()).toEqual(ids.slice(0, 3).sort());
        expect(plan.conflicts.every((c) => c.canKeepBoth)).toBe(true);
        return new Map<string, Resolution>([
          [ids[0]!, 'mine'],
          [ids[1]!, 'theirs'],
          [ids[2]!, 'both'],
        ]);
      });
      const titles = (await listByTour(db.findings, tourId)).map((f) => f.title.en);
      const again = await importAll(bytes);
      return { ...imported, titles, again, after: await dumpDb() };
    });
    expect(result.summary.conflictsResolved).toBe(3);
    expect(result.titles).toEqual(expect.arrayContaining(['Anna 0', 'Boris 1', 'Anna 2', 'Boris 2']));
    expect(result.titles).not.toContain('Boris 0');
    // The same file a second time: nothing to ask, nothing changes.
    expect(result.again.plan.conflicts).toEqual([]);
    expect(result.again.summary).toEqual({ added: 0, updated: 0, deleted: 0, conflictsResolved: 0 });
  });

  it('keeping both versions of a finding: the colleague’s new photo goes with their version, on both laptops', async () => {
    const photoOwner = async () => (await db.attachments.toArray())[0]!.ownerId;
    const photosOf = async (ownerId: string) =>
      (await db.attachments.where('ownerId').equals(ownerId).toArray()).map((p) => p.fileName).sort();
    let bytes: Uint8Array;
    let findingId = '';
    [boris, bytes] = await on(boris, async () => {
      findingId = await photoOwner();
      await retitle(findingId, 'Boris');
      const [existing] = await db.attachments.toArray();
      const { tourId: tour, ownerType, ownerId, kind, mimeType, size, width, height, blob } = existing!;
      await attachments.save({
        ...{ tourId: tour, ownerType, ownerId, kind, mimeType, size, width, height, blob },
        fileName: 'Boris.jpg',
        caption: {},
        order: 1,
        thumbnail: null,
      });
      return exportTour(tourId, 'Boris');
    });
    let toBoris: Uint8Array;
    let copyId = '';
    [anna, toBoris] = await on(anna, async () => {
      await retitle(findingId, 'Anna');
      await importAll(bytes, () => new Map([[findingId, 'both' as const]]));
      const copy = (await listByTour(db.findings, tourId)).find((f) => f.title.en === 'Boris');
      copyId = copy!.id;
      expect(await photosOf(findingId)).toEqual(['Фото приёмной.jpg']);
      expect(await photosOf(copyId)).toEqual(['Boris.jpg']);
      return exportTour(tourId, 'Anna');
    });
    await on(boris, async () => {
      const { plan } = await importAll(toBoris);
      expect(plan.conflicts).toEqual([]);
      expect((await findings.get(findingId))?.title.en).toBe('Anna');
      expect(await photosOf(findingId)).toEqual(['Фото приёмной.jpg']);
      expect(await photosOf(copyId)).toEqual(['Boris.jpg']);
    });
  });

  it('sends deletions as tombstones', async () => {
    let bytes: Uint8Array;
    [boris, bytes] = await on(boris, async () => {
      await findings.remove(ids[3]!);
      return exportTour(tourId, 'Boris');
    });
    const [, result] = await on(anna, async () => ({
      ...(await importAll(bytes)),
      gone: await findings.get(ids[3]!),
    }));
    expect(result.summary.deleted).toBe(1);
    expect(result.gone).toBeUndefined();
  });

  it('a change that went there and back and was edited again is no conflict', async () => {
    // Anna edits, sends to Boris; Boris edits the same finding further and sends it back.
    let toBoris: Uint8Array;
    [anna, toBoris] = await on(anna, async () => {
      await retitle(ids[0]!, 'Anna first');
      return exportTour(tourId, 'Anna');
    });
    let toAnna: Uint8Array;
    [boris, toAnna] = await on(boris, async () => {
      await importAll(toBoris);
      await retitle(ids[0]!, 'Boris on top');
      return exportTour(tourId, 'Boris');
    });
    const [, result] = await on(anna, async () => ({
      ...(await importAll(toAnna)),
      finding: await findings.get(ids[0]!),
    }));
    expect(result.plan.conflicts).toEqual([]);
    expect(result.finding?.title.en).toBe('Boris on top');
  });

  it('can send only what changed since the last exchange with a colleague', async () => {
    const borisDevice = (boris.settings as { key: string; value: unknown }[]).find(
      (s) => s.key === 'deviceId',
    )!.value as string;
    let bytes: Uint8Array;
    [boris, bytes] = await on(boris, async () => exportTour(tourId, 'Boris'));
    [anna] = await on(anna, async () => importAll(bytes));
    const [, small] = await on(anna, async () => {
      await retitle(ids[0]!, 'Only this');
      expect((await listPeers()).map((peer) => peer.name)).toEqual(['Boris']);
      return exportForExchange({
        tourId,
        senderName: 'Anna',
        appVersion: '0.1.0',
        onlyChangesFor: borisDevice,
      });
    });
    // The tour itself, and the one finding.
    expect(small.recordCount).toBe(2);
    const [, result] = await on(boris, async () => ({
      ...(await importAll(small.bytes)),
      finding: await findings.get(ids[0]!),
    }));
    expect(result.summary).toEqual({ added: 0, updated: 1, deleted: 0, conflictsResolved: 0 });
    expect(result.finding?.title.en).toBe('Only this');
  });

  it('refuses my own exchange file', async () => {
    await on(anna, async () => {
      const bytes = await exportTour(tourId, 'Anna');
      expect(peekBundlePurpose(bytes)).toBe('exchange');
      await expect(planExchangeImport(bytes)).rejects.toMatchObject({ code: 'own-bundle' });
      expect(await deviceId()).toBeTruthy();
    });
  });
});

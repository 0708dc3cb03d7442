import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBackup, readBackupFile, restoreBackup } from '../../../renderer/db/backup';
import { db } from '../../../renderer/db/database';
import {
  applyExchangeImport,
  exportForExchange,
  planExchangeImport,
  type ExchangePlan,
} from '../../../renderer/db/exchange';
import { findings } from '../../../renderer/db/repositories';
import { SaveConflictError, listByTour } from '../../../renderer/db/repository';
import type { Finding } from '../../../renderer/domain/entities';
import type { Resolution } from '../../../renderer/domain/merge';
import { resetDb } from '../db/resetDb';
import { dumpDb, loadDb, sampleTourWithPhoto } from './laptop';
import { readJson, tamper, writeJson } from './tamper';

// Real IndexedDB work on shared, often overloaded machines: allow more than the default 5 s.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

/** Each laptop's clock may be off: `skew` shifts the time every write is stamped with. */
const clock = vi.hoisted(() => ({ skewMs: 0 }));
vi.mock('../../../renderer/db/clock', () => ({
  nowIso: () => new Date(Date.now() + clock.skewMs).toISOString(),
}));

// The app keeps its device id (and key pair) in memory; these tests switch laptops inside one
// process, so each laptop's id is read from its own database instead.
vi.mock('../../../renderer/db/settings', async (importOriginal) =>
  (await import('./laptopDeviceId')).withPerLaptopDeviceId(
    await importOriginal<typeof import('../../../renderer/db/settings')>(),
  ),
);

type Dump = Record<string, unknown[]>;

async function on<T>(laptop: Dump | null, work: () => Promise<T>, skewMs = 0): Promise<[Dump, T]> {
  if (laptop) await loadDb(laptop);
  else await resetDb();
  clock.skewMs = skewMs;
  try {
    const result = await work();
    return [await dumpDb(), result];
  } finally {
    clock.skewMs = 0;
  }
}

const exportTour = (tourId: string, name: string) =>
  exportForExchange({ tourId, senderName: name, appVersion: '0.1.0' }).then((e) => e.bytes);

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

const titleOf = async (id: string) => (await findings.get(id))?.title.en;
const HOUR = 3_600_000;

describe('exchange scenarios that lost or resurrected data', () => {
  let anna: Dump;
  let boris: Dump;
  let tourId: string;
  let ids: string[];

  beforeEach(async () => {
    let bytes: Uint8Array;
    [anna, bytes] = await on(null, async () => {
      tourId = (await sampleTourWithPhoto()).tourId;
      ids = (await listByTour(db.findings, tourId)).map((f) => f.id).sort();
      return exportTour(tourId, 'Anna');
    });
    [boris] = await on(null, () => importAll(bytes));
  });

  it('an old exchange file never rolls back newer data', async () => {
    let older: Uint8Array;
    let newer: Uint8Array;
    [boris, older] = await on(boris, async () => {
      await retitle(ids[0]!, 'Boris, first');
      return exportTour(tourId, 'Boris');
    });
    [boris, newer] = await on(boris, async () => {
      await retitle(ids[0]!, 'Boris, second');
      return exportTour(tourId, 'Boris');
    });
    await on(anna, async () => {
      await importAll(newer);
      expect(await titleOf(ids[0]!)).toBe('Boris, second');
      const replay = await importAll(older);
      expect(replay.plan.conflicts).toEqual([]);
      expect(replay.summary).toEqual({ added: 0, updated: 0, deleted: 0, conflictsResolved: 0 });
      expect(await titleOf(ids[0]!)).toBe('Boris, second');
    });
  });

  it.each([
    ['equal clocks', 0],
    ['Boris six hours ahead', 6 * HOUR],
    ['Boris six hours behind', -6 * HOUR],
  ])('a "keep mine" on both sides is never overturned silently (%s)', async (_label, borisSkew) => {
    let fromAnna: Uint8Array;
    let fromBoris: Uint8Array;
    [anna, fromAnna] = await on(anna, async () => {
      await retitle(ids[0]!, 'Anna wrote');
      return exportTour(tourId, 'Anna');
    });
    [boris, fromBoris] = await on(
      boris,
      async () => {
        await retitle(ids[0]!, 'Boris wrote');
        return exportTour(tourId, 'Boris');
      },
      borisSkew,
    );
    const keepMine = (plan: ExchangePlan) => {
      expect(plan.conflicts.map((c) => c.id)).toEqual([ids[0]]);
      return new Map([[ids[0]!, 'mine' as const]]);
    };
    let annaAgain: Uint8Array;
    [anna, annaAgain] = await on(anna, async () => {
      await importAll(fromBoris, keepMine);
      return exportTour(tourId, 'Anna');
    });
    let borisAgain: Uint8Array;
    [boris, borisAgain] = await on(
      boris,
      async () => {
        await importAll(fromAnna, keepMine);
        return exportTour(tourId, 'Boris');
      },
      borisSkew,
    );
    // Each kept a different text: the next exchange must ask again, not decide by the clock.
    const [, onAnna] = await on(anna, async () => {
      const plan = await planExchangeImport(borisAgain);
      return { conflicts: plan.conflicts.map((c) => c.id), title: await titleOf(ids[0]!) };
    });
    const [, onBoris] = await on(boris, async () => {
      const plan = await planExchangeImport(annaAgain);
      return { conflicts: plan.conflicts.map((c) => c.id), title: await titleOf(ids[0]!) };
    });
    expect(onAnna).toEqual({ conflicts: [ids[0]], title: 'Anna wrote' });
    expect(onBoris).toEqual({ conflicts: [ids[0]], title: 'Boris wrote' });
  });

  it('a choice made once wins everywhere: "mine" here, "theirs" there, then no second conflict', async () => {
    let fromAnna: Uint8Array;
    let fromBoris: Uint8Array;
    [anna, fromAnna] = await on(anna, async () => {
      await retitle(ids[0]!, 'Anna wrote');
      return exportTour(tourId, 'Anna');
    });
    [boris, fromBoris] = await on(boris, async () => {
      await retitle(ids[0]!, 'Boris wrote');
      return exportTour(tourId, 'Boris');
    });
    let annaAgain: Uint8Array;
    [anna, annaAgain] = await on(anna, async () => {
      await importAll(fromBoris, () => new Map([[ids[0]!, 'mine']]));
      return exportTour(tourId, 'Anna');
    });
    let borisAgain: Uint8Array;
    [boris, borisAgain] = await on(boris, async () => {
      await importAll(fromAnna, () => new Map([[ids[0]!, 'theirs']]));
      return exportTour(tourId, 'Boris');
    });
    const [, onAnna] = await on(anna, async () => ({
      ...(await importAll(borisAgain)),
      title: await titleOf(ids[0]!),
    }));
    const [, onBoris] = await on(boris, async () => ({
      ...(await importAll(annaAgain)),
      title: await titleOf(ids[0]!),
    }));
    expect(onAnna.plan.conflicts).toEqual([]);
    expect(onBoris.plan.conflicts).toEqual([]);
    expect(onAnna.title).toBe('Anna wrote');
    expect(onBoris.title).toBe('Anna wrote');
  });

  it('restoring an old backup and then exchanging never replaces a colleague’s newer edit', async () => {
    let backup: Uint8Array;
    [anna, backup] = await on(anna, async () => (await makeBackup({ tourId }, '0.1.0')).bytes);
    let fromBoris: Uint8Array;
    [boris, fromBoris] = await on(boris, async () => {
      await retitle(ids[0]!, 'Boris, newer');
      return exportTour(tourId, 'Boris');
    });
    let fromAnna: Uint8Array;
    [anna, fromAnna] = await on(anna, async () => {
      await importAll(fromBoris);
      await restoreBackup(await readBackupFile(backup));
      return exportTour(tourId, 'Anna');
    });
    const [, result] = await on(boris, async () => ({
      ...(await importAll(fromAnna)),
      title: await titleOf(ids[0]!),
    }));
    expect(result.plan.conflicts).toEqual([]);
    expect(result.title).toBe('Boris, newer');
    // And Anna, meeting Boris's version again, recognises her restored one as older.
    const [, onAnna] = await on(anna, async () => ({
      ...(await importAll(fromBoris)),
      title: await titleOf(ids[0]!),
    }));
    expect(onAnna.plan.conflicts).toEqual([]);
    expect(onAnna.title).toBe('Boris, newer');
  });

  it('a file claiming to have seen my changes cannot delete them unnamed', async () => {
    const changed = ids.slice(0, 16);
    [boris] = await on(boris, async () => {
      for (const id of changed) await retitle(id, `Boris kept ${id}`);
    });
    // Anna's laptop holds tombstones of the 16 findings Boris changed, with histories claiming
    // to descend from his versions (a broken or hostile laptop); her file is otherwise genuine.
    const borisFindings = new Map(
      (boris.findings as { id: string }[]).map((record) => [record.id, record as Record<string, unknown>]),
    );
    const annaDevice = (anna.settings as { key: string; value: string }[]).find(
      (s) => s.key === 'deviceId',
    )!.value;
    anna = {
      ...anna,
      findings: (anna.findings as Record<string, unknown>[]).map((record) => {
        const theirs = borisFindings.get(record.id as string);
        if (!changed.includes(record.id as string) || !theirs) return record;
        const vv = { ...((theirs.vv as Record<string, number> | undefined) ?? {}) };
        vv[annaDevice] = (vv[annaDevice] ?? 0) + 5;
        return { ...theirs, vv, deviceId: annaDevice, deletedAt: '2026-11-30T10:00:00.000Z' };
      }),
    };
    let crafted: Uint8Array;
    [anna, crafted] = await on(anna, async () => exportTour(tourId, 'Anna'));
    await on(boris, async () => {
      const plan = await planExchangeImport(crafted);
      const named = plan.overwrites.filter((item) => item.change === 'deleted').map((item) => item.id);
      expect(named.sort()).toEqual([...changed].sort());
      expect(plan.overwrites.every((item) => item.local.deletedAt === null)).toBe(true);
    });
  });

  it('a changed exchange file is refused: the signature no longer matches, nothing is written', async () => {
    let bytes: Uint8Array;
    [anna, bytes] = await on(anna, async () => exportTour(tourId, 'Anna'));
    const changed = tamper(bytes, (files) => {
      const list = readJson(files, 'records/findings.json') as Record<string, unknown>[];
      writeJson(
        files,
        'records/findings.json',
        list.map((record) => ({ ...record, deletedAt: '2026-11-30T10:00:00.000Z' })),
      );
    });
    await on(boris, async () => {
      const before = await dumpDb();
      await expect(planExchangeImport(changed)).rejects.toMatchObject({ code: 'bad-signature' });
      expect(await dumpDb()).toEqual(before);
    });
  });

  it('a crafted revision number is refused and can never make a record uneditable', async () => {
    const craft = (dump: Dump, stamps: (record: Record<string, unknown>) => Record<string, unknown>) => ({
      ...dump,
      findings: (dump.findings as Record<string, unknown>[]).map((record) =>
        record.id === ids[0] ? { ...record, ...stamps(record) } : record,
      ),
    });
    // A laptop whose database holds a crafted number signs its file as genuinely as any other.
    const [, huge] = await on(
      craft(anna, () => ({ revision: Number.MAX_SAFE_INTEGER })),
      async () => exportTour(tourId, 'Anna'),
    );
    await on(boris, async () => {
      const before = await dumpDb();
      await expect(planExchangeImport(huge)).rejects.toMatchObject({ code: 'invalid-record' });
      expect(await dumpDb()).toEqual(before);
    });
    // At the schema's bound a record still takes edits, and the backups made afterwards restore.
    const [, atBound] = await on(
      craft(anna, (record) => ({
        revision: 2 ** 31,
        title: { en: 'At the bound' },
        vv: Object.fromEntries(Object.keys(record.vv as Record<string, number>).map((k) => [k, 2 ** 31])),
      })),
      async () => exportTour(tourId, 'Anna'),
    );
    await on(boris, async () => {
      await importAll(atBound, (plan) => new Map(plan.conflicts.map((c) => [c.id, 'theirs' as const])));
      expect(await titleOf(ids[0]!)).toBe('At the bound');
      await retitle(ids[0]!, 'Boris edits it');
      expect(await titleOf(ids[0]!)).toBe('Boris edits it');
      const backup = await makeBackup({ tourId }, '0.1.0');
      await expect(readBackupFile(backup.bytes)).resolves.toBeDefined();
    });
  });

  it('a form saved on a version that changed meanwhile raises a conflict and overwrites nothing', async () => {
    await on(anna, async () => {
      const opened = await findings.get(ids[0]!);
      // Meanwhile another tab (or an exchange import) saves the same finding.
      await retitle(ids[0]!, 'Saved in the other tab');
      const stale = findings.save(
        { ...opened!, title: { ...opened!.title, en: 'Stale form' } },
        { basedOn: opened! },
      );
      await expect(stale).rejects.toBeInstanceOf(SaveConflictError);
      await stale.catch((conflict: SaveConflictError<Finding>) => {
        expect(conflict.stored.title.en).toBe('Saved in the other tab');
      });
      expect(await titleOf(ids[0]!)).toBe('Saved in the other tab');
      // Saved on the version it was opened on, it goes through.
      const fresh = await findings.get(ids[0]!);
      await findings.save({ ...fresh!, title: { ...fresh!.title, en: 'Chosen' } }, { basedOn: fresh! });
      expect(await titleOf(ids[0]!)).toBe('Chosen');
    });
  });

  it('the same finding created on two laptops is pointed out after the import', async () => {
    const create = async (text: string) => {
      const [template] = await listByTour(db.findings, tourId);
      const { id: _id, ...rest } = template!;
      await findings.save({
        ...rest,
        title: { ru: 'Приём граждан в участковом пункте' },
        text: { ru: text },
      });
    };
    let fromBoris: Uint8Array;
    [boris, fromBoris] = await on(boris, async () => {
      await create('Записано Борисом');
      return exportTour(tourId, 'Boris');
    });
    await on(anna, async () => {
      await create('Записано Анной');
      const { plan } = await importAll(fromBoris);
      expect(plan.duplicates).toHaveLength(1);
      expect(plan.duplicates[0]!.kind).toBe('findings');
    });
  });
});

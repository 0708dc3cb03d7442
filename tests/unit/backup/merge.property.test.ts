import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareHistories,
  descend,
  historyKey,
  historyOf,
  planMerge,
  resolveMerge,
  restoreVersion,
  type Resolution,
  type VersionVector,
  type Versioned,
} from '../../../renderer/domain/merge';

/**
 * Several laptops running the app's merge rules (domain/merge: the same functions the exchange
 * import and the restore call) on records reduced to a text, with random edits, deletions,
 * exchanges in any order (old files replayed, files delivered twice), conflict choices, backups
 * and restores of old backups. Then everyone exchanges with everyone, and the invariants of
 * issue 18 are checked.
 */

interface Note extends Versioned {
  text: string;
}

type Store = Map<string, Note>;

interface Laptop {
  device: string;
  store: Store;
  backups: Store[];
  /** Conflicts shown here, per record: the incoming versions asked about (cleared by a restore). */
  asked: Map<string, Set<string>>;
}

type Op =
  | { type: 'create'; laptop: number }
  | { type: 'edit'; laptop: number; pick: number; text: string }
  | { type: 'delete'; laptop: number; pick: number }
  | { type: 'export'; laptop: number }
  | { type: 'deliver'; file: number; to: number; choice: number }
  | { type: 'backup'; laptop: number }
  | { type: 'restore'; laptop: number; pick: number };

const CHOICES: readonly Resolution[] = ['mine', 'theirs', 'both'];

class World {
  readonly laptops: Laptop[];
  readonly files: { from: number; notes: Note[] }[] = [];
  /** Versions that left their laptop, or that a laptop still holds: none may be lost. */
  readonly delivered = new Map<string, VersionVector[]>();
  /** Every version a user wrote: edits, deletions, conflict choices, restores. None may be lost. */
  readonly written = new Map<string, VersionVector[]>();
  /** The deletions users made: no record may come back over one of them unseen. */
  readonly deletions = new Map<string, VersionVector[]>();
  readonly allIds = new Set<string>();
  private clock = 0;
  private serial = 0;
  conflicts = 0;

  constructor(count: number) {
    this.laptops = Array.from({ length: count }, (_, i) => ({
      device: `device-${i}`,
      store: new Map(),
      backups: [],
      asked: new Map(),
    }));
  }

  private now(): string {
    // Clocks deliberately mean nothing: they run backwards and collide.
    this.clock = (this.clock * 7 + 3) % 11;
    return `2026-11-2${this.clock % 10}T10:00:00.000Z`;
  }

  private wrote(note: Note): void {
    this.written.set(note.id, [...(this.written.get(note.id) ?? []), historyOf(note)]);
    if (note.deletedAt !== null)
      this.deletions.set(note.id, [...(this.deletions.get(note.id) ?? []), historyOf(note)]);
  }

  private live(laptop: Laptop, pick: number): Note | undefined {
    const list = [...laptop.store.values()].filter((note) => note.deletedAt === null);
    return list.length === 0 ? undefined : list[pick % list.length];
  }

  apply(op: Op): void {
    switch (op.type) {
      case 'create': {
        const laptop = this.laptops[op.laptop % this.laptops.length]!;
        const id = `note-${this.serial++}`;
        const now = this.now();
        const note: Note = {
          id,
          text: `${laptop.device} wrote ${id}`,
          revision: 1,
          updatedAt: now,
          deviceId: laptop.device,
          deletedAt: null,
          vv: { [laptop.device]: 1 },
        };
        laptop.store.set(id, note);
        this.wrote(note);
        this.allIds.add(id);
        break;
      }
      case 'edit':
      case 'delete': {
        const laptop = this.laptops[op.laptop % this.laptops.length]!;
        const note = this.live(laptop, op.pick);
        if (!note) break;
        const now = this.now();
        const content =
          op.type === 'edit'
            ? { ...note, text: `${laptop.device}: ${op.text}` }
            : { ...note, deletedAt: now };
        const version = descend(content, [note], laptop.device, now);
        laptop.store.set(note.id, version);
        this.wrote(version);
        break;
      }
      case 'export': {
        const from = op.laptop % this.laptops.length;
        this.files.push({ from, notes: [...this.laptops[from]!.store.values()] });
        break;
      }
      case 'deliver': {
        if (this.files.length === 0) break;
        const file = this.files[op.file % this.files.length]!;
        const to = op.to % this.laptops.length;
        if (to === file.from) break;
        this.importInto(this.laptops[to]!, file.notes, () => CHOICES[op.choice % 3]!);
        break;
      }
      case 'backup': {
        const laptop = this.laptops[op.laptop % this.laptops.length]!;
        laptop.backups.push(new Map(laptop.store));
        break;
      }
      case 'restore': {
        const laptop = this.laptops[op.laptop % this.laptops.length]!;
        if (laptop.backups.length === 0) break;
        const backup = laptop.backups[op.pick % laptop.backups.length]!;
        const now = this.now();
        for (const note of backup.values()) {
          const put = restoreVersion(laptop.store.get(note.id), note, laptop.device, now);
          if (!put) continue;
          laptop.store.set(note.id, put);
          if (put !== note) this.wrote(put);
          laptop.asked.delete(note.id);
        }
        break;
      }
    }
  }

  /** Imports a file as the app does: plan, choose for every conflict, write. Returns the writes. */
  importInto(laptop: Laptop, incoming: readonly Note[], choose: (local: Note, incoming: Note) => Resolution) {
    for (const note of incoming) {
      const key = historyKey(historyOf(note));
      const known = this.delivered.get(note.id) ?? [];
      if (!known.some((vv) => historyKey(vv) === key))
        this.delivered.set(note.id, [...known, historyOf(note)]);
    }
    const decisions = planMerge([...laptop.store.values()], incoming);
    // Every concurrent edit that says something else is surfaced: never decided silently.
    for (const note of incoming) {
      const local = laptop.store.get(note.id);
      if (!local) continue;
      const differs = local.text !== note.text || (local.deletedAt === null) !== (note.deletedAt === null);
      if (differs && compareHistories(historyOf(local), historyOf(note)) === 'concurrent')
        expect(decisions.find((decision) => decision.id === note.id)?.action).toBe('conflict');
    }
    const resolutions = new Map<string, Resolution>();
    for (const decision of decisions) {
      if (decision.action !== 'conflict') continue;
      this.conflicts += 1;
      const { local, incoming: theirs } = decision;
      // Only truly concurrent versions are conflicts (or one history with two contents).
      const ancestry = compareHistories(historyOf(local), historyOf(theirs));
      expect(['concurrent', 'same']).toContain(ancestry);
      // Asked once: a version already decided about here is never asked about again.
      const asked = laptop.asked.get(decision.id) ?? new Set<string>();
      const theirKey = historyKey(historyOf(theirs));
      expect(asked.has(theirKey), `${laptop.device} asked twice about ${decision.id}`).toBe(false);
      asked.add(theirKey);
      laptop.asked.set(decision.id, asked);
      resolutions.set(decision.id, choose(local, theirs));
    }
    const now = this.now();
    const { writes } = resolveMerge(decisions, resolutions, {
      device: laptop.device,
      now,
      copyAsNew: (note) => {
        const id = `copy-${this.serial++}`;
        this.allIds.add(id);
        return {
          ...note,
          id,
          revision: 1,
          updatedAt: now,
          deviceId: laptop.device,
          deletedAt: null,
          vv: { [laptop.device]: 1 },
        };
      },
    });
    for (const note of writes) {
      laptop.store.set(note.id, note);
      // A choice made here (a version of this laptop) is a version a user chose.
      if (
        note.deviceId === laptop.device &&
        decisions.some((d) => d.action === 'conflict' && d.id === note.id)
      )
        this.wrote(note);
    }
    return writes.length;
  }

  /** Every laptop exchanges with every other, in `order`, until nothing changes any more. */
  exchangeAll(order: readonly [number, number][]): void {
    // A choice that every laptop makes alike, so that resolutions made on two laptops at once agree.
    const agree = (local: Note, incoming: Note): Resolution =>
      local.text >= incoming.text ? 'mine' : 'theirs';
    for (let round = 0; round < 8; round++) {
      let writes = 0;
      for (const [from, to] of order) {
        if (from === to) continue;
        writes += this.importInto(this.laptops[to]!, [...this.laptops[from]!.store.values()], agree);
      }
      if (writes === 0) return;
    }
    throw new Error('exchanges did not settle');
  }
}

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ type: fc.constant('create' as const), laptop: fc.nat(9) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('edit' as const),
      laptop: fc.nat(9),
      pick: fc.nat(50),
      text: fc.constantFrom('a', 'b', 'c', 'draft', 'final'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('delete' as const), laptop: fc.nat(9), pick: fc.nat(50) }),
  },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('export' as const), laptop: fc.nat(9) }) },
  {
    weight: 5,
    arbitrary: fc.record({
      type: fc.constant('deliver' as const),
      file: fc.nat(100),
      to: fc.nat(9),
      choice: fc.nat(2),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('backup' as const), laptop: fc.nat(9) }) },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('restore' as const), laptop: fc.nat(9), pick: fc.nat(9) }),
  },
);

const scenarioArb = fc.integer({ min: 3, max: 5 }).chain((count) =>
  fc.record({
    count: fc.constant(count),
    ops: fc.array(opArb, { minLength: 5, maxLength: 60 }),
    order: fc.shuffledSubarray(
      Array.from({ length: count * count }, (_, k): [number, number] => [Math.floor(k / count), k % count]),
      { minLength: count * count },
    ),
  }),
);

const sorted = (store: Store) => [...store.values()].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('merge rules on 3–5 laptops', () => {
  it('after everyone exchanged with everyone: the same data everywhere, nothing lost, nothing resurrected', () => {
    fc.assert(
      fc.property(scenarioArb, ({ count, ops, order }) => {
        const world = new World(count);
        for (const op of ops) world.apply(op);
        // What each laptop holds now must survive too.
        for (const laptop of world.laptops)
          for (const note of laptop.store.values()) {
            const known = world.delivered.get(note.id) ?? [];
            world.delivered.set(note.id, [...known, historyOf(note)]);
          }
        world.exchangeAll(order);
        // Everyone in step: exchanging again changes nothing and asks nothing.
        const conflicts = world.conflicts;
        world.exchangeAll(order);
        expect(world.conflicts).toBe(conflicts);

        const [first, ...others] = world.laptops;
        for (const laptop of others) expect(sorted(laptop.store)).toEqual(sorted(first!.store));
        // No record disappears (deletions stay as tombstones, copies of "both" are kept).
        for (const id of world.allIds) expect(first!.store.has(id), id).toBe(true);
        // Every version that left a laptop or was still held, chosen or never superseded, is in
        // the history of the final version: it won, or someone saw it and chose or wrote after it.
        // A deletion that saw a version is such a version: the old one cannot come back over it.
        for (const [id, versions] of world.delivered) {
          const final = historyOf(first!.store.get(id)!);
          for (const version of versions)
            expect(['same', 'newer']).toContain(compareHistories(final, version));
        }
        // Every version a user wrote or chose, superseded or not, is seen by the final one.
        for (const [id, versions] of world.written) {
          const final = historyOf(first!.store.get(id)!);
          for (const version of versions)
            expect(['same', 'newer']).toContain(compareHistories(final, version));
        }
        // No resurrection: a record alive after a deletion was brought back by someone who saw
        // the deletion (a choice or a restore), never by an older version arriving.
        for (const [id, tombstones] of world.deletions) {
          const final = first!.store.get(id)!;
          for (const tombstone of tombstones) {
            const ancestry = compareHistories(historyOf(final), tombstone);
            expect(final.deletedAt === null ? ['newer'] : ['same', 'newer']).toContain(ancestry);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('replaying any old file, or delivering one twice, changes nothing after everyone is in step', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(100), fc.nat(9), ({ count, ops, order }, fileIndex, to) => {
        const world = new World(count);
        for (const op of ops) world.apply(op);
        world.exchangeAll(order);
        if (world.files.length === 0) return;
        const file = world.files[fileIndex % world.files.length]!;
        const laptop = world.laptops[to % count]!;
        const before = sorted(laptop.store);
        const conflictsBefore = world.conflicts;
        expect(world.importInto(laptop, file.notes, () => 'theirs')).toBe(0);
        expect(world.importInto(laptop, file.notes, () => 'theirs')).toBe(0);
        expect(world.conflicts).toBe(conflictsBefore);
        expect(sorted(laptop.store)).toEqual(before);
      }),
      { numRuns: 400 },
    );
  });

  it('a deletion that saw a version is never undone by that version arriving later', () => {
    const base: Note = {
      id: 'x',
      text: 'base',
      revision: 1,
      updatedAt: '2026-11-20T10:00:00.000Z',
      deviceId: 'A',
      deletedAt: null,
      vv: { A: 1 },
    };
    const deleted = descend(
      { ...base, deletedAt: '2020-01-01T00:00:00.000Z' },
      [base],
      'B',
      '2020-01-01T00:00:00.000Z',
    );
    const [decision] = planMerge([deleted], [base]);
    expect(decision?.action).toBe('unchanged');
  });

  it('equal contents written on two laptops at once are no conflict, and end the same on both', () => {
    const base: Note = {
      id: 'x',
      text: 'base',
      revision: 1,
      updatedAt: '2026-11-20T10:00:00.000Z',
      deviceId: 'A',
      deletedAt: null,
      vv: { A: 1 },
    };
    const onA = descend({ ...base, text: 'same' }, [base], 'A', '2026-11-21T10:00:00.000Z');
    const onB = descend({ ...base, text: 'same' }, [base], 'B', '2026-11-22T10:00:00.000Z');
    const [aTakes] = planMerge([onA], [onB]);
    const [bTakes] = planMerge([onB], [onA]);
    expect(aTakes?.action).toBe('update');
    expect(bTakes?.action).toBe('update');
    expect(aTakes?.incoming).toEqual(bTakes?.incoming);
  });

  it('reads a record of before histories as its writer’s n-th version', () => {
    const legacy: Note = { id: 'x', text: 'old', revision: 3, updatedAt: '', deviceId: 'A', deletedAt: null };
    expect(historyOf(legacy)).toEqual({ A: 3 });
    const edited = descend(legacy, [legacy], 'B', '2026-11-22T10:00:00.000Z');
    expect(edited.vv).toEqual({ A: 3, B: 1 });
    expect(edited.revision).toBe(4);
    expect(planMerge([edited], [legacy])[0]?.action).toBe('unchanged');
  });
});

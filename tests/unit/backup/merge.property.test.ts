import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  planMerge,
  resolveMerge,
  versionStamp,
  type Resolution,
  type Versioned,
} from '../../../renderer/domain/merge';

interface Note extends Versioned {
  text: string;
}

type Laptop = Map<string, Note>;

/** Merges `incoming` into `local` as the app does: plan, resolve every conflict with `choose`, write. */
function mergeInto(
  local: Laptop,
  incoming: readonly Note[],
  known: Map<string, Set<string>>,
  choose: (id: string) => Resolution = () => 'theirs',
) {
  const decisions = planMerge([...local.values()], incoming, { known: (id) => known.get(id) });
  const conflicts = decisions.filter((d) => d.action === 'conflict');
  const resolutions = new Map(conflicts.map((d) => [d.id, choose(d.id)]));
  let copies = 0;
  const { writes, summary } = resolveMerge(decisions, resolutions, (note) => ({
    ...note,
    id: `${note.id}-copy-${copies++}`,
    revision: 1,
  }));
  const result = new Map(local);
  for (const note of writes) result.set(note.id, note);
  return { result, conflicts: conflicts.length, writes: writes.length, summary };
}

const remember = (known: Map<string, Set<string>>, notes: readonly Note[]) => {
  const next = new Map([...known].map(([id, set]) => [id, new Set(set)]));
  for (const note of notes) next.set(note.id, new Set([...(next.get(note.id) ?? []), versionStamp(note)]));
  return next;
};

const edit = (note: Note, device: string, text: string, remove: boolean): Note => ({
  ...note,
  revision: note.revision + 1,
  updatedAt: `2026-11-2${device === 'A' ? 6 : 7}T10:00:00.000Z`,
  deviceId: device,
  text,
  deletedAt: remove ? '2026-11-28T10:00:00.000Z' : note.deletedAt,
});

const baseNotes = fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { maxLength: 25 }).map((ids) =>
  ids.map((n): Note => ({
    id: `n${n}`,
    revision: 1 + (n % 3),
    updatedAt: '2026-11-20T10:00:00.000Z',
    deviceId: 'origin',
    deletedAt: null,
    text: `base ${n}`,
  })),
);

/** Two laptops that shared `base` at their last exchange and have each changed things since. */
const twoLaptops = (overlap: boolean) =>
  baseNotes.chain((base) =>
    fc
      .record({
        // For each base record: 0 untouched, 1 edited on A, 2 edited on B, 3 edited on both (if overlap).
        who: fc.array(fc.integer({ min: 0, max: overlap ? 3 : 2 }), {
          minLength: base.length,
          maxLength: base.length,
        }),
        removes: fc.array(fc.boolean(), { minLength: base.length, maxLength: base.length }),
        texts: fc.array(fc.string({ maxLength: 8 }), { minLength: base.length, maxLength: base.length }),
        newOnA: fc.nat({ max: 4 }),
        newOnB: fc.nat({ max: 4 }),
      })
      .map(({ who, removes, texts, newOnA, newOnB }) => {
        const a: Laptop = new Map();
        const b: Laptop = new Map();
        base.forEach((note, i) => {
          const w = who[i]!;
          a.set(note.id, w === 1 || w === 3 ? edit(note, 'A', `A:${texts[i]}`, removes[i]!) : note);
          b.set(note.id, w === 2 || w === 3 ? edit(note, 'B', `B:${texts[i]}`, !removes[i]!) : note);
        });
        const fresh = (device: string, i: number): Note => ({
          id: `${device}-new-${i}`,
          revision: 1,
          updatedAt: '2026-11-25T09:00:00.000Z',
          deviceId: device,
          deletedAt: null,
          text: `new on ${device}`,
        });
        for (let i = 0; i < newOnA; i++) a.set(`A-new-${i}`, fresh('A', i));
        for (let i = 0; i < newOnB; i++) b.set(`B-new-${i}`, fresh('B', i));
        const known = remember(new Map(), base);
        return { a, b, known };
      }),
  );

const asSorted = (laptop: Laptop) => [...laptop.values()].sort((x, y) => (x.id < y.id ? -1 : 1));

describe('merge rules', () => {
  it('are idempotent: importing the same bundle twice changes nothing the second time', () => {
    fc.assert(
      fc.property(
        twoLaptops(true),
        fc.constantFrom<Resolution>('mine', 'theirs', 'both'),
        (laptops, choice) => {
          const incoming = [...laptops.b.values()];
          const once = mergeInto(laptops.a, incoming, laptops.known, () => choice);
          const knownAfter = remember(laptops.known, incoming);
          const twice = mergeInto(once.result, incoming, knownAfter, () => choice);
          expect(twice.conflicts).toBe(0);
          expect(twice.writes).toBe(0);
          expect(asSorted(twice.result)).toEqual(asSorted(once.result));
        },
      ),
    );
  });

  it('give the same records merging A into B and B into A when there are no conflicts', () => {
    fc.assert(
      fc.property(twoLaptops(false), ({ a, b, known }) => {
        const bIntoA = mergeInto(a, [...b.values()], known);
        const aIntoB = mergeInto(b, [...a.values()], known);
        expect(bIntoA.conflicts).toBe(0);
        expect(aIntoB.conflicts).toBe(0);
        expect(asSorted(bIntoA.result)).toEqual(asSorted(aIntoB.result));
      }),
    );
  });

  it('never lose a record, whatever the user chooses', () => {
    fc.assert(
      fc.property(
        twoLaptops(true),
        fc.func(fc.constantFrom<Resolution>('mine', 'theirs', 'both')),
        ({ a, b, known }, choose) => {
          const { result } = mergeInto(a, [...b.values()], known, choose);
          for (const id of [...a.keys(), ...b.keys()]) expect(result.has(id), id).toBe(true);
        },
      ),
    );
  });

  it('take the only change, and ask when both sides changed', () => {
    const base: Note = {
      id: 'x',
      revision: 2,
      updatedAt: '2026-11-20T10:00:00.000Z',
      deviceId: 'origin',
      deletedAt: null,
      text: 'base',
    };
    const known = remember(new Map(), [base]);
    const onA = edit(base, 'A', 'A wrote', false);
    const onB = edit(base, 'B', 'B wrote', false);
    expect(planMerge([base], [onB], { known: (id) => known.get(id) })[0]?.action).toBe('update');
    expect(planMerge([onA], [base], { known: (id) => known.get(id) })[0]?.action).toBe('unchanged');
    expect(planMerge([onA], [onB], { known: (id) => known.get(id) })[0]?.action).toBe('conflict');
    // Equal contents written on both sides are not a conflict.
    const sameOnB = { ...onB, text: 'A wrote' };
    expect(planMerge([onA], [sameOnB], { known: (id) => known.get(id) })[0]?.action).not.toBe('conflict');
  });

  it('let deletions travel as tombstones and count them', () => {
    const base: Note = {
      id: 'x',
      revision: 1,
      updatedAt: '2026-11-20T10:00:00.000Z',
      deviceId: 'origin',
      deletedAt: null,
      text: 'base',
    };
    const known = remember(new Map(), [base]);
    const removed = edit(base, 'B', 'base', true);
    const { result, summary } = mergeInto(new Map([['x', base]]), [removed], known);
    expect(result.get('x')?.deletedAt).not.toBeNull();
    expect(summary).toEqual({ added: 0, updated: 0, deleted: 1, conflictsResolved: 0 });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  moveBy,
  moveTo,
  nextOrder,
  numberByOrder,
  ordersFor,
  sortByOrder,
} from '../../../renderer/domain/findings';

const items = [
  { id: 'c', order: 2 },
  { id: 'a', order: 0 },
  { id: 'b', order: 1 },
];

/** Applies order changes the way the database does, for checking the result. */
function apply<T extends { id: string; order: number }>(
  list: T[],
  changes: { id: string; order: number }[],
): T[] {
  const byId = new Map(changes.map((change) => [change.id, change.order]));
  return list.map((item) => ({ ...item, order: byId.get(item.id) ?? item.order }));
}

describe('recommendation numbering', () => {
  it('numbers 1..n in the user order, whatever the stored order values', () => {
    const gappy = [
      { id: 'x', order: 10 },
      { id: 'y', order: 3 },
      { id: 'z', order: 7 },
    ];
    expect(Object.fromEntries(numberByOrder(gappy))).toEqual({ y: 1, z: 2, x: 3 });
  });

  it('breaks ties by id so two laptops agree after a merge', () => {
    const tied = [
      { id: 'b', order: 0 },
      { id: 'a', order: 0 },
    ];
    expect(sortByOrder(tied).map((item) => item.id)).toEqual(['a', 'b']);
  });

  it('appends after the last one', () => {
    expect(nextOrder(items)).toBe(3);
    expect(nextOrder([])).toBe(0);
  });
});

describe('re-ordering', () => {
  it('moves an item to a position and changes only the orders that must change', () => {
    const ids = moveTo(items, 'c', 0);
    expect(ids).toEqual(['c', 'a', 'b']);
    const changes = ordersFor(items, ids);
    expect(changes).toEqual([
      { id: 'c', order: 0 },
      { id: 'a', order: 1 },
      { id: 'b', order: 2 },
    ]);
    expect(ordersFor(items, ['a', 'b', 'c'])).toEqual([]);
  });

  it('moves up and down by one, and stays put at the ends', () => {
    expect(moveBy(items, 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveBy(items, 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(moveBy(items, 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveBy(items, 'c', 1)).toEqual(['a', 'b', 'c']);
  });

  it('keeps items missing from the requested sequence after the given ones, and ignores unknown ids', () => {
    expect(ordersFor(items, ['b', 'ghost'])).toEqual([
      { id: 'b', order: 0 },
      { id: 'a', order: 1 },
    ]);
  });

  it('any move gives a permutation numbered 1..n with the item at its target', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.integer({ min: -2, max: 14 }),
        (ids, pick, target) => {
          const list = ids.map((id, index) => ({ id, order: index * 3 }));
          const moved = list[pick % list.length]!;
          const sequence = moveTo(list, moved.id, target);
          const after = sortByOrder(apply(list, ordersFor(list, sequence)));
          expect(after.map((item) => item.id)).toEqual(sequence);
          expect([...sequence].sort()).toEqual([...ids].sort());
          expect(sequence.indexOf(moved.id)).toBe(Math.max(0, Math.min(ids.length - 1, target)));
          expect([...numberByOrder(after).values()]).toEqual(ids.map((_, index) => index + 1));
        },
      ),
    );
  });
});

/** Anything the user puts in order by hand: key points, recommendations, photos. */
export interface Ordered {
  id: string;
  order: number;
}

/** Items in the user's order; ties (e.g. after a merge of two laptops) broken by id so every device agrees. */
export function sortByOrder<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The number shown to the user (1, 2, 3 …) for each id: the position in the user's order, without gaps. */
export function numberByOrder<T extends Ordered>(items: readonly T[]): Map<string, number> {
  return new Map(sortByOrder(items).map((item, index) => [item.id, index + 1]));
}

/** The order value for an item appended at the end. */
export function nextOrder(items: readonly Ordered[]): number {
  return items.reduce((max, item) => Math.max(max, item.order + 1), 0);
}

export interface OrderChange {
  id: string;
  order: number;
}

/**
 * Orders 0..n-1 following `orderedIds`; only the items whose order actually changes are
 * returned, so a move touches (and re-stamps) as few records as possible.
 * Ids not in `items` are ignored; items missing from `orderedIds` keep their relative order after the given ones.
 */
export function ordersFor<T extends Ordered>(
  items: readonly T[],
  orderedIds: readonly string[],
): OrderChange[] {
  const known = new Map(items.map((item) => [item.id, item]));
  const seen = new Set<string>();
  const sequence: T[] = [];
  for (const id of orderedIds) {
    const item = known.get(id);
    if (item && !seen.has(id)) {
      seen.add(id);
      sequence.push(item);
    }
  }
  for (const item of sortByOrder(items)) if (!seen.has(item.id)) sequence.push(item);
  return sequence.flatMap((item, order) => (item.order === order ? [] : [{ id: item.id, order }]));
}

/** Moves one item to a new position (0-based, clamped) and returns the resulting id sequence. */
export function moveTo<T extends Ordered>(items: readonly T[], id: string, toIndex: number): string[] {
  const ids = sortByOrder(items).map((item) => item.id);
  const from = ids.indexOf(id);
  if (from === -1) return ids;
  ids.splice(from, 1);
  const target = Math.max(0, Math.min(ids.length, Math.trunc(toIndex)));
  ids.splice(target, 0, id);
  return ids;
}

/** Moves one item up (-1) or down (+1) by one place: what the arrow buttons do. */
export function moveBy<T extends Ordered>(items: readonly T[], id: string, delta: -1 | 1): string[] {
  const index = sortByOrder(items).findIndex((item) => item.id === id);
  return index === -1 ? sortByOrder(items).map((item) => item.id) : moveTo(items, id, index + delta);
}

import { FINDING_KINDS, type Finding } from '../entities';
import { sortByOrder } from './ordering';

export type FindingKind = (typeof FINDING_KINDS)[number];
export type KindCounts = Record<FindingKind, number>;

export function countByKind(findings: readonly Pick<Finding, 'kind'>[]): KindCounts {
  const counts = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as KindCounts;
  for (const finding of findings) counts[finding.kind] += 1;
  return counts;
}

export interface FindingGroup<K> {
  /** The key point, visit or author; null for findings without one. */
  key: K | null;
  findings: Finding[];
  counts: KindCounts;
}

/** Findings by date (undated last), then in the order they were written. */
function byDate(a: Finding, b: Finding): number {
  if (a.date === b.date) return a.createdAt < b.createdAt ? -1 : 1;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? -1 : 1;
}

function group<K extends { id: string }>(
  keys: readonly K[],
  findings: readonly Finding[],
  keyOf: (finding: Finding) => string | null,
  keepEmpty: boolean,
): FindingGroup<K>[] {
  const buckets = new Map<string | null, Finding[]>();
  for (const finding of findings) {
    const id = keyOf(finding);
    const known = id !== null && keys.some((key) => key.id === id);
    const bucket = known ? id : null;
    buckets.set(bucket, [...(buckets.get(bucket) ?? []), finding]);
  }
  const groups: FindingGroup<K>[] = keys
    .map((key) => ({ key, findings: (buckets.get(key.id) ?? []).sort(byDate) }))
    .filter((entry) => keepEmpty || entry.findings.length > 0)
    .map((entry) => ({ ...entry, counts: countByKind(entry.findings) }));
  const rest = (buckets.get(null) ?? []).sort(byDate);
  if (rest.length > 0) groups.push({ key: null, findings: rest, counts: countByKind(rest) });
  return groups;
}

/** Every key point in the user's order, with its findings and counts by kind, empty ones included. */
export function groupByKeyPoint<K extends { id: string; order: number }>(
  keyPoints: readonly K[],
  findings: readonly Finding[],
): FindingGroup<K>[] {
  return group(sortByOrder(keyPoints), findings, (finding) => finding.themeId, true);
}

/** Visits in programme order (events passed already sorted by start), only those with findings. */
export function groupByVisit<K extends { id: string }>(
  events: readonly K[],
  findings: readonly Finding[],
): FindingGroup<K>[] {
  return group(events, findings, (finding) => finding.eventId, false);
}

/** Authors in the delegation's order, only those with findings. */
export function groupByAuthor<K extends { id: string; order: number }>(
  delegates: readonly K[],
  findings: readonly Finding[],
): FindingGroup<K>[] {
  return group(sortByOrder(delegates), findings, (finding) => finding.authorDelegateId, false);
}

export function notYetInReport<T extends Pick<Finding, 'includeInReport'>>(findings: readonly T[]): T[] {
  return findings.filter((finding) => !finding.includeInReport);
}

import type { Finding, Recommendation } from '../entities';
import { sortByOrder } from './ordering';

type Live = { deletedAt: string | null };
type KeyPointOf = Pick<Finding, 'id' | 'themeId'> & Live;

/**
 * The key point of each live finding, made once per list of findings: a report or a screen asks
 * for every recommendation's key points against the same list (200 recommendations × 2,000
 * findings made 400,000 map entries per export). Lists are never changed in place here (records
 * come from queries and are replaced, not mutated), so a list's map stays right.
 */
const keyPointMaps = new WeakMap<readonly KeyPointOf[], ReadonlyMap<string, string>>();

function keyPointByFinding(findings: readonly KeyPointOf[]): ReadonlyMap<string, string> {
  let byId = keyPointMaps.get(findings);
  if (!byId) {
    byId = new Map(findings.filter((f) => f.deletedAt === null).map((f) => [f.id, f.themeId]));
    keyPointMaps.set(findings, byId);
  }
  return byId;
}

/**
 * The key points of the live findings a recommendation is based on, once each, in the order the
 * findings are cited. What a new recommendation is proposed, and what a recommendation stored
 * before key points were chosen (no `themeIds`) belongs to.
 */
export function keyPointsOfFindings(
  findingIds: readonly string[],
  findings: readonly KeyPointOf[],
): string[] {
  const byId = keyPointByFinding(findings);
  const themeIds = findingIds.map((id) => byId.get(id)).filter((id): id is string => id !== undefined);
  return [...new Set(themeIds)];
}

/** The key points a recommendation belongs to: those chosen, or for an older record those of its findings. */
export function recommendationKeyPoints(
  recommendation: Pick<Recommendation, 'findingIds' | 'themeIds'>,
  findings: readonly KeyPointOf[],
): string[] {
  return recommendation.themeIds ?? keyPointsOfFindings(recommendation.findingIds, findings);
}

/**
 * The key points the form proposes when the findings picked change: those already chosen, plus
 * the key points of the findings just added. A key point the user took away stays away unless a
 * newly picked finding brings it; taking a finding away takes nothing away (the user decides).
 */
export function proposeKeyPoints(
  chosen: readonly string[],
  before: readonly string[],
  after: readonly string[],
  findings: readonly KeyPointOf[],
): string[] {
  const added = after.filter((id) => !before.includes(id));
  return [...new Set([...chosen, ...keyPointsOfFindings(added, findings)])];
}

/** Key point ids in the tour's order; ids of key points that are gone are dropped. */
export function inKeyPointOrder<K extends { id: string; order: number }>(
  themeIds: readonly string[],
  keyPoints: readonly K[],
): string[] {
  const wanted = new Set(themeIds);
  return sortByOrder(keyPoints)
    .filter((keyPoint) => wanted.has(keyPoint.id))
    .map((keyPoint) => keyPoint.id);
}

export interface RecommendationGroup<K, R> {
  /** The key point; null for recommendations tied to none (or only to key points that are gone). */
  key: K | null;
  /** In the tour's numbered order, each with its number in that order (1, 2, 3 …). */
  recommendations: { recommendation: R; number: number }[];
}

/**
 * Every live key point in the user's order with its recommendations (empty ones included, as on
 * the Findings screen), then those tied to no key point when there are any. A recommendation of
 * two key points appears under both, with the same number.
 */
export function groupRecommendationsByKeyPoint<
  K extends { id: string; order: number } & Live,
  R extends Pick<Recommendation, 'id' | 'order' | 'findingIds' | 'themeIds'> & Live,
>(keyPoints: readonly K[], recommendations: readonly R[], findings: readonly KeyPointOf[]) {
  const live = sortByOrder(keyPoints.filter((k) => k.deletedAt === null));
  const known = new Set(live.map((k) => k.id));
  const numbered = sortByOrder(recommendations.filter((r) => r.deletedAt === null)).map(
    (recommendation, index) => ({
      recommendation,
      number: index + 1,
      themeIds: recommendationKeyPoints(recommendation, findings).filter((id) => known.has(id)),
    }),
  );
  const strip = (entries: typeof numbered) =>
    entries.map(({ recommendation, number }) => ({ recommendation, number }));
  const groups: RecommendationGroup<K, R>[] = live.map((key) => ({
    key,
    recommendations: strip(numbered.filter((entry) => entry.themeIds.includes(key.id))),
  }));
  const rest = numbered.filter((entry) => entry.themeIds.length === 0);
  if (rest.length > 0) groups.push({ key: null, recommendations: strip(rest) });
  return groups;
}

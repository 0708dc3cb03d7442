import type { Finding, Recommendation, KeyPoint, TourEvent } from '../entities';
import { sortEvents } from '../programme';
import { countByKind, recommendationKeyPoints, sortByOrder, type KindCounts } from '../findings';

type Live = { deletedAt: string | null };
const isLive = (record: Live) => record.deletedAt === null;

/** Where one key point of the terms of reference stands. */
export interface KeyPointSummary {
  keyPoint: KeyPoint;
  /** Events of the programme that address the key point, in programme order. */
  visits: TourEvent[];
  findings: Finding[];
  findingsByKind: KindCounts;
  /** Recommendations that belong to this key point (chosen, or for older ones through their findings). */
  recommendations: Recommendation[];
  /** Nothing has been found on this key point yet. */
  noFindings: boolean;
  /** No recommendation follows from this key point's findings yet. */
  noRecommendations: boolean;
  /** Either of the two: the report would have a hole here. */
  hasGap: boolean;
}

export interface KeyPointSources {
  themes: readonly KeyPoint[];
  events: readonly TourEvent[];
  findings: readonly Finding[];
  recommendations: readonly Recommendation[];
}

/**
 * Every live key point in the user's order with what addresses it. A recommendation counts for each
 * key point it belongs to (`recommendationKeyPoints`: those chosen, or for a record from before they
 * were chosen those of its live findings), so one of two key points counts for both.
 */
export function keyPointSummaries(sources: KeyPointSources): KeyPointSummary[] {
  const events = sortEvents(sources.events.filter(isLive));
  const findings = sources.findings.filter(isLive);
  const recommendations = sortByOrder(sources.recommendations.filter(isLive));
  return sortByOrder(sources.themes.filter(isLive)).map((keyPoint) => {
    const own = findings.filter((finding) => finding.themeId === keyPoint.id);
    const recs = recommendations.filter((rec) =>
      recommendationKeyPoints(rec, findings).includes(keyPoint.id),
    );
    const noFindings = own.length === 0;
    const noRecommendations = recs.length === 0;
    return {
      keyPoint,
      visits: events.filter((event) => event.themeIds.includes(keyPoint.id)),
      findings: own,
      findingsByKind: countByKind(own),
      recommendations: recs,
      noFindings,
      noRecommendations,
      hasGap: noFindings || noRecommendations,
    };
  });
}

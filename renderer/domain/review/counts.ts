import { REVIEW_STATES, reviewStateOf, type ReviewState } from './reviewState';

export type ReviewCounts = Record<ReviewState, number>;

export const emptyCounts = (): ReviewCounts =>
  Object.fromEntries(REVIEW_STATES.map((state) => [state, 0])) as ReviewCounts;

interface FindingWithKeyPoint {
  id: string;
  themeId: string;
  status?: string | undefined;
  deletedAt: string | null;
}
interface BasedRecommendation {
  findingIds: readonly string[];
  status?: string | undefined;
  deletedAt: string | null;
  themeIds?: readonly string[] | undefined;
}

/**
 * Per key point, how many findings and recommendations are in each review state. A recommendation
 * counts under its own key points when it has them, else under those of the findings it is based on.
 */
export function reviewCountsByKeyPoint(
  findings: readonly FindingWithKeyPoint[],
  recommendations: readonly BasedRecommendation[],
): Map<string, { findings: ReviewCounts; recommendations: ReviewCounts }> {
  const result = new Map<string, { findings: ReviewCounts; recommendations: ReviewCounts }>();
  const of = (themeId: string) => {
    let counts = result.get(themeId);
    if (!counts) result.set(themeId, (counts = { findings: emptyCounts(), recommendations: emptyCounts() }));
    return counts;
  };
  const themeOf = new Map<string, string>();
  for (const finding of findings) {
    if (finding.deletedAt !== null) continue;
    themeOf.set(finding.id, finding.themeId);
    of(finding.themeId).findings[reviewStateOf(finding)] += 1;
  }
  for (const recommendation of recommendations) {
    if (recommendation.deletedAt !== null) continue;
    const own = recommendation.themeIds ?? [];
    const themes = new Set(
      own.length > 0 ? own : recommendation.findingIds.flatMap((id) => themeOf.get(id) ?? []),
    );
    for (const themeId of themes) of(themeId).recommendations[reviewStateOf(recommendation)] += 1;
  }
  return result;
}

/** Whether the delegation uses the review: someone proposed, approved or returned something. */
export function reviewInUse(records: readonly { review?: unknown }[]): boolean {
  return records.some((record) => record.review !== undefined);
}

import type { Finding, Recommendation } from '../entities';

/** A recommendation pointing at a finding that is gone: what the link rules exist to prevent. */
export interface DanglingLink {
  recommendationId: string;
  findingId: string;
}

type Live = { deletedAt: string | null };
const isLive = (record: Live) => record.deletedAt === null;

/** Live recommendations based on the finding: the ones a deletion must ask about and unlink. */
export function recommendationsUsingFinding<T extends Pick<Recommendation, 'findingIds'> & Live>(
  recommendations: readonly T[],
  findingId: string,
): T[] {
  return recommendations.filter((rec) => isLive(rec) && rec.findingIds.includes(findingId));
}

/** The finding ids of a recommendation once one finding is taken out of it. */
export function withoutFinding(findingIds: readonly string[], findingId: string): string[] {
  return findingIds.filter((id) => id !== findingId);
}

/** Keeps only links to live findings, once each, in the given order: a recommendation is saved with these. */
export function keepLiveFindingLinks(
  findingIds: readonly string[],
  findings: readonly (Pick<Finding, 'id'> & Live)[],
): string[] {
  const live = new Set(findings.filter(isLive).map((finding) => finding.id));
  return [...new Set(findingIds)].filter((id) => live.has(id));
}

/** Every link from a live recommendation to a finding that is missing or deleted. */
export function danglingLinks(
  recommendations: readonly (Pick<Recommendation, 'id' | 'findingIds'> & Live)[],
  findings: readonly (Pick<Finding, 'id'> & Live)[],
): DanglingLink[] {
  const live = new Set(findings.filter(isLive).map((finding) => finding.id));
  return recommendations
    .filter(isLive)
    .flatMap((rec) =>
      rec.findingIds
        .filter((id) => !live.has(id))
        .map((findingId) => ({ recommendationId: rec.id, findingId })),
    );
}

import { db } from './database';
import { currentDelegateId } from './identity';
import { findings, recommendations } from './repositories';
import { nowIso } from './clock';
import { reviewStep, type ReviewAction } from '../domain/review';
import type { Finding, Recommendation } from '../domain/entities';

export type ReviewedKind = 'findings' | 'recommendations';

/**
 * Takes one review step on a finding or recommendation as this laptop's user (db/identity): any
 * delegate proposes; only the head of delegation approves or returns (with a comment). One
 * transaction; refused with a ReviewNotAllowedError, changing nothing, when the step is not theirs.
 */
export async function takeReviewStep(
  kind: ReviewedKind,
  id: string,
  action: ReviewAction,
  comment = '',
): Promise<Finding | Recommendation> {
  return db.transaction('rw', [db[kind], db.delegates, db.settings], async () => {
    const stored = await db[kind].get(id);
    if (!stored || stored.deletedAt !== null) throw new Error(`No ${kind} record ${id}`);
    const meId = await currentDelegateId(stored.tourId);
    const me = meId === null ? undefined : await db.delegates.get(meId);
    const who = me && me.deletedAt === null ? { id: me.id, role: me.role } : null;
    const patch = reviewStep(stored, action, who, nowIso(), comment);
    return kind === 'findings'
      ? findings.save({ ...(stored as Finding), ...patch })
      : recommendations.save({ ...(stored as Recommendation), ...patch });
  });
}

/**
 * The review of findings and recommendations: a delegate's draft is proposed, then approved by the
 * head of delegation, or returned with a comment. Kept apart from the entity schemas (which read
 * it) so the report, the overview and the screens share one reading of old records.
 */
export const REVIEW_STATES = ['draft', 'proposed', 'approved', 'returned'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/**
 * Recommendation statuses written before the review workflow: "agreed" is approved, "rejected"
 * was sent back. Old records, backups and exchange files read through this.
 */
const LEGACY_STATES: Readonly<Record<string, ReviewState>> = { agreed: 'approved', rejected: 'returned' };

export function readReviewState(value: unknown): unknown {
  return typeof value === 'string' ? (LEGACY_STATES[value] ?? value) : value;
}

/** A record's review state, whatever wrote it: a finding without one (older) is a draft. */
export function reviewStateOf(record: { status?: string | undefined }): ReviewState {
  const state = readReviewState(record.status);
  return (REVIEW_STATES as readonly unknown[]).includes(state) ? (state as ReviewState) : 'draft';
}

/** Only the head of delegation approves or returns; any delegate proposes. */
export const REVIEWER_ROLE = 'head';

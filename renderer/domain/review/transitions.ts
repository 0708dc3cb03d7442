import type { LocalizedText } from '../entities/common';
import { reviewStateOf, REVIEWER_ROLE, type ReviewState } from './reviewState';

export type ReviewAction = 'propose' | 'approve' | 'return';

/** The last step of a record's review: who took it, when, and the head's comment on a return. */
export interface ReviewStep {
  by: string | null;
  at: string;
  comment: string;
}

export interface Reviewed {
  status?: string | undefined;
  review?: ReviewStep | undefined;
}

export class ReviewNotAllowedError extends Error {
  constructor(readonly reason: 'notHead' | 'notSaid' | 'wrongState' | 'noComment') {
    super(`Review step not allowed: ${reason}`);
    this.name = 'ReviewNotAllowedError';
  }
}

const TARGET: Record<ReviewAction, ReviewState> = {
  propose: 'proposed',
  approve: 'approved',
  return: 'returned',
};

/** Whether `action` can be taken on an item in `state` by a delegate with `role` (null: not said). */
export function reviewProblem(
  action: ReviewAction,
  state: ReviewState,
  role: string | null,
  comment = '',
): ReviewNotAllowedError['reason'] | null {
  if (role === null) return 'notSaid';
  if (action === 'propose') return state === 'draft' || state === 'returned' ? null : 'wrongState';
  if (role !== REVIEWER_ROLE) return 'notHead';
  if (action === 'approve') return state === 'approved' ? 'wrongState' : null;
  if (state === 'returned' || state === 'draft') return 'wrongState';
  return comment.trim() === '' ? 'noComment' : null;
}

/** The fields a review step writes: the new state and who took the step, when, with what comment. */
export function reviewStep(
  record: Reviewed,
  action: ReviewAction,
  who: { id: string; role: string } | null,
  now: string,
  comment = '',
): { status: ReviewState; review: ReviewStep } {
  const problem = reviewProblem(action, reviewStateOf(record), who?.role ?? null, comment);
  if (problem) throw new ReviewNotAllowedError(problem);
  return {
    status: TARGET[action],
    review: { by: who?.id ?? null, at: now, comment: action === 'return' ? comment.trim() : '' },
  };
}

/**
 * A change to an approved item's text sends it back for approval: what the head approved is no
 * longer what it says. A new translation (a language added) is not such a change, nor is any field
 * other than the texts.
 */
export function textChanged(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
  textFields: readonly string[],
): boolean {
  return textFields.some((field) => {
    const a = (before[field] ?? {}) as LocalizedText;
    const b = (after[field] ?? {}) as LocalizedText;
    return (Object.keys(a) as (keyof LocalizedText)[]).some(
      (language) => (a[language] ?? '').trim() !== '' && (a[language] ?? '') !== (b[language] ?? ''),
    );
  });
}

/** The texts whose change puts an approved item back to "proposed", by table. */
export const REVIEWED_TEXTS: Readonly<Record<string, readonly string[]>> = {
  findings: ['title', 'text'],
  recommendations: ['text'],
};

/** The review fields of an edit: approved + text changed → proposed, by the editor. */
export function reviewAfterEdit(
  table: string,
  stored: object | undefined,
  next: object,
  editor: string | null,
  now: string,
): Partial<{ status: ReviewState; review: ReviewStep }> {
  const fields = REVIEWED_TEXTS[table];
  if (!fields || !stored) return {};
  const before = stored as Readonly<Record<string, unknown>> & Reviewed;
  const after = next as Readonly<Record<string, unknown>> & Reviewed;
  if (reviewStateOf(before) !== 'approved' || reviewStateOf(after) !== 'approved') return {};
  return textChanged(before, after, fields)
    ? { status: 'proposed', review: { by: editor, at: now, comment: '' } }
    : {};
}

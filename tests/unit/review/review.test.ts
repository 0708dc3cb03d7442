import { describe, expect, it } from 'vitest';
import { findingSchema, recommendationSchema } from '../../../renderer/domain/entities';
import {
  ReviewNotAllowedError,
  reviewAfterEdit,
  reviewCountsByKeyPoint,
  reviewStateOf,
  reviewStep,
} from '../../../renderer/domain/review';

const head = { id: 'd1', role: 'head' };
const member = { id: 'd2', role: 'member' };
const NOW = '2010-09-21T10:00:00.000Z';

describe('the review of findings and recommendations', () => {
  it('goes draft → proposed → approved by the head, or returned with a comment', () => {
    const draft = {};
    expect(reviewStateOf(draft)).toBe('draft');
    const proposed = reviewStep(draft, 'propose', member, NOW);
    expect(proposed).toEqual({ status: 'proposed', review: { by: 'd2', at: NOW, comment: '' } });
    expect(() => reviewStep(proposed, 'approve', member, NOW)).toThrow(ReviewNotAllowedError);
    expect(reviewStep(proposed, 'approve', head, NOW)).toEqual({
      status: 'approved',
      review: { by: 'd1', at: NOW, comment: '' },
    });
    expect(() => reviewStep(proposed, 'return', head, NOW, '  ')).toThrow(ReviewNotAllowedError);
    const returned = reviewStep(proposed, 'return', head, NOW, ' Add the figures ');
    expect(returned.review.comment).toBe('Add the figures');
    expect(reviewStep(returned, 'propose', member, NOW).status).toBe('proposed');
    expect(() => reviewStep(draft, 'propose', null, NOW)).toThrow(ReviewNotAllowedError);
  });

  it('reads the statuses of older recommendations and findings without one', () => {
    const meta = {
      id: 'r1',
      tourId: 't',
      createdAt: NOW,
      updatedAt: NOW,
      deviceId: 'a',
      revision: 1,
      deletedAt: null,
    };
    const rec = {
      ...meta,
      text: { ru: 'Текст' },
      findingIds: [],
      priority: 'high',
      horizon: 'short',
      responsible: {},
      order: 0,
    };
    expect(recommendationSchema.parse({ ...rec, status: 'agreed' }).status).toBe('approved');
    expect(recommendationSchema.parse({ ...rec, status: 'rejected' }).status).toBe('returned');
    expect(recommendationSchema.parse({ ...rec, status: 'draft' }).status).toBe('draft');
    expect(reviewStateOf({ status: 'agreed' })).toBe('approved');
    const finding = findingSchema.parse({
      ...meta,
      themeId: 'k',
      eventId: null,
      kind: 'observation',
      title: { ru: 'Вывод' },
      text: {},
      sourceContactIds: [],
      authorDelegateId: null,
      date: null,
      tags: [],
      applicability: null,
      applicabilityNote: {},
      includeInReport: true,
    });
    expect(reviewStateOf(finding)).toBe('draft');
  });

  it('puts an approved item back to proposed when its text changes, not when a translation is added', () => {
    const approved = { status: 'approved', title: { ru: 'Приёмная' }, text: { ru: 'Текст' } };
    expect(
      reviewAfterEdit('findings', approved, { ...approved, title: { ru: 'Приёмная граждан' } }, 'd2', NOW),
    ).toEqual({ status: 'proposed', review: { by: 'd2', at: NOW, comment: '' } });
    expect(
      reviewAfterEdit(
        'findings',
        approved,
        { ...approved, title: { ru: 'Приёмная', en: 'Reception' } },
        'd3',
        NOW,
      ),
    ).toEqual({});
    expect(reviewAfterEdit('findings', approved, { ...approved, includeInReport: false }, 'd3', NOW)).toEqual(
      {},
    );
    expect(reviewAfterEdit('themes', approved, { ...approved, title: { ru: 'x' } }, 'd3', NOW)).toEqual({});
  });

  it('counts items per key point and state, recommendations under their findings’ key points', () => {
    const findings = [
      { id: 'f1', themeId: 'k1', status: 'approved', deletedAt: null },
      { id: 'f2', themeId: 'k1', deletedAt: null },
      { id: 'f3', themeId: 'k2', status: 'proposed', deletedAt: null },
    ];
    const recommendations = [{ findingIds: ['f1', 'f3'], status: 'agreed', deletedAt: null }];
    const counts = reviewCountsByKeyPoint(findings, recommendations);
    expect(counts.get('k1')?.findings).toEqual({ draft: 1, proposed: 0, approved: 1, returned: 0 });
    expect(counts.get('k2')?.findings.proposed).toBe(1);
    expect(counts.get('k1')?.recommendations.approved).toBe(1);
    expect(counts.get('k2')?.recommendations.approved).toBe(1);
  });
});

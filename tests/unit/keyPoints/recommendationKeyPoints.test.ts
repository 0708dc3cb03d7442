import { describe, expect, it } from 'vitest';
import {
  groupRecommendationsByKeyPoint,
  keyPointsOfFindings,
  proposeKeyPoints,
  recommendationKeyPoints,
} from '../../../renderer/domain/findings';
import { recommendationSchema, keyPointSchema } from '../../../renderer/domain/entities';
import { keyPointSummaries } from '../../../renderer/domain/overview/keyPoints';

const meta = (id: string) => ({
  id,
  tourId: 'tour',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deviceId: 'laptop',
  revision: 1,
  deletedAt: null as string | null,
});
const keyPoint = (id: string, order: number) => ({ ...meta(id), title: { en: id }, order });
const finding = (id: string, themeId: string) => ({ ...meta(id), themeId });
const recommendation = (id: string, order: number, findingIds: string[], themeIds?: string[]) => ({
  ...meta(id),
  text: { en: id },
  findingIds,
  ...(themeIds ? { themeIds } : {}),
  priority: 'medium' as const,
  horizon: 'medium' as const,
  responsible: {},
  status: 'draft' as const,
  order,
});

const keyPoints = [keyPoint('k2', 1), keyPoint('k1', 0), keyPoint('k3', 2)];
const findings = [finding('f1', 'k1'), finding('f2', 'k2'), finding('f3', 'k2'), finding('f4', 'k3')];

describe('the key points of a recommendation', () => {
  it('are derived from its findings: once each, in the order the findings are cited, deleted ones not', () => {
    const gone = { ...finding('f5', 'k3'), deletedAt: '2026-01-02T00:00:00.000Z' };
    expect(keyPointsOfFindings(['f2', 'f1', 'f3', 'f5'], [...findings, gone])).toEqual(['k2', 'k1']);
  });

  it('are those chosen when given, even none; a record without the field takes those of its findings', () => {
    expect(recommendationKeyPoints(recommendation('r', 0, ['f1'], ['k3']), findings)).toEqual(['k3']);
    expect(recommendationKeyPoints(recommendation('r', 0, ['f1'], []), findings)).toEqual([]);
    expect(recommendationKeyPoints(recommendation('r', 0, ['f4', 'f1']), findings)).toEqual(['k3', 'k1']);
  });

  it('are proposed from a finding just picked, and what the user took away stays away', () => {
    // Picking f2 proposes k2 beside k1, chosen before.
    expect(proposeKeyPoints(['k1'], ['f1'], ['f1', 'f2'], findings)).toEqual(['k1', 'k2']);
    // The user took k1 away; picking another finding of k2 does not bring it back.
    expect(proposeKeyPoints(['k2'], ['f1', 'f2'], ['f1', 'f2', 'f3'], findings)).toEqual(['k2']);
    // Taking a finding away takes no key point away.
    expect(proposeKeyPoints(['k1', 'k2'], ['f1', 'f2'], ['f2'], findings)).toEqual(['k1', 'k2']);
  });

  it('parse when absent (records and files from before), with the key point conclusions absent too', () => {
    const old = recommendation('r', 0, ['f1']);
    expect(recommendationSchema.parse(old).themeIds).toBeUndefined();
    expect(keyPointSchema.parse(keyPoint('k1', 0)).conclusions).toBeUndefined();
    const chosen = recommendationSchema.parse(recommendation('r', 0, ['f1'], ['k1', 'k2']));
    expect(chosen.themeIds).toEqual(['k1', 'k2']);
  });
});

describe('recommendations grouped by key point', () => {
  const recommendations = [
    recommendation('r2', 1, ['f2', 'f1']), // an older record: k2 and k1 through its findings
    recommendation('r1', 0, [], ['k2']),
    recommendation('r3', 2, ['f4'], []), // tied to no key point on purpose
    { ...recommendation('r4', 3, ['f1'], ['k1']), deletedAt: '2026-01-02T00:00:00.000Z' },
  ];

  it('lists every key point in order, empty ones too; one of two key points under both with its one number', () => {
    const groups = groupRecommendationsByKeyPoint(keyPoints, recommendations, findings);
    expect(
      groups.map((group) => [
        group.key?.id ?? null,
        group.recommendations.map((entry) => `${entry.number}:${entry.recommendation.id}`),
      ]),
    ).toEqual([
      ['k1', ['2:r2']],
      ['k2', ['1:r1', '2:r2']],
      ['k3', []],
      [null, ['3:r3']],
    ]);
  });

  it('has no "without a key point" group when every recommendation has one', () => {
    const groups = groupRecommendationsByKeyPoint(keyPoints, recommendations.slice(0, 2), findings);
    expect(groups.map((group) => group.key?.id ?? null)).toEqual(['k1', 'k2', 'k3']);
  });

  it('counts a recommendation for each of its key points on the Overview', () => {
    const summaries = keyPointSummaries({
      themes: keyPoints,
      events: [],
      findings,
      recommendations,
    } as never);
    expect(summaries.map((s) => [s.keyPoint.id, s.recommendations.map((r) => r.id)])).toEqual([
      ['k1', ['r2']],
      ['k2', ['r1', 'r2']],
      ['k3', []],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../renderer/domain/documents/buildDocument';
import type { BriefDocument, ReportDocument } from '../../../renderer/domain/documents/model';
import { loadSample } from '../export/sampleBundle';

/** The sample tour with one finding and one recommendation approved by the head, the rest not. */
function sampleWithOneApproved() {
  const { bundle } = loadSample();
  const finding = bundle.findings.find((f) => f.deletedAt === null && f.includeInReport)!;
  const recommendation = bundle.recommendations.find((r) => r.deletedAt === null)!;
  return {
    finding,
    recommendation,
    bundle: {
      ...bundle,
      findings: bundle.findings.map((f) =>
        f.id === finding.id ? { ...f, status: 'approved' as const } : { ...f, status: 'proposed' as const },
      ),
      recommendations: bundle.recommendations.map((r) =>
        r.id === recommendation.id
          ? { ...r, status: 'approved' as const }
          : { ...r, status: 'draft' as const },
      ),
    },
  };
}

const findingTitles = (report: ReportDocument) =>
  report.chapters.flatMap((chapter) => chapter.groups.flatMap((group) => group.findings.map((f) => f.title)));

describe('documents from approved items only', () => {
  it('the report takes only what the head approved; with "all" it takes everything', () => {
    const { bundle, finding, recommendation } = sampleWithOneApproved();
    const approved = buildDocument(bundle, {
      kind: 'report',
      language: 'en',
      reviewScope: 'approved',
    }) as ReportDocument;
    expect(findingTitles(approved)).toEqual([finding.title.en]);
    expect(approved.recommendations.map((r) => r.text)).toEqual([
      recommendation.text.en ?? recommendation.text.ru,
    ]);

    const all = buildDocument(bundle, {
      kind: 'report',
      language: 'en',
      reviewScope: 'all',
    }) as ReportDocument;
    expect(findingTitles(all).length).toBeGreaterThan(1);
    expect(all.recommendations.length).toBe(
      bundle.recommendations.filter((r) => r.deletedAt === null).length,
    );
  });

  it('the round-table brief takes only the approved recommendations', () => {
    const { bundle, recommendation } = sampleWithOneApproved();
    const brief = buildDocument(bundle, {
      kind: 'brief',
      language: 'ru',
      reviewScope: 'approved',
    }) as BriefDocument;
    expect(brief.recommendations.map((r) => r.text)).toEqual([recommendation.text.ru]);
  });
});

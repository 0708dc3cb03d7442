import type { ReportDocument } from './model';

/**
 * Above this many findings, recommendations and photos, the report's contents are written
 * without page numbers, for Word to fill in: laying the pages out grows faster than the report
 * (measured on the benchmark machine with 200 recommendations: 5.5 s with 50 findings, 7 s with
 * 200 findings and 30 photos, 10 s with 400 and 60, 149 s with 2,000 and 300), and a delegation
 * waiting minutes for its report is worse than Word asking once to update the contents.
 */
export const CONTENTS_LAYOUT_MAX_ITEMS = 500;

/** Whether the report is small enough to number its contents when it is written. */
export function reportLaysOutContents(report: ReportDocument): boolean {
  const findings = report.chapters.flatMap((c) => c.groups.flatMap((g) => g.findings));
  const photos = findings.reduce((sum, f) => sum + f.photos.length, 0);
  return findings.length + photos + report.recommendations.length <= CONTENTS_LAYOUT_MAX_ITEMS;
}

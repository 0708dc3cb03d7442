import { estimatePageNumbers } from 'docx/layout';
import { reportLaysOutContents } from '../../domain/report/contentsLayout';
import type { DocumentModel } from '../../domain/report/model';

/**
 * The page-number estimator for a document's table of contents, or none: only the report has
 * contents. `wanted` true lays out any report, false none, undefined those within the limit (see
 * contentsLayout.ts). Without it, the contents list every heading and Word asks to number them.
 */
export function contentsPageNumbers(
  model: DocumentModel,
  wanted: boolean | undefined,
): typeof estimatePageNumbers | undefined {
  if (model.kind !== 'report' || wanted === false) return undefined;
  return wanted === true || reportLaysOutContents(model) ? estimatePageNumbers : undefined;
}

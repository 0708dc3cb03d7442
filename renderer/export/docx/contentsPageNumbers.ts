import type { PageNumberEstimator } from 'docx';
import type { DocumentModel } from '../../domain/documents/model';
import { layoutEstimator, type ContentsLayoutReport } from './layout/layoutEstimator';

/**
 * The page-number estimator for a document's table of contents, or none: only the report has
 * contents. `wanted` false writes the contents without numbers (tests of structure); otherwise
 * the report is laid out (layout/paginate.ts) to write the page of every heading.
 */
export function contentsPageNumbers(
  model: DocumentModel,
  wanted: boolean | undefined,
  onReport?: (report: ContentsLayoutReport) => void,
): PageNumberEstimator | undefined {
  if (model.kind !== 'report' || wanted === false) return undefined;
  return layoutEstimator(onReport);
}

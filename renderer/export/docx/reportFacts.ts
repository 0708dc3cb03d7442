import { formatTerm } from '../../domain/recommendationTerm';
import { textBlocks } from '../../domain/findings/plainText';
import type { RecommendationRow, ReportDocument, TourSummary } from '../../domain/documents/model';
import { body, heading, table, textBlockMakers, type DocumentChild, type WriteContext } from './blocks';

/**
 * The report's facts about the tour (legal basis, funding, terms of reference), recommendation
 * terms and expected results, and the list of abbreviations: what issue 17 added to the report,
 * kept apart from the chapters' layout in writeReport.ts.
 */

/** A recommendation's term in the document language, or its horizon when it has no term. */
export function termText(ctx: WriteContext, row: Pick<RecommendationRow, 'term' | 'horizon'>): string {
  if (!row.term) return ctx.t(`horizon.${row.horizon}`);
  return formatTerm(row.term, ctx.t, 'term', (iso) => ctx.dates.date(iso));
}

/** A recommendation's text with its expected result on a line of its own, for a table cell. */
export function recommendationWithResult(ctx: WriteContext, row: RecommendationRow): string {
  const result = row.expectedResult?.trim() ?? '';
  return result === '' ? row.text : `${row.text}\n${ctx.t('facts.expectedResult')}: ${result}`;
}

/** "Приказ МВД Республики Беларусь от 10.09.2010 № 245"; "" when nothing is known of the act. */
export function legalBasisText(ctx: WriteContext, tour: TourSummary): string {
  const act = tour.legalBasisAct?.trim() ?? '';
  const date = tour.legalBasis?.date ?? '';
  const number = tour.legalBasis?.number.trim() ?? '';
  if (date === '' && number === '') return act;
  const values = {
    act: act === '' ? ctx.t('facts.defaultAct') : act,
    date: date && ctx.dates.date(date),
    number,
  };
  if (date !== '' && number !== '') return ctx.t('facts.legalBasisFull', values);
  return date !== '' ? ctx.t('facts.legalBasisDate', values) : ctx.t('facts.legalBasisNumber', values);
}

/** The introduction's sections on why and at whose expense the delegation went (before "supported by"). */
export function basisAndFunding(ctx: WriteContext, tour: TourSummary): DocumentChild[] {
  const basis = legalBasisText(ctx, tour);
  const funding = tour.funding?.trim() ?? '';
  return [
    ...(basis !== '' ? [heading(ctx.t('facts.legalBasis'), 2), body(basis)] : []),
    ...(funding !== '' ? [heading(ctx.t('facts.funding'), 2), body(funding)] : []),
  ];
}

/** The summary of the terms of reference, paragraphs and lists as written. */
export function termsSummary(ctx: WriteContext, tour: TourSummary): DocumentChild[] {
  const summary = tour.termsSummary?.trim() ?? '';
  if (summary === '') return [];
  return [
    heading(ctx.t('facts.termsSummary'), 2),
    ...textBlockMakers(textBlocks(summary)).map((make) => make(false)),
  ];
}

/** The annex listing the abbreviations, or null when the report uses none of the tour's. */
export function abbreviationsAnnex(
  ctx: WriteContext,
  doc: Pick<ReportDocument, 'abbreviations'>,
): { title: string; body: DocumentChild[] } | null {
  const lines = doc.abbreviations ?? [];
  if (lines.length === 0) return null;
  return {
    title: ctx.t('facts.abbreviations'),
    body: [
      table(ctx.preset, {
        columns: [
          { heading: ctx.t('facts.abbreviation'), share: 3 },
          { heading: ctx.t('facts.expansion'), share: 9 },
        ],
        rows: lines.map((line) => [line.abbreviation, line.expansion]),
      }),
    ],
  };
}

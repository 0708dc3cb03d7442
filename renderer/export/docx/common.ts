import { PageBreak, Paragraph } from 'docx';
import type { DelegateLine, ProgrammeDay, TourSummary } from '../../domain/report/model';
import { blankLines, body, runs, table, type DocumentChild, type WriteContext } from './blocks';
import { countryName } from './formatDates';
import { STYLE } from './styles';

/** "Hungary, 19.09.2010–24.09.2010": where and when, as the title block says it. */
export function placeAndDates(ctx: WriteContext, tour: TourSummary): string {
  return `${countryName(tour.hostCountry, ctx.language)}, ${ctx.dates.range(tour.startDate, tour.endDate)}`;
}

/** The head of a working document: ministry, document title, the tour, place and dates. */
export function documentHead(
  ctx: WriteContext,
  tour: TourSummary,
  title: string,
  subtitle?: string,
): Paragraph[] {
  return [
    new Paragraph({
      style: STYLE.titleBlock,
      children: runs(ctx.t('ministry').toUpperCase(), { bold: true }),
    }),
    ...blankLines(1),
    new Paragraph({ style: 'Title', children: runs(title) }),
    ...(subtitle
      ? [new Paragraph({ style: STYLE.titleBlock, children: runs(subtitle, { bold: true }) })]
      : []),
    new Paragraph({ style: STYLE.titleBlock, children: runs(tour.title) }),
    new Paragraph({ style: STYLE.titleBlock, children: runs(placeAndDates(ctx, tour)) }),
    ...blankLines(1),
  ];
}

/** The title page of the report, ending with a page break. */
export function titlePage(ctx: WriteContext, tour: TourSummary, head: DelegateLine | undefined): Paragraph[] {
  return [
    new Paragraph({
      style: STYLE.titleBlock,
      children: runs(ctx.t('ministry').toUpperCase(), { bold: true }),
    }),
    ...blankLines(10),
    new Paragraph({ style: 'Title', children: runs(ctx.t('titles.report').toUpperCase()) }),
    new Paragraph({ style: STYLE.titleBlock, children: runs(tour.title) }),
    ...blankLines(1),
    new Paragraph({ style: STYLE.titleBlock, children: runs(placeAndDates(ctx, tour)) }),
    ...blankLines(8),
    ...(head
      ? [
          new Paragraph({ style: STYLE.plain, children: runs(`${ctx.t('report.delegationHead')}:`) }),
          new Paragraph({
            style: STYLE.plain,
            children: runs([head.rank, head.position].filter((s) => s !== '').join(', ')),
          }),
          new Paragraph({ style: STYLE.plain, children: runs(head.name, { bold: true }) }),
        ]
      : []),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** The composition of the delegation as a numbered table. */
export function delegationTable(ctx: WriteContext, delegation: readonly DelegateLine[]): DocumentChild[] {
  return [
    table(ctx.preset, {
      columns: [
        { heading: ctx.t('table.number'), share: 1 },
        { heading: ctx.t('table.name'), share: 4 },
        { heading: ctx.t('table.rankPosition'), share: 8 },
      ],
      rows: delegation.map((delegate, i) => [
        `${i + 1}`,
        delegate.name,
        [delegate.position, delegate.rank].filter((s) => s !== '').join(', ') ||
          ctx.t(`role.${delegate.role}`),
      ]),
    }),
  ];
}

/** The programme as a table: one group row per day, then time, event, place and hosts. */
export function programmeTable(ctx: WriteContext, days: readonly ProgrammeDay[]): DocumentChild[] {
  return [
    table(ctx.preset, {
      columns: [
        { heading: ctx.t('table.time'), share: 2 },
        { heading: ctx.t('table.event'), share: 6 },
        { heading: ctx.t('table.place'), share: 4 },
        { heading: ctx.t('table.hosts'), share: 4 },
      ],
      rows: days.flatMap((day) => [
        { group: ctx.dates.day(day.date) },
        ...day.items.map((item) => [
          `${item.start}–${item.end}`,
          item.title,
          [item.organisation, item.place].filter((s) => s !== '').join('\n'),
          item.hosts.join('\n'),
        ]),
      ]),
    }),
  ];
}

/** A paragraph that says a section is empty, rather than leaving a bare heading. */
export function emptyNote(text: string): Paragraph {
  return body(text);
}

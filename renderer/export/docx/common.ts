import {
  AlignmentType,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type {
  DelegateLine,
  DocumentRequisites,
  ProgrammeDay,
  TourSummary,
} from '../../domain/documents/model';
import {
  blankLines,
  CELL_MARGIN_TWIPS,
  runs,
  table,
  textWidthTwips,
  type DocumentChild,
  type WriteContext,
  NO_BORDERS,
} from './blocks';
import { countryName } from './formatDates';
import { STYLE } from './styles';

/** "Hungary, 19.09.2010–24.09.2010": where and when, as the title block says it. */
export function placeAndDates(ctx: WriteContext, tour: TourSummary): string {
  return `${countryName(tour.hostCountry, ctx.language)}, ${ctx.dates.range(tour.startDate, tour.endDate)}`;
}

/** The head of a working document: ministry, document title, the tour, place and dates. */
export function documentHead(
  ctx: WriteContext,
  doc: { tour: TourSummary; requisites?: DocumentRequisites },
  title: string,
  subtitle?: string,
): Paragraph[] {
  const { tour, requisites } = doc;
  return [
    new Paragraph({
      style: STYLE.titleBlock,
      children: runs(ctx.t('ministry').toUpperCase(), { bold: true }),
    }),
    ...blankLines(1),
    ...approvalBlock(ctx, requisites),
    new Paragraph({ style: 'Title', children: runs(title) }),
    ...(subtitle
      ? [new Paragraph({ style: STYLE.titleBlock, children: runs(subtitle, { bold: true }) })]
      : []),
    new Paragraph({ style: STYLE.titleBlock, children: runs(tour.title) }),
    new Paragraph({ style: STYLE.titleBlock, children: runs(placeAndDates(ctx, tour)) }),
    ...registrationLine(ctx, requisites),
    ...blankLines(1),
  ];
}

/** "начальник управления …, полковник милиции": position first, then rank, as a signature writes them. */
export function positionAndRank(person: { position: string; rank: string }): string {
  return [person.position, person.rank].filter((s) => s.trim() !== '').join(', ');
}

/** The group row above an organisation's people; people with no organisation get their own. */
export function organisationHeading(ctx: WriteContext, organisation: string): string {
  return organisation !== '' ? organisation : ctx.t('persons.noOrganisation');
}

/** The width the right-hand blocks (approval) take: from the middle of the text width to its end. */
function rightHalfIndent(ctx: WriteContext): number {
  return Math.round(textWidthTwips(ctx.preset) * 0.5);
}

/** The approval block (УТВЕРЖДАЮ …) in the top-right of a document's first page. */
export function approvalBlock(ctx: WriteContext, requisites: DocumentRequisites | undefined): Paragraph[] {
  const approval = requisites?.approval;
  if (!approval) return [];
  const left = rightHalfIndent(ctx);
  const line = (text: string, bold = false) =>
    new Paragraph({
      style: STYLE.plain,
      keepNext: true,
      indent: { left, firstLine: 0 },
      children: runs(text, { bold }),
    });
  return [
    line(ctx.t('requisites.approve').toUpperCase()),
    ...(approval.position !== '' ? [line(approval.position)] : []),
    line(`${SIGNATURE_LINE} ${approval.name}`.trimEnd()),
    line(ctx.t('requisites.dateLine')),
    ...blankLines(1),
  ];
}

const SIGNATURE_LINE = '______________';

/** "20.09.2010 № 12/345" under a document's title, when the user gave either. */
export function registrationLine(ctx: WriteContext, requisites: DocumentRequisites | undefined): Paragraph[] {
  if (!requisites || (requisites.date === '' && requisites.number === '')) return [];
  // A number without a date leaves a line for the date to be written in by hand.
  const date = requisites.date !== '' ? ctx.dates.date(requisites.date) : SIGNATURE_LINE;
  const number = requisites.number !== '' ? `${ctx.t('requisites.number')} ${requisites.number}` : '';
  return [new Paragraph({ style: STYLE.titleBlock, children: runs([date, number].join(' ').trim()) })];
}

/**
 * The head of delegation's signature at the end of a document: role and position on the left,
 * the signature line with initials and surname on the right of the last line. A borderless table,
 * so the two sides stay side by side in Word and LibreOffice alike.
 */
export function signatureBlock(ctx: WriteContext, head: DelegateLine | undefined): DocumentChild[] {
  if (!head) return [];
  // The space above keeps with the block, so the block goes to a new page with its space.
  return [new Paragraph({ style: STYLE.plain, keepNext: true }), signatureTable(ctx, head)];
}

/**
 * The signature block as the closing row of the table before it (the recommendations): its space,
 * the block, and the empty paragraph a cell must end with. LibreOffice keeps a table's last row
 * with the paragraph after the table only sometimes (measured: the sample's Russian report had the
 * block alone on its last page), but always keeps a row with the row after it, as Word does.
 */
export function signatureRowContent(ctx: WriteContext, head: DelegateLine): (Paragraph | Table)[] {
  return [
    new Paragraph({ style: STYLE.plain }),
    signatureTable(ctx, head, 2 * CELL_MARGIN_TWIPS),
    new Paragraph({ style: STYLE.plain }),
  ];
}

/** `inset`: the room a cell it stands in takes from the text width, taken from the left side. */
function signatureTable(ctx: WriteContext, head: DelegateLine, inset = 0): Table {
  const fullWidth = textWidthTwips(ctx.preset);
  const width = fullWidth - inset;
  // The right side holds the signature line, initials and surname on one line ("______________
  // А.П. Ковалёв" in 14 pt needs some 3,700 twips besides the cell's margins; at 42% of an STB
  // page it wrapped the surname onto a line of its own).
  const leftWidth = Math.round(fullWidth * 0.55) - inset;
  const borders = NO_BORDERS;
  const lines = [ctx.t('report.delegationHead'), head.position, head.rank].filter((s) => s.trim() !== '');
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [leftWidth, width - leftWidth],
    layout: TableLayoutType.FIXED,
    borders,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: leftWidth, type: WidthType.DXA },
            borders,
            children: lines.map(
              (text) => new Paragraph({ style: STYLE.plain, keepNext: true, children: runs(text) }),
            ),
          }),
          new TableCell({
            width: { size: width - leftWidth, type: WidthType.DXA },
            borders,
            verticalAlign: VerticalAlignTable.BOTTOM,
            children: [
              new Paragraph({
                style: STYLE.plain,
                alignment: AlignmentType.RIGHT,
                children: runs(`${SIGNATURE_LINE} ${head.signatureName}`),
              }),
            ],
          }),
        ],
      }),
    ],
  });
}

/**
 * The title page of the report, ending with a page break: the approval block when wanted, the
 * ministry, the title, the tour, the registration line, the head of delegation. Place and year
 * are at the foot of the page, in the title page's footer (sectionOptions).
 */
export function titlePage(
  ctx: WriteContext,
  tour: TourSummary,
  head: DelegateLine | undefined,
  requisites: DocumentRequisites | undefined,
): Paragraph[] {
  const approval = approvalBlock(ctx, requisites);
  return [
    new Paragraph({
      style: STYLE.titleBlock,
      children: runs(ctx.t('ministry').toUpperCase(), { bold: true }),
    }),
    ...blankLines(1),
    ...approval,
    ...blankLines(approval.length > 0 ? 4 : 9),
    new Paragraph({ style: 'Title', children: runs(ctx.t('titles.reportShort').toUpperCase()) }),
    new Paragraph({ style: STYLE.titleBlock, children: runs(tour.title) }),
    ...blankLines(1),
    new Paragraph({ style: STYLE.titleBlock, children: runs(placeAndDates(ctx, tour)) }),
    ...registrationLine(ctx, requisites),
    ...blankLines(approval.length > 0 ? 5 : 8),
    ...(head
      ? [
          new Paragraph({ style: STYLE.plain, children: runs(`${ctx.t('report.delegationHead')}:`) }),
          new Paragraph({ style: STYLE.plain, children: runs(positionAndRank(head)) }),
          new Paragraph({ style: STYLE.plain, children: runs(head.name, { bold: true }) }),
        ]
      : []),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** "Минск 2010": where and when the document is drawn up, for the foot of the title page. */
export function placeAndYear(requisites: DocumentRequisites | undefined, tour: TourSummary): string {
  const year = (requisites?.date || tour.endDate).slice(0, 4);
  const place = requisites?.place ?? '';
  return [place, year].filter((s) => s !== '').join(' ');
}

/** The composition of the delegation as a numbered table. */
export function delegationTable(ctx: WriteContext, delegation: readonly DelegateLine[]): DocumentChild[] {
  return [
    table(ctx.preset, {
      columns: [
        { heading: ctx.t('table.number'), share: 1 },
        { heading: ctx.t('table.fullName'), share: 4 },
        { heading: ctx.t('table.positionRank'), share: 8 },
      ],
      rows: delegation.map((delegate, i) => [
        `${i + 1}`,
        delegate.name,
        positionAndRank(delegate) || ctx.t(`role.${delegate.role}`),
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

import {
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IContext,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { PlainParagraph } from '../../../renderer/export/docx/plainParagraph';
import { PlainRowsTable, type PlainCell } from '../../../renderer/export/docx/plainTable';

const WIDTHS = [1500, 3000, 2000];
const TOTAL = 6500;

function headerRow(): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ['№', 'Имя', 'Телефон'].map(
      (text, i) =>
        new TableCell({
          width: { size: WIDTHS[i]!, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          children: [new Paragraph({ style: 'TableHeading', children: [new TextRun({ text })] })],
        }),
    ),
  });
}

function tableOf(rows: TableRow[]): Table {
  return new Table({
    rows,
    width: { size: TOTAL, type: WidthType.DXA },
    columnWidths: WIDTHS,
    layout: TableLayoutType.FIXED,
    margins: { left: 80, right: 80, top: 20, bottom: 20 },
  });
}

/** Body rows: a group row spanning the table, a row of text cells keeping with the next, a row of given paragraphs. */
const BODY: { group?: string; cells?: string[]; keepNext?: boolean; given?: boolean }[] = [
  { group: 'Главное управление полиции (ORFK)', keepNext: true },
  { cells: ['1', 'Kiss Gábor', '+36 1 443 5000'], keepNext: true },
  { cells: ['2', '', 'example@police.hu'], given: true },
];

function docxRows(): TableRow[] {
  return BODY.map((row) => {
    const keepNext = row.keepNext || undefined;
    if (row.group !== undefined)
      return new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            columnSpan: WIDTHS.length,
            width: { size: TOTAL, type: WidthType.DXA },
            children: [
              new Paragraph({
                style: 'TableText',
                keepNext,
                children: [new TextRun({ text: row.group, bold: true, size: 22 })],
              }),
            ],
          }),
        ],
      });
    return new TableRow({
      cantSplit: true,
      children: (row.cells ?? []).map(
        (text, i) =>
          new TableCell({
            width: { size: WIDTHS[i]!, type: WidthType.DXA },
            children: [new Paragraph({ style: 'TableText', keepNext, children: [new TextRun({ text })] })],
          }),
      ),
    });
  });
}

function plainRows(): PlainCell[][] {
  return BODY.map((row) => {
    const keepNext = row.keepNext === true;
    if (row.group !== undefined)
      return [
        {
          widthTwips: TOTAL,
          columnSpan: WIDTHS.length,
          paragraphs: [
            new PlainParagraph({
              style: 'TableText',
              keepNext,
              runs: [{ text: row.group, bold: true, size: 22 }],
            }),
          ],
        },
      ];
    return (row.cells ?? []).map((text, i) => ({
      widthTwips: WIDTHS[i]!,
      paragraphs: [
        row.given
          ? new Paragraph({ style: 'TableText', children: [new TextRun({ text })] })
          : new PlainParagraph({ style: 'TableText', keepNext, runs: [{ text }] }),
      ],
    }));
  });
}

describe('a table of plain rows', () => {
  it('is written as the same XML as the docx table of the same rows', () => {
    const context = () => ({ stack: [] }) as unknown as IContext;
    const expected = tableOf([headerRow(), ...docxRows()]).prepForXml(context());
    const written = new PlainRowsTable(tableOf([headerRow()]), plainRows()).prepForXml(context());
    expect(written).toEqual(expected);
  });
});

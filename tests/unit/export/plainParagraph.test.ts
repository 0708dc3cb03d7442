import { Paragraph, TextRun, type IContext } from 'docx';
import { describe, expect, it } from 'vitest';
import { PlainParagraph, type PlainParagraphOptions } from '../../../renderer/export/docx/plainParagraph';

const CONTEXT = { stack: [] } as unknown as IContext;

/** The paragraph `docx` itself builds from the same options. */
function docxParagraph(options: PlainParagraphOptions): Paragraph {
  return new Paragraph({
    style: options.style,
    keepNext: options.keepNext || undefined,
    pageBreakBefore: options.pageBreakBefore || undefined,
    spacing: options.spacingBefore === undefined ? undefined : { before: options.spacingBefore },
    children: options.runs.map(
      (run) =>
        new TextRun({
          text: run.text,
          bold: run.bold,
          size: run.size,
          break: run.breakBefore ? 1 : undefined,
          highlight: run.highlight ? 'yellow' : undefined,
        }),
    ),
  });
}

/** Every combination of the options a plain paragraph and its runs can have. */
function* allOptions(): Generator<PlainParagraphOptions> {
  const runs = [
    { text: 'Источники: ', bold: true },
    { text: 'Péter Farkas & <Ko>\t«№ 5»  двойной пробел ' },
    { text: 'вторая строка', breakBefore: true },
    { text: 'перевод не готов', highlight: true },
    { text: 'крупно', size: 24, bold: true, breakBefore: true, highlight: true },
    { text: '' },
  ];
  for (const style of [undefined, 'PlainText', 'Heading1'])
    for (const keepNext of [false, true])
      for (const pageBreakBefore of [false, true])
        for (const spacingBefore of [undefined, 120])
          for (let count = 0; count <= runs.length; count += 1)
            yield { style, keepNext, pageBreakBefore, spacingBefore, runs: runs.slice(0, count) };
}

describe('a plain paragraph', () => {
  it('is written as the same XML as the docx paragraph of the same options', () => {
    let compared = 0;
    for (const options of allOptions()) {
      expect(new PlainParagraph(options).prepForXml(), JSON.stringify(options)).toEqual(
        docxParagraph(options).prepForXml(CONTEXT),
      );
      compared += 1;
    }
    expect(compared).toBe(168);
  });
});

import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';
import type { Language } from '../../domain/entities';
import { cmToTwips, type DocumentPreset } from './presets';

/**
 * The document language as Word and LibreOffice know it (w:lang on the default run properties):
 * spelling, hyphenation and quotes follow it, instead of Word's own default language.
 */
export const DOCUMENT_LOCALE: Record<Language, string> = {
  ru: 'ru-RU',
  be: 'be-BY',
  en: 'en-GB',
  hu: 'hu-HU',
};

/** Half-points, the unit of font sizes in WordprocessingML. */
export const halfPoints = (pt: number): number => Math.round(pt * 2);
const twipsFromPt = (pt: number): number => Math.round(pt * 20);

export const STYLE = {
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  titleBlock: 'TitleBlock',
  plain: 'PlainText',
  caption: 'Caption',
} as const;

export const DASH_LIST = 'dash-list';

/**
 * Line spacing as a multiple with an explicit rule: without `lineRule` LibreOffice reads the
 * value as exact and clips inline pictures (measured here with docx 9.15).
 */
export function lineSpacing(preset: DocumentPreset) {
  return { line: Math.round(240 * preset.paragraph.lineSpacing), lineRule: LineRuleType.AUTO };
}

/**
 * Every style the documents use, from the preset: body text in the document font, real
 * Heading 1–3 with outline levels (so the table of contents and Word's navigation pane list
 * them), black, bold, in the document font, never the library's blue Calibri.
 */
export function documentStyles(preset: DocumentPreset, language: Language): IStylesOptions {
  const font = preset.font.family;
  const black = '000000';
  const heading = (level: 0 | 1 | 2 | 3 | 4 | 5) => ({
    run: {
      font,
      size: halfPoints(preset.font.headingPt[Math.min(level, 2)] ?? preset.font.bodyPt),
      bold: true,
      italics: false,
      color: black,
    },
    paragraph: {
      outlineLevel: level,
      keepNext: true,
      keepLines: true,
      alignment:
        level === 0 && preset.paragraph.alignment === 'justified' ? AlignmentType.CENTER : AlignmentType.LEFT,
      spacing: {
        before: twipsFromPt(level === 0 ? 12 : 9),
        after: twipsFromPt(6),
        ...lineSpacing(preset),
      },
      indent: { firstLine: 0 },
    },
  });
  return {
    default: {
      document: {
        run: {
          font,
          size: halfPoints(preset.font.bodyPt),
          color: black,
          language: { value: DOCUMENT_LOCALE[language] },
        },
        paragraph: {
          alignment:
            preset.paragraph.alignment === 'justified' ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
          spacing: { before: 0, after: twipsFromPt(preset.paragraph.spaceAfterPt), ...lineSpacing(preset) },
          indent: { firstLine: cmToTwips(preset.paragraph.firstLineIndentCm) },
        },
      },
      title: {
        run: { font, size: halfPoints(preset.font.titlePt), bold: true, color: black },
        paragraph: {
          alignment: AlignmentType.CENTER,
          indent: { firstLine: 0 },
          spacing: { after: twipsFromPt(12) },
        },
      },
      heading1: heading(0),
      heading2: heading(1),
      heading3: heading(2),
      // Not used by the writers, but a user may pick them in Word: black too, never the library's blue.
      heading4: heading(3),
      heading5: heading(4),
      heading6: heading(5),
      caption: {
        run: { font, size: halfPoints(preset.font.tablePt), italics: false, color: black },
        paragraph: {
          alignment: AlignmentType.CENTER,
          indent: { firstLine: 0 },
          spacing: { before: twipsFromPt(3), after: twipsFromPt(9), ...lineSpacing(preset) },
        },
      },
      hyperlink: { run: { color: black, underline: {} } },
    },
    paragraphStyles: [
      // The table of contents: left-aligned entries, each level indented, wrapped lines hanging.
      ...([1, 2, 3] as const).map((level) => ({
        id: `TOC${level}`,
        name: `toc ${level}`,
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: {
          alignment: AlignmentType.LEFT,
          indent: { left: cmToTwips(0.6 * (level - 1) + 0.6), hanging: cmToTwips(0.6), firstLine: undefined },
          spacing: { before: 0, after: twipsFromPt(level === 1 ? 3 : 0), ...lineSpacing(preset) },
        },
      })),
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { font, size: halfPoints(preset.font.tablePt) },
        paragraph: {
          alignment: AlignmentType.LEFT,
          indent: { firstLine: 0 },
          spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        },
      },
      {
        id: STYLE.tableHeading,
        name: 'Table Heading',
        basedOn: STYLE.tableText,
        quickFormat: true,
        run: { bold: true },
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true },
      },
      {
        id: STYLE.titleBlock,
        name: 'Title Block',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 } },
      },
      {
        id: STYLE.plain,
        name: 'Plain Text Left',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0 } },
      },
    ],
  };
}

/** A dash list, as Belarusian and Russian official texts mark list items. */
export function documentNumbering(preset: DocumentPreset): INumberingOptions {
  const indent = cmToTwips(preset.paragraph.firstLineIndentCm || 0.63);
  return {
    config: [
      {
        reference: DASH_LIST,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: '–',
            alignment: AlignmentType.LEFT,
            style: {
              paragraph: { indent: { left: indent + cmToTwips(0.5), hanging: cmToTwips(0.5) } },
            },
          },
        ],
      },
    ],
  };
}

/**
 * Paragraph styles whose words are never hyphenated although the document is: table cells (a
 * word broken in a narrow column is what the columns are sized to prevent), headings, the title
 * block. `docx` has no option for w:suppressAutoHyphens, so it is added to styles.xml afterwards.
 */
export const UNHYPHENATED_STYLES = [
  STYLE.tableText,
  STYLE.tableHeading,
  STYLE.titleBlock,
  'Title',
  'Heading1',
  'Heading2',
  'Heading3',
] as const;

/** The children of w:pPr in the order the schema (CT_PPrBase) demands; Word rejects another order. */
const PPR_ORDER = [
  'pStyle',
  'keepNext',
  'keepLines',
  'pageBreakBefore',
  'framePr',
  'widowControl',
  'numPr',
  'suppressLineNumbers',
  'pBdr',
  'shd',
  'tabs',
  'suppressAutoHyphens',
  'kinsoku',
  'wordWrap',
  'overflowPunct',
  'topLinePunct',
  'autoSpaceDE',
  'autoSpaceDN',
  'bidi',
  'adjustRightInd',
  'snapToGrid',
  'spacing',
  'ind',
  'contextualSpacing',
  'mirrorIndents',
  'suppressOverlap',
  'jc',
  'textDirection',
  'textAlignment',
  'textboxTightWrap',
  'outlineLvl',
  'divId',
  'cnfStyle',
  'rPr',
  'sectPr',
  'pPrChange',
];

/** A w:pPr's inner XML with an empty element (`<w:name/>`) added in its place in the sequence. */
function insertInPPr(inner: string, name: string): string {
  if (inner.includes(`<w:${name}/>`) || inner.includes(`<w:${name} `)) return inner;
  const later = PPR_ORDER.slice(PPR_ORDER.indexOf(name) + 1);
  const at = inner.search(new RegExp(`<w:(${later.join('|')})\\b`));
  return at === -1 ? `${inner}<w:${name}/>` : `${inner.slice(0, at)}<w:${name}/>${inner.slice(at)}`;
}

/**
 * styles.xml with what `docx` has no option for: widow and orphan control on the document's
 * default paragraph, and w:suppressAutoHyphens in each style of UNHYPHENATED_STYLES.
 */
export function withUnhyphenatedStyles(stylesXml: string): string {
  const withWidows = stylesXml.replace(
    /<w:pPrDefault>\s*<w:pPr>([\s\S]*?)<\/w:pPr>/,
    (_, inner: string) => `<w:pPrDefault><w:pPr>${insertInPPr(inner, 'widowControl')}</w:pPr>`,
  );
  return withWidows.replace(
    /<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g,
    (style, id: string) => {
      if (!(UNHYPHENATED_STYLES as readonly string[]).includes(id)) return style;
      if (!style.includes('<w:pPr>')) {
        return style.replace(/(<w:rPr>|<\/w:style>)/, '<w:pPr><w:suppressAutoHyphens/></w:pPr>$1');
      }
      return style.replace(
        /<w:pPr>([\s\S]*?)<\/w:pPr>/,
        (_, inner: string) => `<w:pPr>${insertInPPr(inner, 'suppressAutoHyphens')}</w:pPr>`,
      );
    },
  );
}

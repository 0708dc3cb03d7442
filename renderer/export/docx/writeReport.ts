import { AlignmentType, Paragraph, TableOfContents, TextRun } from 'docx';
import { textBlocks as textBlocksOf } from '../../domain/findings/plainText';
import type {
  DelegateLine,
  FindingItem,
  KeyPointChapter,
  RecommendationRow,
  ReportDocument,
} from '../../domain/documents/model';
import {
  body,
  dashItem,
  heading,
  keptBlock,
  keptTogether,
  keptTogetherTail,
  labelledMakers,
  photo,
  plainRuns,
  runs,
  type ParagraphMaker,
  table,
  textBlockMakers,
  type DocumentChild,
  type WriteContext,
} from './blocks';
import {
  delegationTable,
  organisationHeading,
  positionAndRank,
  programmeTable,
  signatureBlock,
  signatureRowContent,
  titlePage,
} from './common';
import { languageName } from './formatDates';
import {
  abbreviationsAnnex,
  basisAndFunding,
  recommendationWithResult,
  termText,
  termsSummary,
} from './reportFacts';
import { PlainParagraph } from './plainParagraph';
import { STYLE } from './styles';

/** Counts figures across the whole document so captions are numbered 1, 2, 3… */
export class FigureCounter {
  private next = 1;
  take(): number {
    return this.next++;
  }
}

/**
 * A finding: its heading, text, sources, visit and applicability, kept on one page with its heading
 * where it fits (every paragraph but the last keeps with the next), so its last line is never left
 * alone on a page before the next chapter. `withVisit` false for a memo, which is about one visit.
 */
export function findingParagraphs(
  ctx: WriteContext,
  finding: FindingItem,
  figures: FigureCounter,
  headingLevel: 2 | 3,
  withVisit = true,
  /** Its last line keeps with what follows (the chapter's closing recommendations or conclusions). */
  keepWithNext = false,
): DocumentChild[] {
  const { t } = ctx;
  const visit =
    withVisit && finding.visit ? `${finding.visit.title} (${ctx.dates.date(finding.visit.date)})` : '';
  const applicability = finding.applicability
    ? [t(`applicability.${finding.applicability}`), finding.applicabilityNote]
        .filter((s) => s !== '')
        .join('. ')
    : '';
  const photos = finding.photos;
  const text = keptTogether(
    [
      ...textBlockMakers(finding.blocks),
      ...labelledMakers(t('finding.sources'), finding.sources.join('; ')),
      ...labelledMakers(t('finding.visit'), visit),
      ...labelledMakers(t('finding.applicability'), applicability),
    ],
    keepWithNext && photos.length === 0,
  );
  return [
    heading(`${finding.reference}. ${finding.title}`, headingLevel),
    ...text,
    ...photos.flatMap((item, i) => photo(ctx, item, figures.take(), keepWithNext && i === photos.length - 1)),
  ];
}

function introduction(ctx: WriteContext, doc: ReportDocument, newPage: boolean): DocumentChild[] {
  const { t, dates } = ctx;
  const { tour } = doc;
  return [
    heading(t('report.introduction'), 1, { pageBreakBefore: newPage }),
    ...(tour.purpose !== '' ? [heading(t('report.purpose'), 2), body(tour.purpose)] : []),
    ...basisAndFunding(ctx, tour),
    ...(tour.supportedBy !== '' ? [heading(t('report.supportedBy'), 2), body(tour.supportedBy)] : []),
    ...termsSummary(ctx, tour),
    ...(doc.programme.length > 0 ? [heading(t('report.programmeInBrief'), 2)] : []),
    ...doc.programme.flatMap((day) => [
      new Paragraph({ keepNext: true, children: [new TextRun({ text: dates.day(day.date), bold: true })] }),
      ...day.items.filter((item) => item.kind !== 'free-time').map((item) => dashItem(item.title)),
    ]),
    ...(tour.followUp !== '' ? [heading(t('report.followUp'), 2), body(tour.followUp)] : []),
  ];
}

/** One chapter per key point with findings (the model leaves out the empty ones). */
function keyPointChapters(ctx: WriteContext, doc: ReportDocument, figures: FigureCounter): DocumentChild[] {
  const { t } = ctx;
  return doc.chapters.flatMap((chapter) => [
    heading(t('report.keyPoint', { number: chapter.number, title: chapter.title }), 1, {
      pageBreakBefore: true,
    }),
    ...chapter.groups.flatMap((group, g) => [
      heading(t(`kinds.${group.kind}`), 2),
      ...group.findings.flatMap((finding, f) =>
        findingParagraphs(ctx, finding, figures, 3, true, closedBy(chapter, g, f)),
      ),
    ]),
    ...chapterEnding(ctx, chapter),
  ]);
}

/**
 * Whether the finding is the chapter's last and the chapter's conclusions or recommendations
 * follow it: it then keeps with them, so that they never stand alone on a page (a single
 * recommendation with its heading did, before the next chapter's page break).
 */
function closedBy(chapter: KeyPointChapter, group: number, finding: number): boolean {
  const lastGroup = chapter.groups.length - 1;
  return (
    group === lastGroup &&
    finding === (chapter.groups[lastGroup]?.findings.length ?? 0) - 1 &&
    (chapter.conclusions.length > 0 || chapter.recommendations.length > 0)
  );
}

/** A recommendation as a numbered paragraph: its number is the one in the summary table. */
function numberedRecommendation(row: RecommendationRow): Paragraph {
  return new Paragraph({
    spacing: { before: 120 },
    children: [new TextRun({ text: `${row.number}. `, bold: true }), ...runs(row.text)],
  });
}

/** Up to this many recommendations close a chapter as one block, with their heading. */
const SHORT_LIST = 5;
/**
 * A block of recommendations kept in one row is at most this long (characters): some twenty lines
 * in 14 pt, well under a page, as a row taller than a page would be split all the same.
 */
const KEPT_BLOCK_CHARACTERS = 1500;

const lengthOf = (rows: readonly RecommendationRow[]) =>
  rows.reduce((sum, row) => sum + row.text.length + 4, 0);

/**
 * A key point's recommendations end its chapter, just before the next chapter's page break: a
 * short list stays on one page (with its heading, which keeps with it), a longer one keeps its
 * last two together, so that no recommendation is left alone on a page before the break (the
 * sample's no. 6 was). Kept in a row that may not split (keptBlock); a block too long for that
 * keeps its paragraphs with the next instead.
 */
function closingRecommendations(ctx: WriteContext, rows: readonly RecommendationRow[]): DocumentChild[] {
  const kept = rows.length <= SHORT_LIST ? rows : rows.slice(-2);
  const before = rows.slice(0, rows.length - kept.length);
  if (lengthOf(kept) > KEPT_BLOCK_CHARACTERS) {
    const makers = rows.map(
      (row): ParagraphMaker =>
        (keepNext) =>
          numberedRecommendationPlain(row, keepNext),
    );
    return rows.length <= SHORT_LIST ? keptTogether(makers) : keptTogetherTail(makers);
  }
  return [
    ...before.map((row) => numberedRecommendationPlain(row, false)),
    keptBlock(ctx.preset, kept.map(numberedRecommendation)),
  ];
}

function numberedRecommendationPlain(row: RecommendationRow, keepNext: boolean): PlainParagraph {
  return new PlainParagraph({
    keepNext,
    spacingBefore: 120,
    runs: [{ text: `${row.number}. `, bold: true }, ...plainRuns(row.text)],
  });
}

/** A key point's chapter ends with what the delegation concludes on it and recommends; empty parts left out. */
function chapterEnding(ctx: WriteContext, chapter: KeyPointChapter): DocumentChild[] {
  const { t } = ctx;
  return [
    ...(chapter.conclusions.length > 0
      ? [
          heading(t('report.keyPointConclusions'), 2),
          ...keptTogetherTail(textBlockMakers(chapter.conclusions), chapter.recommendations.length > 0),
        ]
      : []),
    ...(chapter.recommendations.length > 0
      ? [
          heading(t('report.keyPointRecommendations'), 2),
          ...closingRecommendations(ctx, chapter.recommendations),
        ]
      : []),
  ];
}

export function recommendationsTable(
  ctx: WriteContext,
  doc: Pick<ReportDocument, 'recommendations'>,
  /** The head of delegation, whose signature closes the table (when nothing comes between). */
  signedBy?: DelegateLine,
): DocumentChild[] {
  const { t } = ctx;
  if (doc.recommendations.length === 0) return [];
  return [
    table(ctx.preset, {
      ...(signedBy ? { closing: signatureRowContent(ctx, signedBy) } : {}),
      columns: [
        { heading: t('table.number'), share: 1.3 },
        { heading: t('table.recommendation'), share: 7 },
        { heading: t('table.keyPoint'), share: 2.3 },
        { heading: t('table.basis'), share: 2.3 },
        { heading: t('table.responsible'), share: 3 },
        // Priority and horizon share a column: with the key point's, seven would split words.
        { heading: t('table.priorityAndHorizon'), share: 2.6 },
      ],
      rows: doc.recommendations.map((row) => [
        `${row.number}`,
        recommendationWithResult(ctx, row),
        row.keyPoints.join(', '),
        row.basis.join(', '),
        row.responsible,
        `${t(`priority.${row.priority}`)},\n${termText(ctx, row)}`,
      ]),
    }),
  ];
}

/** The annexes that have content, numbered 1, 2, 3 in the order they appear. */
function annexes(ctx: WriteContext, doc: ReportDocument): DocumentChild[] {
  const { t } = ctx;
  const parts: { title: string; body: DocumentChild[] }[] = [];
  if (doc.programme.length > 0)
    parts.push({ title: t('report.fullProgramme'), body: programmeTable(ctx, doc.programme) });
  if (doc.personsMet.length > 0) parts.push({ title: t('report.personsMet'), body: personsTable(ctx, doc) });
  if (doc.materials.length > 0) {
    parts.push({
      title: t('report.materials'),
      body: [
        table(ctx.preset, {
          columns: [
            { heading: t('table.number'), share: 1 },
            { heading: t('table.title'), share: 7 },
            { heading: t('table.kind'), share: 2.5 },
            { heading: t('table.language'), share: 2.5 },
            { heading: t('table.receivedFrom'), share: 4 },
          ],
          rows: doc.materials.map((material, i) => [
            `${i + 1}`,
            material.title,
            t(`materialKind.${material.kind}`),
            languageName(material.language, ctx.language),
            material.receivedFrom,
          ]),
        }),
      ],
    });
  }
  // Last: it lists what the text and the other annexes abbreviate, in the order they do.
  const abbreviations = abbreviationsAnnex(ctx, doc);
  if (abbreviations) parts.push(abbreviations);
  return parts.flatMap((part, i) => [annexMark(ctx, i + 1), heading(part.title, 1), ...part.body]);
}

/**
 * An annex's mark in the top right corner of its first page ("Приложение 1"), as STB 6.38-2016
 * and GOST R 7.0.97-2016 place it; the annex's title below it stays a heading, so the contents
 * list the annexes by their titles.
 */
function annexMark(ctx: WriteContext, number: number): Paragraph {
  return new Paragraph({
    style: STYLE.plain,
    alignment: AlignmentType.RIGHT,
    pageBreakBefore: true,
    keepNext: true,
    spacing: { after: 240 },
    children: runs(ctx.t('report.annexMark', { number })),
  });
}

/** People met, one group row per organisation. */
export function personsTable(ctx: WriteContext, doc: Pick<ReportDocument, 'personsMet'>): DocumentChild[] {
  const { t } = ctx;
  return [
    table(ctx.preset, {
      columns: [
        { heading: t('table.number'), share: 1 },
        { heading: t('table.name'), share: 4 },
        { heading: t('table.rankPosition'), share: 6 },
        { heading: `${t('table.phone')}, ${t('table.email')}`, share: 5 },
      ],
      rows: (() => {
        let n = 0;
        return doc.personsMet.flatMap((group) => [
          { group: organisationHeading(ctx, group.organisation) },
          ...group.persons.map((person) => [
            `${++n}`,
            person.name,
            positionAndRank(person),
            [...person.phones, ...person.emails].join('\n'),
          ]),
        ]);
      })(),
    }),
  ];
}

/** The report for the ministry: title page, contents, chapters, recommendations, conclusions, annexes. */
export function reportChildren(ctx: WriteContext, doc: ReportDocument): DocumentChild[] {
  const { t } = ctx;
  const figures = new FigureCounter();
  const head = doc.delegation.find((d) => d.role === 'head');
  const hasConclusions = doc.tour.conclusions.trim() !== '';
  // The signature block never stands alone on the last page: what precedes it keeps with it, and
  // right below the recommendations it is the table's closing row (blocks.ts, TableSpec.closing).
  const signed = head !== undefined;
  const signedInTable = signed && !hasConclusions && doc.recommendations.length > 0;
  return [
    ...titlePage(ctx, doc.tour, head, doc.requisites),
    new Paragraph({
      style: STYLE.titleBlock,
      children: [new TextRun({ text: t('report.contents'), bold: true })],
    }),
    // Chapters only: the kinds of findings (Heading 2) repeat under every key point and would bury
    // the chapters; Word's navigation pane still shows all three levels.
    new TableOfContents(t('report.contents'), { hyperlink: true, headingStyleRange: '1-1' }),
    ...(doc.delegation.length > 0
      ? [
          heading(t('report.delegation'), 1, { pageBreakBefore: true }),
          ...delegationTable(ctx, doc.delegation),
        ]
      : []),
    ...introduction(ctx, doc, doc.delegation.length === 0),
    ...keyPointChapters(ctx, doc, figures),
    // An empty section is left out, never filled with "not written yet" (see domain/documents/leftOut.ts).
    ...(doc.recommendations.length > 0
      ? [
          heading(t('report.recommendations'), 1, { pageBreakBefore: true }),
          body(t('report.recommendationsIntro')),
          ...recommendationsTable(ctx, doc, signedInTable ? head : undefined),
        ]
      : []),
    ...(hasConclusions
      ? [
          heading(t('report.conclusions'), 1, { pageBreakBefore: true }),
          ...keptTogetherTail(textBlockMakers(textBlocksOf(doc.tour.conclusions)), signed),
        ]
      : []),
    ...(signedInTable ? [] : signatureBlock(ctx, head)),
    ...annexes(ctx, doc),
  ];
}

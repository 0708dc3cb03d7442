import { Paragraph, TextRun } from 'docx';
import type {
  BriefDocument,
  BriefSection,
  RecommendationRow,
  DelegateLine,
  ContactsDocument,
  MemoDocument,
  ProgrammeDocument,
} from '../../domain/documents/model';
import { body, heading, labelled, runs, table, type DocumentChild, type WriteContext } from './blocks';
import {
  delegationTable,
  documentHead,
  organisationHeading,
  positionAndRank,
  programmeTable,
  signatureBlock,
} from './common';
import { languageName } from './formatDates';
import { STYLE } from './styles';
import { FigureCounter, findingParagraphs } from './writeReport';
import { termText } from './reportFacts';

const headOf = (delegation: readonly DelegateLine[]) => delegation.find((d) => d.role === 'head');

/** The programme: the itinerary table, then the composition of the delegation. */
export function programmeChildren(ctx: WriteContext, doc: ProgrammeDocument): DocumentChild[] {
  return [
    ...documentHead(ctx, doc, ctx.t('titles.programme')),
    ...(doc.programme.length > 0 ? programmeTable(ctx, doc.programme) : []),
    ...(doc.delegation.length > 0
      ? [heading(ctx.t('report.delegation'), 1), ...delegationTable(ctx, doc.delegation)]
      : []),
    ...signatureBlock(ctx, headOf(doc.delegation)),
  ];
}

/** The contact list: people grouped by organisation, with languages they speak. */
export function contactsChildren(ctx: WriteContext, doc: ContactsDocument): DocumentChild[] {
  const { t } = ctx;
  let n = 0;
  return [
    ...documentHead(ctx, doc, t('titles.contacts')),
    table(ctx.preset, {
      columns: [
        { heading: t('table.number'), share: 1 },
        { heading: t('table.name'), share: 4 },
        { heading: t('table.rankPosition'), share: 5 },
        { heading: t('table.phone'), share: 3.2 },
        { heading: t('table.email'), share: 4.5 },
        { heading: t('table.languages'), share: 2.6 },
      ],
      rows: doc.personsMet.flatMap((group) => [
        { group: organisationHeading(ctx, group.organisation) },
        ...group.persons.map((person) => [
          `${++n}`,
          person.name,
          positionAndRank(person),
          person.phones.join('\n'),
          person.emails.join('\n'),
          person.languages.map((code) => languageName(code, ctx.language)).join(', '),
        ]),
      ]),
    }),
  ];
}

/** A memo on one visit: when, where, who, what was found there. */
export function memoChildren(ctx: WriteContext, doc: MemoDocument): DocumentChild[] {
  const { t, dates } = ctx;
  const { event } = doc;
  const when = `${dates.date(event.date)}, ${event.start}–${event.end}`;
  const place = [event.place, event.address].filter((s) => s !== '').join(', ');
  const figures = new FigureCounter();
  return [
    ...documentHead(ctx, doc, t('titles.memo'), event.title),
    ...labelled(t('memo.date'), when, STYLE.plain),
    ...labelled(t('memo.place'), place, STYLE.plain),
    ...labelled(t('memo.organisation'), event.organisation, STYLE.plain),
    ...labelled(t('memo.hosts'), event.hosts.join('; '), STYLE.plain),
    ...labelled(t('memo.participants'), doc.participants.join('; '), STYLE.plain),
    ...labelled(t('memo.interpreter'), event.interpreter, STYLE.plain),
    ...labelled(t('memo.keyPoints'), doc.keyPoints.join('; '), STYLE.plain),
    // The memo is about this one visit: its findings do not repeat it; none, no heading.
    ...(doc.findings.length > 0
      ? [
          heading(t('memo.findings'), 1),
          ...doc.findings.flatMap((finding) => findingParagraphs(ctx, finding, figures, 2, false)),
        ]
      : []),
    ...(doc.materials.length > 0
      ? [
          heading(t('memo.materials'), 1),
          table(ctx.preset, {
            columns: [
              { heading: t('table.number'), share: 1 },
              { heading: t('table.title'), share: 8 },
              { heading: t('table.language'), share: 3 },
              { heading: t('table.receivedFrom'), share: 4 },
            ],
            rows: doc.materials.map((material, i) => [
              `${i + 1}`,
              material.title,
              languageName(material.language, ctx.language),
              material.receivedFrom,
            ]),
          }),
        ]
      : []),
    ...signatureBlock(ctx, doc.head),
  ];
}

/**
 * The round-table brief: the recommendations by key point (one of two key points under both, with
 * its one number), each with its basis; a model without sections (built by hand) is one flat list.
 */
export function briefChildren(ctx: WriteContext, doc: BriefDocument): DocumentChild[] {
  const { t } = ctx;
  const sections: BriefSection[] = doc.sections ?? [{ keyPoint: null, recommendations: doc.recommendations }];
  const titled = doc.sections !== undefined;
  return [
    ...documentHead(ctx, doc, t('titles.brief')),
    ...(doc.recommendations.length > 0 ? [body(t('brief.intro'))] : []),
    ...sections.flatMap((section) => [
      ...(titled
        ? [
            heading(
              section.keyPoint
                ? t('report.keyPoint', { number: section.keyPoint.number, title: section.keyPoint.title })
                : t('brief.general'),
              1,
            ),
          ]
        : []),
      ...briefRecommendations(ctx, doc, section.recommendations),
    ]),
    ...signatureBlock(ctx, doc.head),
  ];
}

function briefRecommendations(
  ctx: WriteContext,
  doc: BriefDocument,
  rows: readonly RecommendationRow[],
): DocumentChild[] {
  const { t } = ctx;
  const titles = new Map(doc.basisFindings.map((f) => [f.reference, f.title]));
  return [
    ...rows.flatMap((row) => {
      const basis = row.basis.map((ref) => {
        const title = titles.get(ref);
        return title === undefined ? ref : t('brief.citedFinding', { reference: ref, title });
      });
      return [
        new Paragraph({
          keepNext: true,
          spacing: { before: 160 },
          children: [new TextRun({ text: `${row.number}. `, bold: true }), ...runs(row.text)],
        }),
        ...labelled(t('brief.basis'), basis.join('; ')),
        ...labelled(t('brief.responsible'), row.responsible),
        ...labelled(t('brief.terms'), `${t(`priority.${row.priority}`)}, ${termText(ctx, row)}`),
        ...labelled(t('facts.expectedResult'), row.expectedResult ?? ''),
      ];
    }),
  ];
}

import type { Language } from '../entities';
import { pickText } from '../localizedText';
import type { TourBundle } from '../tourBundle';
import type { DocumentModel } from './model';

/**
 * A part of a document that is left out because it has nothing to say: an official document
 * never prints "not written yet". The Documents screen and the Overview name these so the user
 * can fill them in before the export, or send the document without them knowingly.
 */
export type LeftOutSection =
  | { section: 'keyPoint'; title: string }
  /** A key point's chapter is printed (it has findings) but ends without the conclusions on it. */
  | { section: 'keyPointConclusions'; title: string }
  | { section: 'delegation' | 'programme' | 'recommendations' | 'conclusions' | 'personsMet' | 'materials' }
  | { section: 'findings' };

/** What the writer leaves out of this document, in the order the document would have had it. */
export function leftOutSections(model: DocumentModel): LeftOutSection[] {
  const out: LeftOutSection[] = [];
  const when = (condition: boolean, section: LeftOutSection) => {
    if (condition) out.push(section);
  };
  switch (model.kind) {
    case 'report':
      when(model.delegation.length === 0, { section: 'delegation' });
      for (const title of model.emptyKeyPoints ?? []) out.push({ section: 'keyPoint', title });
      for (const chapter of model.chapters)
        when(chapter.conclusions.length === 0, { section: 'keyPointConclusions', title: chapter.title });
      when(model.recommendations.length === 0, { section: 'recommendations' });
      when(model.tour.conclusions.trim() === '', { section: 'conclusions' });
      when(model.programme.length === 0, { section: 'programme' });
      when(model.personsMet.length === 0, { section: 'personsMet' });
      when(model.materials.length === 0, { section: 'materials' });
      break;
    case 'programme':
      when(model.programme.length === 0, { section: 'programme' });
      when(model.delegation.length === 0, { section: 'delegation' });
      break;
    case 'contacts':
      when(model.personsMet.length === 0, { section: 'personsMet' });
      break;
    case 'memo':
      when(model.findings.length === 0, { section: 'findings' });
      break;
    case 'brief':
      when(model.recommendations.length === 0, { section: 'recommendations' });
      break;
  }
  return out;
}

/** The records the report's left-out chapters depend on (tombstones may be included). */
export type ReportSources = Pick<
  TourBundle,
  'tour' | 'delegates' | 'themes' | 'events' | 'findings' | 'recommendations' | 'contacts' | 'materials'
>;

const live = <T extends { deletedAt: string | null }>(records: readonly T[]): T[] =>
  records.filter((record) => record.deletedAt === null);

/**
 * What the report in `language` (all key points, only the findings marked for it: the Documents
 * screen's defaults) will leave out, read straight from the records: the Overview asks on every
 * change, and building the whole report model takes a second for a large tour. Agrees with
 * `leftOutSections(buildDocument(…))` (tests/unit/documents/leftOutReadiness.test.ts).
 */
export function reportLeftOut(sources: ReportSources, language: Language): LeftOutSection[] {
  const out: LeftOutSection[] = [];
  if (live(sources.delegates).length === 0) out.push({ section: 'delegation' });
  const keyPointsWithFindings = new Set(
    live(sources.findings)
      .filter((finding) => finding.includeInReport)
      .map((finding) => finding.themeId),
  );
  const withoutConclusions: LeftOutSection[] = [];
  for (const theme of live(sources.themes).sort((a, b) => a.order - b.order)) {
    const title = pickText(theme.title, language).value;
    if (!keyPointsWithFindings.has(theme.id)) out.push({ section: 'keyPoint', title });
    else if (pickText(theme.conclusions ?? {}, language).value.trim() === '')
      withoutConclusions.push({ section: 'keyPointConclusions', title });
  }
  out.push(...withoutConclusions);
  if (live(sources.recommendations).length === 0) out.push({ section: 'recommendations' });
  if (pickText(sources.tour.conclusions, language).value.trim() === '') out.push({ section: 'conclusions' });
  if (live(sources.events).length === 0) out.push({ section: 'programme' });
  if (live(sources.contacts).length === 0) out.push({ section: 'personsMet' });
  if (live(sources.materials).length === 0) out.push({ section: 'materials' });
  return out;
}

import type { Abbreviation } from '../entities';
import type { ReportDocument } from './model';
import type { TextBlock } from '../findings/plainText';

/** Escapes a string for use inside a regular expression. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where an abbreviation occurs as a word of its own: not inside a longer word ("ORFK" is not found
 * in "ORFKX"), but before a hyphenated ending ("ORFK-val") or punctuation. Case counts: "ЖЭС" is
 * an abbreviation, "жэс" would not be.
 */
export function abbreviationPattern(abbreviation: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(abbreviation.trim())}(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * The abbreviations that occur in the texts, in the order of their first occurrence (texts in
 * reading order, then position within a text). Those that never occur are left out: a list of
 * abbreviations explains the document, not the tour's vocabulary. The same abbreviation entered
 * twice counts once (the first entry).
 */
export function abbreviationsInOrder<T extends Pick<Abbreviation, 'abbreviation'>>(
  texts: readonly string[],
  abbreviations: readonly T[],
): T[] {
  const seen = new Set<string>();
  const found: { item: T; text: number; at: number; entry: number }[] = [];
  abbreviations.forEach((item, entry) => {
    const key = item.abbreviation.trim();
    if (key === '' || seen.has(key)) return;
    seen.add(key);
    const pattern = abbreviationPattern(key);
    for (let text = 0; text < texts.length; text++) {
      const match = pattern.exec(texts[text]!);
      if (match) {
        found.push({ item, text, at: match.index, entry });
        return;
      }
    }
  });
  return found.sort((a, b) => a.text - b.text || a.at - b.at || a.entry - b.entry).map((f) => f.item);
}

/**
 * The report's texts in the order the report prints them (see export/docx/writeReport.ts): the
 * title, the delegation, the introduction, the key point chapters, the recommendations, the
 * conclusions, then the annexes. Fixed words from locales are not included: they spell out what
 * they mean.
 */
const blockText = (block: TextBlock) => ('items' in block ? block.items.join('\n') : block.text);

export function reportTextsInOrder(doc: Omit<ReportDocument, 'fallbacks' | 'abbreviations'>): string[] {
  const { tour } = doc;
  const recommendationTexts = (rows: ReportDocument['recommendations']) =>
    rows.flatMap((row) => [row.text, ...row.basis, row.responsible, row.expectedResult ?? '']);
  return [
    tour.title,
    ...doc.delegation.flatMap((d) => [d.name, d.rank, d.position]),
    tour.purpose,
    tour.legalBasisAct ?? '',
    tour.funding ?? '',
    tour.supportedBy,
    tour.termsSummary ?? '',
    ...doc.programme.flatMap((day) => day.items.map((item) => item.title)),
    tour.followUp,
    ...doc.chapters.flatMap((chapter) => [
      chapter.title,
      ...chapter.groups.flatMap((group) =>
        group.findings.flatMap((f) => [
          f.title,
          ...f.blocks.map(blockText),
          ...f.sources,
          f.visit?.title ?? '',
          f.applicabilityNote,
          ...f.photos.map((p) => p.caption),
        ]),
      ),
      // Each chapter ends with its conclusions and its recommendations, before the summary table.
      ...chapter.conclusions.map(blockText),
      ...recommendationTexts(chapter.recommendations),
    ]),
    ...recommendationTexts(doc.recommendations),
    tour.conclusions,
    ...doc.programme.flatMap((day) =>
      day.items.flatMap((item) => [
        item.title,
        item.place,
        item.organisation,
        ...item.hosts,
        item.interpreter,
      ]),
    ),
    ...doc.personsMet.flatMap((group) => [
      group.organisation,
      ...group.persons.flatMap((p) => [p.name, p.position, p.rank]),
    ]),
    ...doc.materials.flatMap((m) => [m.title, m.receivedFrom]),
  ].filter((text) => text !== '');
}

import type { Language } from '../entities';
import { fieldKey, TRANSLATABLE_FIELDS, type TranslatableKind } from '../findings/translatableFields';
import type { Fallback, FallbackRecord } from './fallbacks';

/** The parts of a document a head of delegation recognises, in the order a report has them. */
export const VERDICT_SECTIONS = [
  'titlePage',
  'delegation',
  'programme',
  'keyPoints',
  'findings',
  'photos',
  'recommendations',
  'personsMet',
  'materials',
] as const;
export type VerdictSection = (typeof VERDICT_SECTIONS)[number];

const SECTION_OF: Record<FallbackRecord, VerdictSection> = {
  tour: 'titlePage',
  delegate: 'delegation',
  event: 'programme',
  theme: 'keyPoints',
  finding: 'findings',
  attachment: 'photos',
  recommendation: 'recommendations',
  organisation: 'personsMet',
  contact: 'personsMet',
  material: 'materials',
};

export interface VerdictSectionItem {
  section: VerdictSection;
  /** How many texts of this section are not in the document language. */
  count: number;
  /** The Translation screen's keys of those texts (a name only known in another script has none). */
  textKeys: string[];
  /** The language most of them were taken from. */
  mostlyFrom: Language;
}

/** Texts in the document language whose source changed after they were translated. */
export interface VerdictReview {
  count: number;
  /** The Translation screen's keys of those texts. */
  textKeys: string[];
  /** A few words naming each (its record's title or the text's beginning). */
  labels: string[];
}

/**
 * Fit to send, or how many texts were taken from another language, section by section, and how
 * many translations need review (counted apart: they are in the right language, with an old meaning).
 */
export interface DocumentVerdict {
  ready: boolean;
  total: number;
  sections: VerdictSectionItem[];
  review: VerdictReview;
}

function isTranslatable(fallback: Fallback): boolean {
  const fields: Partial<Record<FallbackRecord, readonly string[]>> = TRANSLATABLE_FIELDS;
  return fields[fallback.record]?.includes(fallback.field) ?? false;
}

const textKey = (f: Fallback) => fieldKey(f.record as TranslatableKind, f.recordId, f.field);

/** The most frequent language texts were taken from; ties go to the one met first. */
function mostFrequent(languages: readonly Language[]): Language {
  const counts = new Map<Language, number>();
  for (const language of languages) counts.set(language, (counts.get(language) ?? 0) + 1);
  let best = languages[0]!;
  for (const [language, count] of counts) if (count > counts.get(best)!) best = language;
  return best;
}

/**
 * Whether a document can go out as it is: ready when every text is in the document language,
 * otherwise the texts taken from another language, grouped by section. A text empty in every
 * language is not taken from anywhere: its chapter is left out of the document, and the list of
 * left-out chapters (leftOut.ts) says so.
 */
export function documentVerdict(
  allFallbacks: readonly Fallback[],
  needsReview: readonly Fallback[] = [],
): DocumentVerdict {
  const fallbacks = allFallbacks.filter((fallback) => fallback.usedLanguage !== null);
  const bySection = new Map<VerdictSection, Fallback[]>();
  for (const fallback of fallbacks) {
    const section = SECTION_OF[fallback.record];
    const list = bySection.get(section);
    if (list) list.push(fallback);
    else bySection.set(section, [fallback]);
  }
  const sections = VERDICT_SECTIONS.flatMap((section): VerdictSectionItem[] => {
    const list = bySection.get(section);
    if (!list) return [];
    return [
      {
        section,
        count: list.length,
        textKeys: list.filter(isTranslatable).map(textKey),
        mostlyFrom: mostFrequent(list.flatMap((f) => (f.usedLanguage === null ? [] : [f.usedLanguage]))),
      },
    ];
  });
  const review: VerdictReview = {
    count: needsReview.length,
    textKeys: needsReview.filter(isTranslatable).map(textKey),
    labels: needsReview.map((f) => f.label),
  };
  return { ready: fallbacks.length === 0 && review.count === 0, total: fallbacks.length, sections, review };
}

import {
  LANGUAGES,
  type Attachment,
  type Contact,
  type Delegate,
  type Finding,
  type Language,
  type LocalizedText,
  type Material,
  type Organisation,
  type Recommendation,
  type KeyPoint,
  type Tour,
  type TourEvent,
  type TranslationMeta,
  type TranslationNote,
} from '../entities';
import { hasText } from '../localizedText';
import { sortByOrder } from './ordering';

/** Which multilingual fields of each kind of record a translator works through. */
export const TRANSLATABLE_FIELDS = {
  tour: [
    'title',
    'purpose',
    'supportedBy',
    'followUp',
    'conclusions',
    'legalBasisAct',
    'funding',
    'termsSummary',
  ],
  theme: ['title', 'conclusions'],
  finding: ['title', 'text', 'applicabilityNote'],
  recommendation: ['text', 'responsible', 'expectedResult'],
  attachment: ['caption'],
  material: ['title'],
  event: ['title', 'notes'],
  organisation: ['name'],
  delegate: ['rank', 'position', 'organisation'],
  contact: ['rank', 'position'],
} as const satisfies {
  tour: readonly (keyof Tour)[];
  theme: readonly (keyof KeyPoint)[];
  finding: readonly (keyof Finding)[];
  recommendation: readonly (keyof Recommendation)[];
  attachment: readonly (keyof Attachment)[];
  material: readonly (keyof Material)[];
  event: readonly (keyof TourEvent)[];
  organisation: readonly (keyof Organisation)[];
  delegate: readonly (keyof Delegate)[];
  contact: readonly (keyof Contact)[];
};

export type TranslatableKind = keyof typeof TRANSLATABLE_FIELDS;
export const TRANSLATABLE_KINDS = Object.keys(TRANSLATABLE_FIELDS) as TranslatableKind[];

/** One multilingual text of one record: a line of the translator's backlog. */
export interface TranslatableField {
  kind: TranslatableKind;
  recordId: string;
  field: string;
  text: LocalizedText;
  /** Stable key for lists and for writing back. */
  key: string;
  /** What each translation of the text was made from, and by whom (domain/translations). */
  notes?: Partial<Record<Language, TranslationNote>>;
}

/** The kinds of records whose texts may be translated: what the Translation screen and XLIFF read. */
export const TRANSLATABLE_RECORD_KINDS = [
  'themes',
  'findings',
  'recommendations',
  'attachments',
  'materials',
  'events',
  'organisations',
  'delegates',
  'contacts',
] as const;

/** The records of one tour whose texts may be translated (attachments without their Blobs are enough). */
export interface TranslatableTour {
  tour: Tour;
  themes: readonly KeyPoint[];
  findings: readonly Finding[];
  recommendations: readonly Recommendation[];
  attachments: readonly Pick<Attachment, 'id' | 'caption' | 'deletedAt' | 'order'>[];
  materials: readonly Material[];
  events?: readonly TourEvent[];
  organisations?: readonly Organisation[];
  delegates?: readonly Delegate[];
  contacts?: readonly Contact[];
}

/** A field with no text in any language is not part of the backlog: there is nothing to translate yet. */
export function isEmptyEverywhere(text: LocalizedText): boolean {
  return LANGUAGES.every((language) => !hasText(text, language));
}

export function fieldKey(kind: TranslatableKind, recordId: string, field: string): string {
  return `${kind}:${recordId}:${field}`;
}

function collect<K extends TranslatableKind>(
  kind: K,
  records: readonly ({ id: string; deletedAt: string | null } & Record<string, unknown>)[],
): TranslatableField[] {
  const fields: readonly string[] = TRANSLATABLE_FIELDS[kind];
  return records
    .filter((record) => record.deletedAt === null)
    .flatMap((record) =>
      fields.map((field) => {
        const notes = (record.translationMeta as TranslationMeta | undefined)?.[field];
        return {
          kind,
          recordId: record.id,
          field,
          text: (record[field] as LocalizedText | undefined) ?? {},
          key: fieldKey(kind, record.id, field),
          ...(notes ? { notes } : {}),
        };
      }),
    );
}

/**
 * Every multilingual field of a tour that has text in at least one language, in a reading
 * order a translator can follow: tour, key points, findings, recommendations, captions,
 * materials, then the programme and people.
 */
export function translatableFields(source: TranslatableTour): TranslatableField[] {
  // Records are typed; `collect` reads them by field name, which TRANSLATABLE_FIELDS checked against their types.
  type Loose = { id: string; deletedAt: string | null } & Record<string, unknown>;
  const loose = (records: readonly object[] | undefined) => (records ?? []) as readonly Loose[];
  const all = [
    ...collect('tour', loose([source.tour])),
    ...collect('theme', loose(sortByOrder(source.themes))),
    ...collect('finding', loose(source.findings)),
    ...collect('recommendation', loose(sortByOrder(source.recommendations))),
    ...collect('attachment', loose(source.attachments)),
    ...collect('material', loose(source.materials)),
    ...collect('event', loose(source.events)),
    ...collect('organisation', loose(source.organisations)),
    ...collect('delegate', loose(source.delegates)),
    ...collect('contact', loose(source.contacts)),
  ];
  return all.filter((field) => !isEmptyEverywhere(field.text));
}

export interface LanguageCount {
  language: Language;
  /** Fields that have text in this language. */
  translated: number;
  /** Fields with text in some other language but not in this one: the backlog for this language. */
  missing: number;
  /** All fields with any text. */
  total: number;
}

/** Per language: how many of the fields are translated into it and how many are still missing. */
export function translationCounts(fields: readonly TranslatableField[]): Record<Language, LanguageCount> {
  const result = {} as Record<Language, LanguageCount>;
  for (const language of LANGUAGES) {
    const translated = fields.filter((field) => hasText(field.text, language)).length;
    result[language] = { language, translated, missing: fields.length - translated, total: fields.length };
  }
  return result;
}

/** The backlog for one target language. */
export function notYetTranslatedInto(
  fields: readonly TranslatableField[],
  language: Language,
): TranslatableField[] {
  return fields.filter((field) => !hasText(field.text, language));
}

/** Languages a text still lacks, for the "missing translations" marks shown wherever it appears. */
export function missingLanguages(text: LocalizedText): Language[] {
  if (isEmptyEverywhere(text)) return [];
  return LANGUAGES.filter((language) => !hasText(text, language));
}

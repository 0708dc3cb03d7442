import {
  LANGUAGES,
  type Contact,
  type Delegate,
  type Finding,
  type Language,
  type LocalizedText,
  type Material,
  type Organisation,
  type Recommendation,
  type TourEvent,
} from '../entities';
import { pickText } from '../localizedText';
import { displayName } from '../names';

/** The kinds of record global search finds, in the order their groups are listed when scores tie. */
export const SEARCH_KINDS = [
  'contact',
  'delegate',
  'event',
  'organisation',
  'finding',
  'recommendation',
  'material',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One text a record can be found by, with the language it is written in (null: not a translation). */
export interface SearchText {
  language: Language | null;
  text: string;
}

/**
 * What the index knows of one record: every language version of its title and of the rest of its
 * text, so a query in any language finds it, plus the title as each interface language shows it.
 */
export interface SearchDocument {
  /** `${kind}:${recordId}`: unique across kinds. */
  id: string;
  kind: SearchKind;
  recordId: string;
  /** Changes whenever the record changes: the index re-reads a record only when this differs. */
  version: string;
  /** The title in each interface language (falling back to another language when untranslated). */
  label: Record<Language, string>;
  titles: SearchText[];
  bodies: SearchText[];
}

/** The records of one tour that global search covers; tombstones are skipped. */
export interface SearchableRecords {
  events: readonly TourEvent[];
  delegates: readonly Delegate[];
  contacts: readonly Contact[];
  organisations: readonly Organisation[];
  findings: readonly Finding[];
  recommendations: readonly Recommendation[];
  materials: readonly Material[];
}

type Stamped = { id: string; revision: number; updatedAt: string };

function versionOf(record: Stamped): string {
  return `${record.revision}:${record.updatedAt}`;
}

function translations(text: LocalizedText): SearchText[] {
  return LANGUAGES.flatMap((language) => {
    const value = text[language]?.trim();
    return value ? [{ language, text: value }] : [];
  });
}

function plain(...values: readonly string[]): SearchText[] {
  return values.map((text) => text.trim()).flatMap((text) => (text ? [{ language: null, text }] : []));
}

function labels(pick: (language: Language) => string): Record<Language, string> {
  return Object.fromEntries(LANGUAGES.map((language) => [language, pick(language)])) as Record<
    Language,
    string
  >;
}

function localizedLabels(text: LocalizedText): Record<Language, string> {
  return labels((language) => pickText(text, language).value);
}

function document(
  kind: SearchKind,
  record: Stamped,
  label: Record<Language, string>,
  titles: SearchText[],
  bodies: SearchText[],
): SearchDocument {
  return {
    id: `${kind}:${record.id}`,
    kind,
    recordId: record.id,
    version: versionOf(record),
    label,
    titles,
    bodies,
  };
}

/** Unique texts only: a contact's Russian and English names are often spelt alike. */
function distinct(texts: SearchText[]): SearchText[] {
  const seen = new Set<string>();
  return texts.filter((entry) => {
    if (seen.has(entry.text)) return false;
    seen.add(entry.text);
    return true;
  });
}

export function eventDocument(event: TourEvent): SearchDocument {
  return document('event', event, localizedLabels(event.title), translations(event.title), [
    ...translations(event.notes),
    ...plain(event.place, event.address),
  ]);
}

/**
 * A contact is found by their name as written in every language — the Latin original, the checked
 * Cyrillic forms and, where none is checked, the suggested transcription — so "Сёке" finds Szőke.
 */
export function contactDocument(contact: Contact): SearchDocument {
  const label = labels((language) => displayName(contact, language));
  const names = distinct([
    { language: null, text: [contact.prefix, contact.givenName, contact.familyName].join(' ').trim() },
    ...LANGUAGES.map((language) => ({ language, text: label[language] })),
  ]).filter((entry) => entry.text !== '');
  return document('contact', contact, label, names, [
    ...translations(contact.rank),
    ...translations(contact.position),
    ...plain(...contact.emails, ...contact.phones, contact.notes),
  ]);
}

/**
 * A member of the delegation is found by name ("Шаўчук" finds the delegate Шаўчук) and by rank,
 * position and organisation in every language they are written in.
 */
export function delegateDocument(delegate: Delegate): SearchDocument {
  const name = [delegate.familyName, delegate.givenName, delegate.patronymic]
    .filter((part) => part !== '')
    .join(' ');
  return document(
    'delegate',
    delegate,
    labels(() => name),
    plain(name),
    [
      ...translations(delegate.rank),
      ...translations(delegate.position),
      ...translations(delegate.organisation),
    ],
  );
}

export function organisationDocument(organisation: Organisation): SearchDocument {
  return document(
    'organisation',
    organisation,
    localizedLabels(organisation.name),
    translations(organisation.name),
    plain(organisation.city, organisation.address, organisation.website, organisation.notes),
  );
}

export function findingDocument(finding: Finding): SearchDocument {
  return document('finding', finding, localizedLabels(finding.title), translations(finding.title), [
    ...translations(finding.text),
    ...translations(finding.applicabilityNote),
    ...plain(...finding.tags),
  ]);
}

/** A recommendation has no title: its text is what the user names it by. */
export function recommendationDocument(recommendation: Recommendation): SearchDocument {
  return document(
    'recommendation',
    recommendation,
    localizedLabels(recommendation.text),
    translations(recommendation.text),
    translations(recommendation.responsible),
  );
}

export function materialDocument(material: Material): SearchDocument {
  return document('material', material, localizedLabels(material.title), translations(material.title), []);
}

const isLive = (record: { deletedAt: string | null }) => record.deletedAt === null;

/** Every live record of the tour as a search document. */
export function searchDocuments(records: SearchableRecords): SearchDocument[] {
  return [
    ...records.contacts.filter(isLive).map(contactDocument),
    ...records.delegates.filter(isLive).map(delegateDocument),
    ...records.events.filter(isLive).map(eventDocument),
    ...records.organisations.filter(isLive).map(organisationDocument),
    ...records.findings.filter(isLive).map(findingDocument),
    ...records.recommendations.filter(isLive).map(recommendationDocument),
    ...records.materials.filter(isLive).map(materialDocument),
  ];
}

import type {
  APPLICABILITY,
  DELEGATE_ROLES,
  EVENT_KINDS,
  FINDING_KINDS,
  HORIZONS,
  Language,
  MATERIAL_KINDS,
  PRIORITIES,
  RecommendationTerm,
} from '../entities';
import type { TextBlock } from '../findings/plainText';
import type { Fallback } from './fallbacks';

/**
 * The report model: everything a document says, already in the document language, with no
 * fixed words (those come from locales/doc in the writer) and no formatting. Dates stay ISO
 * ("2010-09-20") and times "HH:MM": how they are written depends on the preset.
 */

export const DOCUMENT_KINDS = ['report', 'programme', 'contacts', 'memo', 'brief'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type FindingKind = (typeof FINDING_KINDS)[number];
export type Applicability = (typeof APPLICABILITY)[number];
export type Priority = (typeof PRIORITIES)[number];
export type Horizon = (typeof HORIZONS)[number];
export type DelegateRole = (typeof DELEGATE_ROLES)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

export interface TourSummary {
  title: string;
  purpose: string;
  supportedBy: string;
  followUp: string;
  conclusions: string;
  /** ISO 3166-1 alpha-2; the writer names the country in the document language. */
  hostCountry: string;
  startDate: string;
  endDate: string;
  /*
   * The facts the introduction states besides the purpose (see entities/tourFacts.ts); optional
   * so that models built by hand (tests) need not name them. Empty strings when not given.
   */
  /** The act sending the delegation, in the document language ("приказ МВД Республики Беларусь"). */
  legalBasisAct?: string;
  /** Its ISO date (or "") and number. */
  legalBasis?: { date: string; number: string };
  funding?: string;
  termsSummary?: string;
}

/** One line of the list of abbreviations: the abbreviation and its expansion in the document language. */
export interface AbbreviationLine {
  abbreviation: string;
  expansion: string;
}

export interface DelegateLine {
  name: string;
  /** Initials and surname as a signature block writes them ("А.П. Ковалёв", "A. Kovalev"). */
  signatureName: string;
  rank: string;
  position: string;
  role: DelegateRole;
}

/** The requisites of one document in its language (see TourRequisites); empty strings when not given. */
export interface DocumentRequisites {
  /** Where the document is drawn up ("г. Минск"). */
  place: string;
  /** ISO date of the document, or "". */
  date: string;
  number: string;
  /** The approval block, when it is wanted on this document. */
  approval: { position: string; name: string } | null;
}

export interface ProgrammeItem {
  eventId: string;
  kind: EventKind;
  /** "HH:MM" on the venue's clock. */
  start: string;
  end: string;
  /** ISO date the event ends on when it is not the day it starts on. */
  endDate: string | null;
  title: string;
  place: string;
  organisation: string;
  hosts: string[];
  interpreter: string;
}

export interface ProgrammeDay {
  date: string;
  items: ProgrammeItem[];
}

export interface PhotoItem {
  attachmentId: string;
  caption: string;
  mimeType: string;
  width: number | null;
  height: number | null;
  blob: Blob;
}

export interface FindingItem {
  findingId: string;
  /** "2.3": key point 2, third finding; how recommendations cite it. */
  reference: string;
  kind: FindingKind;
  title: string;
  blocks: TextBlock[];
  sources: string[];
  visit: { title: string; date: string } | null;
  applicability: Applicability | null;
  applicabilityNote: string;
  photos: PhotoItem[];
}

export interface FindingGroup {
  kind: FindingKind;
  findings: FindingItem[];
}

export interface KeyPointChapter {
  themeId: string;
  number: number;
  title: string;
  groups: FindingGroup[];
  /** What the delegation concludes on this key point (empty when not written): the chapter ends with it. */
  conclusions: TextBlock[];
  /** The recommendations of this key point, with their numbers in the summary table. */
  recommendations: RecommendationRow[];
}

export interface RecommendationRow {
  number: number;
  /**
   * The key points it belongs to: the chapter's number ("2") for a key point with a chapter, else
   * the key point's title. Empty for a recommendation tied to none.
   */
  keyPoints: string[];
  text: string;
  /** Finding references ("1.2") or, for a finding outside the report, its title. */
  basis: string[];
  responsible: string;
  horizon: Horizon;
  /** The concrete term, printed instead of the horizon; absent or null when there is none. */
  term?: RecommendationTerm | null;
  /** The expected result in the document language; absent or "" when there is none. */
  expectedResult?: string;
  priority: Priority;
}

export interface ContactLine {
  name: string;
  rank: string;
  position: string;
  phones: string[];
  emails: string[];
  /** ISO 639 codes; the writer names them in the document language. */
  languages: string[];
}

export interface OrganisationPersons {
  organisation: string;
  persons: ContactLine[];
}

export interface MaterialLine {
  title: string;
  kind: MaterialKind;
  language: string;
  receivedFrom: string;
  visit: string;
}

interface DocumentBase {
  language: Language;
  tour: TourSummary;
  /** Absent in models built by hand (tests): no requisites are printed then. */
  requisites?: DocumentRequisites;
  /** Texts that had no version in the document language, and what was used instead. */
  fallbacks: Fallback[];
  /** Texts in the document language translated from a source that changed since (absent: none known). */
  needsReview?: Fallback[];
}

export interface ReportDocument extends DocumentBase {
  kind: 'report';
  delegation: DelegateLine[];
  programme: ProgrammeDay[];
  /** Key points with findings, numbered 1, 2, 3… without gaps. */
  chapters: KeyPointChapter[];
  /**
   * Titles of the chosen key points that have no findings: they get no chapter (a document never
   * says "nothing here"), and the Documents screen names them. Absent means none.
   */
  emptyKeyPoints?: string[];
  recommendations: RecommendationRow[];
  personsMet: OrganisationPersons[];
  materials: MaterialLine[];
  /** The abbreviations that occur in the report, in order of first occurrence (the last annex). */
  abbreviations?: AbbreviationLine[];
}

export interface ProgrammeDocument extends DocumentBase {
  kind: 'programme';
  delegation: DelegateLine[];
  programme: ProgrammeDay[];
}

export interface ContactsDocument extends DocumentBase {
  kind: 'contacts';
  personsMet: OrganisationPersons[];
}

export interface MemoDocument extends DocumentBase {
  kind: 'memo';
  event: ProgrammeItem & { date: string; address: string };
  participants: string[];
  keyPoints: string[];
  findings: FindingItem[];
  materials: MaterialLine[];
  /** The head of delegation, who signs the memo; absent when the tour has none. */
  head?: DelegateLine;
}

/** The recommendations of one key point in the brief; `keyPoint` null for those tied to none. */
export interface BriefSection {
  keyPoint: { number: number; title: string } | null;
  recommendations: RecommendationRow[];
}

export interface BriefDocument extends DocumentBase {
  kind: 'brief';
  recommendations: RecommendationRow[];
  /**
   * The same recommendations by key point, in the tour's order (one of two key points under both);
   * only key points with recommendations. Absent in models built by hand (tests): a flat list then.
   */
  sections?: BriefSection[];
  /** The findings the recommendations cite, so the brief can name its basis. */
  basisFindings: { reference: string; title: string }[];
  /** The head of delegation, who signs the brief; absent when the tour has none. */
  head?: DelegateLine;
}

export type DocumentModel =
  ReportDocument | ProgrammeDocument | ContactsDocument | MemoDocument | BriefDocument;

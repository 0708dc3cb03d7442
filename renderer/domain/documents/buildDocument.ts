import { reviewStateOf } from '../review/reviewState';
import type {
  Attachment,
  Contact,
  Delegate,
  Finding,
  Language,
  LocalizedText,
  Material,
  Organisation,
  Recommendation,
  KeyPoint,
  TourEvent,
} from '../entities';
import { FINDING_KINDS } from '../entities';
import { textBlocks } from '../findings/plainText';
import { recommendationKeyPoints } from '../findings/recommendationKeyPoints';
import { pickText } from '../localizedText';
import { compareEvents, groupByDay } from '../programme/agenda';
import type { TourBundle } from '../tourBundle';
import { FallbackCollector } from './fallbacks';
import { reviewLookup } from './reviewLookup';
import type {
  AbbreviationLine,
  BriefDocument,
  BriefSection,
  ContactLine,
  ContactsDocument,
  DelegateLine,
  DocumentKind,
  DocumentRequisites,
  DocumentModel,
  FindingItem,
  KeyPointChapter,
  MaterialLine,
  MemoDocument,
  OrganisationPersons,
  PhotoItem,
  ProgrammeDay,
  ProgrammeDocument,
  ProgrammeItem,
  RecommendationRow,
  ReportDocument,
  TourSummary,
} from './model';
import { contactName, delegateName, delegateSignatureName } from './personNames';
import { abbreviationsInOrder, reportTextsInOrder } from './abbreviations';

/**
 * The requisites of one document in its language, from what was entered once for the tour. Not
 * read through the fallback collector: a place or an approver's name in another language is a
 * form the user typed for this tour, not a translation that is missing.
 */
function documentRequisites(index: TourIndex, kind: DocumentKind): DocumentRequisites {
  const requisites = index.bundle.tour.requisites;
  const text = (value: LocalizedText | undefined) =>
    value === undefined ? '' : pickText(value, index.language).value.trim();
  const registration = requisites?.registration?.[kind];
  const approval = requisites?.approval;
  return {
    place: text(requisites?.place),
    date: registration?.date ?? '',
    number: registration?.number.trim() ?? '',
    approval:
      approval && approval.documents.includes(kind)
        ? { position: text(approval.position), name: text(approval.name) }
        : null,
  };
}

/** Which findings and recommendations a document takes by their review. */
export type ReviewScope = 'approved' | 'all';

export interface DocumentRequest {
  kind: DocumentKind;
  language: Language;
  /** Key points to write chapters for, in their own order; null or absent means all of them. */
  themeIds?: readonly string[] | null;
  /** Only findings marked "include in report" (the default), or all of them. */
  onlyIncludedFindings?: boolean;
  /**
   * Which findings and recommendations by their review (domain/review): only those the head of
   * delegation approved, or all (the default here; the Documents screen proposes "approved" as soon
   * as the delegation uses the review). A finding also needs its "for the report" mark unless
   * `onlyIncludedFindings` is false: approval says it is right, the mark that it belongs in the report.
   */
  reviewScope?: ReviewScope;
  /** The visit a memo is about. */
  eventId?: string | null;
}

export class DocumentRequestError extends Error {
  constructor(readonly code: 'missingEvent' | 'unknownEvent') {
    super(`Cannot build the document: ${code}`);
    this.name = 'DocumentRequestError';
  }
}

const live = <T extends { deletedAt: string | null }>(records: readonly T[]): T[] =>
  records.filter((record) => record.deletedAt === null);

const byOrder = <T extends { order: number }>(records: readonly T[]): T[] =>
  [...records].sort((a, b) => a.order - b.order);

/** The tour's live records, looked up by id; built once per document. */
class TourIndex {
  readonly delegates: Delegate[];
  readonly themes: KeyPoint[];
  readonly events: TourEvent[];
  readonly findings: Finding[];
  readonly recommendations: Recommendation[];
  readonly materials: Material[];
  readonly contacts: Contact[];
  readonly organisations: Organisation[];
  readonly attachments: Attachment[];
  private readonly contactById: Map<string, Contact>;
  private readonly organisationById: Map<string, Organisation>;
  private readonly delegateById: Map<string, Delegate>;
  readonly eventById: Map<string, TourEvent>;

  constructor(
    readonly bundle: TourBundle,
    readonly text: FallbackCollector,
    scope: ReviewScope = 'all',
  ) {
    const inScope = <T extends { status?: string | undefined }>(records: T[]): T[] =>
      scope === 'all' ? records : records.filter((record) => reviewStateOf(record) === 'approved');
    this.delegates = byOrder(live(bundle.delegates));
    this.themes = byOrder(live(bundle.themes));
    this.events = live(bundle.events).sort(compareEvents);
    this.findings = inScope(live(bundle.findings));
    this.recommendations = inScope(byOrder(live(bundle.recommendations)));
    this.materials = live(bundle.materials);
    this.contacts = live(bundle.contacts);
    this.organisations = live(bundle.organisations);
    this.attachments = live(bundle.attachments);
    this.contactById = new Map(this.contacts.map((c) => [c.id, c]));
    this.organisationById = new Map(this.organisations.map((o) => [o.id, o]));
    this.delegateById = new Map(this.delegates.map((d) => [d.id, d]));
    this.eventById = new Map(this.events.map((e) => [e.id, e]));
  }

  get language(): Language {
    return this.text.language;
  }

  contact(id: string | null): Contact | undefined {
    return id === null ? undefined : this.contactById.get(id);
  }

  organisationName(id: string | null): string {
    const organisation = id === null ? undefined : this.organisationById.get(id);
    if (!organisation) return '';
    return this.text.pick(organisation.name, {
      record: 'organisation',
      recordId: organisation.id,
      field: 'name',
    });
  }

  contactNames(ids: readonly string[]): string[] {
    return ids
      .map((id) => this.contactById.get(id))
      .filter((c): c is Contact => c !== undefined)
      .map((c) => contactName(c, this.language));
  }

  delegateNames(ids: readonly string[]): string[] {
    return ids
      .map((id) => this.delegateById.get(id))
      .filter((d): d is Delegate => d !== undefined)
      .sort((a, b) => a.order - b.order)
      .map((d) => delegateName(d, this.language, this.text));
  }

  eventTitle(event: TourEvent): string {
    return this.text.pick(
      event.title,
      { record: 'event', recordId: event.id, field: 'title' },
      { required: true },
    );
  }
}

function tourSummary(index: TourIndex): TourSummary {
  const { tour } = index.bundle;
  const where = (field: string) => ({ record: 'tour' as const, recordId: tour.id, field });
  const title = index.text.pick(tour.title, where('title'), { required: true });
  const label = { label: title };
  return {
    title,
    purpose: index.text.pick(tour.purpose, { ...where('purpose'), ...label }),
    supportedBy: index.text.pick(tour.supportedBy, { ...where('supportedBy'), ...label }),
    followUp: index.text.pick(tour.followUp, { ...where('followUp'), ...label }),
    conclusions: index.text.pick(tour.conclusions, { ...where('conclusions'), ...label }, { required: true }),
    hostCountry: tour.hostCountry,
    startDate: tour.startDate,
    endDate: tour.endDate,
    legalBasisAct: index.text.pick(tour.legalBasisAct ?? {}, { ...where('legalBasisAct'), ...label }),
    legalBasis: {
      date: tour.legalBasis?.date ?? '',
      number: tour.legalBasis?.number.trim() ?? '',
    },
    funding: index.text.pick(tour.funding ?? {}, { ...where('funding'), ...label }),
    termsSummary: index.text.pick(tour.termsSummary ?? {}, { ...where('termsSummary'), ...label }),
  };
}

/**
 * The list of abbreviations: those of the tour that occur in the report's text, in the order they
 * first occur, each expanded in the document language (another language's expansion is a fallback).
 */
function abbreviationLines(
  index: TourIndex,
  doc: Omit<ReportDocument, 'fallbacks' | 'abbreviations'>,
): AbbreviationLine[] {
  const used = abbreviationsInOrder(reportTextsInOrder(doc), index.bundle.tour.abbreviations ?? []);
  return used.map((entry) => ({
    abbreviation: entry.abbreviation.trim(),
    expansion: index.text.pick(
      entry.expansion,
      { record: 'tour', recordId: entry.id, field: 'abbreviation', label: entry.abbreviation },
      { required: true },
    ),
  }));
}

function delegation(index: TourIndex): DelegateLine[] {
  return index.delegates.map((delegate) => delegateLine(index, delegate));
}

/** The head of delegation alone (who signs a memo or a brief): only their texts count as fallbacks. */
function headOfDelegation(index: TourIndex): DelegateLine | undefined {
  const head = index.delegates.find((d) => d.role === 'head');
  return head ? delegateLine(index, head) : undefined;
}

function delegateLine(index: TourIndex, delegate: Delegate): DelegateLine {
  const name = delegateName(delegate, index.language, index.text);
  const where = (field: string) => ({
    record: 'delegate' as const,
    recordId: delegate.id,
    field,
    label: name,
  });
  return {
    name,
    signatureName: delegateSignatureName(delegate, index.language),
    rank: index.text.pick(delegate.rank, where('rank')),
    position: index.text.pick(delegate.position, where('position')),
    role: delegate.role,
  };
}

function programmeItem(index: TourIndex, event: TourEvent): ProgrammeItem {
  const endDate = event.end.slice(0, 10);
  const interpreter = index.contact(event.interpreterContactId);
  return {
    eventId: event.id,
    kind: event.kind,
    start: event.start.slice(11, 16),
    end: event.end.slice(11, 16),
    endDate: endDate === event.start.slice(0, 10) ? null : endDate,
    title: index.eventTitle(event),
    place: event.place,
    organisation: index.organisationName(event.organisationId),
    hosts: index.contactNames(event.hostContactIds),
    interpreter: interpreter ? contactName(interpreter, index.language) : '',
  };
}

function programme(index: TourIndex): ProgrammeDay[] {
  return groupByDay(index.events).map((day) => ({
    date: day.date,
    items: day.events.map((event) => programmeItem(index, event)),
  }));
}

function photosOf(index: TourIndex, findingId: string): PhotoItem[] {
  return index.attachments
    .filter((a) => a.ownerType === 'finding' && a.ownerId === findingId && a.kind === 'photo')
    .sort((a, b) => a.order - b.order)
    .map((attachment) => ({
      attachmentId: attachment.id,
      caption: index.text.pick(attachment.caption, {
        record: 'attachment',
        recordId: attachment.id,
        field: 'caption',
        label: attachment.fileName,
      }),
      mimeType: attachment.mimeType,
      width: attachment.width,
      height: attachment.height,
      blob: attachment.blob,
    }));
}

function findingItem(index: TourIndex, finding: Finding, reference: string): FindingItem {
  const title = index.text.pick(
    finding.title,
    { record: 'finding', recordId: finding.id, field: 'title' },
    { required: true },
  );
  const where = (field: string) => ({
    record: 'finding' as const,
    recordId: finding.id,
    field,
    label: title,
  });
  const event = finding.eventId === null ? undefined : index.eventById.get(finding.eventId);
  const sources = finding.sourceContactIds
    .map((id) => index.contact(id))
    .filter((c): c is Contact => c !== undefined)
    .map((contact) => {
      const organisation = index.organisationName(contact.organisationId);
      const name = contactName(contact, index.language);
      // A comma, not parentheses: organisation names often end in their own "(ORFK)".
      return organisation === '' ? name : `${name}, ${organisation}`;
    });
  return {
    findingId: finding.id,
    reference,
    kind: finding.kind,
    title,
    blocks: textBlocks(index.text.pick(finding.text, where('text'))),
    sources,
    visit: event ? { title: index.eventTitle(event), date: event.start.slice(0, 10) } : null,
    applicability: finding.applicability,
    applicabilityNote: index.text.pick(finding.applicabilityNote, where('applicabilityNote')),
    photos: photosOf(index, finding.id),
  };
}

/**
 * Findings in the order a chapter lists them: by kind, then by the visit (the programme's order),
 * then by date, then as they were written. Records imported together share createdAt, so the
 * visit's start is what keeps the numbering stable between exports.
 */
function chapterOrder(index: TourIndex): (a: Finding, b: Finding) => number {
  const visitStart = (f: Finding) =>
    f.eventId === null ? '' : (index.eventById.get(f.eventId)?.start ?? '');
  return (a, b) =>
    FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind) ||
    (a.date ?? '').localeCompare(b.date ?? '') ||
    visitStart(a).localeCompare(visitStart(b)) ||
    // Equal so far: Array.prototype.sort is stable, so the stored order decides.
    a.createdAt.localeCompare(b.createdAt);
}

interface NumberedKeyPoint {
  theme: KeyPoint;
  number: number;
  findings: { finding: Finding; reference: string }[];
}

/** The chosen key points, each with the findings it covers, in the report's order. */
function chosenKeyPoints(
  index: TourIndex,
  request: DocumentRequest,
): { theme: KeyPoint; findings: Finding[] }[] {
  const wanted = request.themeIds ? new Set(request.themeIds) : null;
  const onlyIncluded = request.onlyIncludedFindings ?? true;
  return index.themes
    .filter((theme) => wanted === null || wanted.has(theme.id))
    .map((theme) => ({
      theme,
      findings: index.findings
        .filter((f) => f.themeId === theme.id && (!onlyIncluded || f.includeInReport))
        .sort(chapterOrder(index)),
    }));
}

/**
 * Which key points and findings a document covers, numbered as the report numbers them ("2.3").
 * A key point without findings gets no chapter and no number, so the chapters run 1, 2, 3.
 */
function numberFindings(index: TourIndex, request: DocumentRequest): NumberedKeyPoint[] {
  return chosenKeyPoints(index, request)
    .filter((point) => point.findings.length > 0)
    .map(({ theme, findings }, position) => ({
      theme,
      number: position + 1,
      findings: findings.map((finding, i) => ({ finding, reference: `${position + 1}.${i + 1}` })),
    }));
}

function emptyKeyPoints(index: TourIndex, request: DocumentRequest): string[] {
  return (
    chosenKeyPoints(index, request)
      .filter((point) => point.findings.length === 0)
      // Read without the collector: a title that is not in the document is no fallback of it.
      .map(({ theme }) => pickText(theme.title, index.language).value)
  );
}

const referenceMap = (numbered: readonly NumberedKeyPoint[]): Map<string, string> =>
  new Map(numbered.flatMap((point) => point.findings.map((f) => [f.finding.id, f.reference] as const)));

function keyPointTitle(index: TourIndex, theme: KeyPoint): string {
  return index.text.pick(
    theme.title,
    { record: 'theme', recordId: theme.id, field: 'title' },
    { required: true },
  );
}

function chapters(
  index: TourIndex,
  numbered: readonly NumberedKeyPoint[],
  rows: readonly RowWithKeyPoints[],
): KeyPointChapter[] {
  return numbered.map(({ theme, number, findings }) => {
    const items = findings.map(({ finding, reference }) => findingItem(index, finding, reference));
    const title = keyPointTitle(index, theme);
    const conclusions = index.text.pick(theme.conclusions ?? {}, {
      record: 'theme',
      recordId: theme.id,
      field: 'conclusions',
      label: title,
    });
    return {
      themeId: theme.id,
      number,
      title,
      groups: FINDING_KINDS.map((kind) => ({ kind, findings: items.filter((f) => f.kind === kind) })).filter(
        (group) => group.findings.length > 0,
      ),
      conclusions: textBlocks(conclusions),
      recommendations: rows.filter((row) => row.themeIds.includes(theme.id)).map(withoutKeyPointIds),
    };
  });
}

/** A row with the ids of its key points, which the model's chapters and brief sections are built from. */
type RowWithKeyPoints = RecommendationRow & { themeIds: string[] };
const withoutKeyPointIds = ({ themeIds: _, ...row }: RowWithKeyPoints): RecommendationRow => row;

function recommendationRows(
  index: TourIndex,
  references: ReadonlyMap<string, string>,
  numbered: readonly NumberedKeyPoint[],
): RowWithKeyPoints[] {
  const findingById = new Map(index.findings.map((f) => [f.id, f]));
  const chapterNumbers = new Map(numbered.map((point) => [point.theme.id, point.number]));
  const keyPointById = new Map(index.themes.map((theme) => [theme.id, theme]));
  return index.recommendations.map((recommendation, i) => {
    // Ids of key points that are gone are dropped; the rest in the tour's order.
    const own = recommendationKeyPoints(recommendation, index.findings);
    const themeIds = index.themes.map((theme) => theme.id).filter((id) => own.includes(id));
    const text = index.text.pick(
      recommendation.text,
      { record: 'recommendation', recordId: recommendation.id, field: 'text' },
      { required: true },
    );
    const basis = recommendation.findingIds.flatMap((id) => {
      const cited = references.get(id);
      if (cited) return [cited];
      const finding = findingById.get(id);
      if (!finding) return [];
      return [index.text.pick(finding.title, { record: 'finding', recordId: finding.id, field: 'title' })];
    });
    return {
      number: i + 1,
      themeIds,
      // The chapter's number where the key point has one; otherwise (left out of this report) its title.
      keyPoints: themeIds.map((id) => {
        const chapter = chapterNumbers.get(id);
        return chapter === undefined ? keyPointTitle(index, keyPointById.get(id)!) : String(chapter);
      }),
      text,
      basis,
      responsible: index.text.pick(recommendation.responsible, {
        record: 'recommendation',
        recordId: recommendation.id,
        field: 'responsible',
        label: text,
      }),
      horizon: recommendation.horizon,
      term: recommendation.term ?? null,
      expectedResult: index.text.pick(recommendation.expectedResult ?? {}, {
        record: 'recommendation',
        recordId: recommendation.id,
        field: 'expectedResult',
        label: text,
      }),
      priority: recommendation.priority,
    };
  });
}

function contactLine(index: TourIndex, contact: Contact): ContactLine {
  const name = contactName(contact, index.language, 'list');
  const where = (field: string) => ({ record: 'contact' as const, recordId: contact.id, field, label: name });
  return {
    name,
    rank: index.text.pick(contact.rank, where('rank')),
    position: index.text.pick(contact.position, where('position')),
    phones: contact.phones,
    emails: contact.emails,
    languages: contact.languages,
  };
}

/** Every person met, grouped by organisation; organisations and people in the document language's order. */
function personsMet(index: TourIndex): OrganisationPersons[] {
  const collator = new Intl.Collator(index.language);
  const groups = new Map<string, ContactLine[]>();
  for (const contact of index.contacts) {
    const organisation = index.organisationName(contact.organisationId);
    const list = groups.get(organisation) ?? [];
    list.push(contactLine(index, contact));
    groups.set(organisation, list);
  }
  return [...groups.entries()]
    .map(([organisation, persons]) => ({
      organisation,
      persons: persons.sort((a, b) => collator.compare(a.name, b.name)),
    }))
    .sort((a, b) => {
      // People without an organisation come last.
      if (a.organisation === '' || b.organisation === '') return a.organisation === '' ? 1 : -1;
      return collator.compare(a.organisation, b.organisation);
    });
}

function materialLines(index: TourIndex, materials: readonly Material[]): MaterialLine[] {
  return materials.map((material) => {
    const from = index.contact(material.receivedFromContactId);
    const event = material.eventId === null ? undefined : index.eventById.get(material.eventId);
    return {
      title: index.text.pick(
        material.title,
        { record: 'material', recordId: material.id, field: 'title' },
        { required: true },
      ),
      kind: material.kind,
      language: material.language,
      receivedFrom: from ? contactName(from, index.language) : '',
      visit: event ? index.eventTitle(event) : '',
    };
  });
}

function buildReport(index: TourIndex, request: DocumentRequest): ReportDocument {
  const tour = tourSummary(index);
  const numbered = numberFindings(index, request);
  const rows = recommendationRows(index, referenceMap(numbered), numbered);
  const doc = {
    kind: 'report' as const,
    language: index.language,
    tour,
    delegation: delegation(index),
    programme: programme(index),
    chapters: chapters(index, numbered, rows),
    emptyKeyPoints: emptyKeyPoints(index, request),
    recommendations: rows.map(withoutKeyPointIds),
    personsMet: personsMet(index),
    materials: materialLines(index, index.materials),
  };
  // Read from the finished text, so the list follows what the report says; its fallbacks too.
  const abbreviations = abbreviationLines(index, doc);
  return { ...doc, abbreviations, fallbacks: index.text.list() };
}

function buildMemo(index: TourIndex, request: DocumentRequest): MemoDocument {
  if (!request.eventId) throw new DocumentRequestError('missingEvent');
  const event = index.eventById.get(request.eventId);
  if (!event) throw new DocumentRequestError('unknownEvent');
  const tour = tourSummary(index);
  const onlyIncluded = request.onlyIncludedFindings ?? true;
  const findings = index.findings
    .filter((f) => f.eventId === event.id && (!onlyIncluded || f.includeInReport))
    .sort(chapterOrder(index))
    .map((finding, i) => findingItem(index, finding, String(i + 1)));
  const keyPointById = new Map(index.themes.map((t) => [t.id, t]));
  return {
    kind: 'memo',
    language: index.language,
    tour,
    event: { ...programmeItem(index, event), date: event.start.slice(0, 10), address: event.address },
    participants: index.delegateNames(event.delegateIds),
    keyPoints: event.themeIds
      .map((id) => keyPointById.get(id))
      .filter((t): t is KeyPoint => t !== undefined)
      .map((theme) => index.text.pick(theme.title, { record: 'theme', recordId: theme.id, field: 'title' })),
    findings,
    head: headOfDelegation(index),
    materials: materialLines(
      index,
      index.materials.filter((m) => m.eventId === event.id),
    ),
    fallbacks: index.text.list(),
  };
}

/**
 * The brief's recommendations by key point, numbered as the terms of reference number them (the
 * tour's order), only key points with recommendations; then those tied to none.
 */
function briefSections(index: TourIndex, rows: readonly RowWithKeyPoints[]): BriefSection[] {
  const sections: BriefSection[] = index.themes.flatMap((theme, i) => {
    const recommendations = rows.filter((row) => row.themeIds.includes(theme.id)).map(withoutKeyPointIds);
    // A key point without recommendations is not named: its title is not in the brief.
    if (recommendations.length === 0) return [];
    return [{ keyPoint: { number: i + 1, title: keyPointTitle(index, theme) }, recommendations }];
  });
  const general = rows.filter((row) => row.themeIds.length === 0).map(withoutKeyPointIds);
  return general.length > 0 ? [...sections, { keyPoint: null, recommendations: general }] : sections;
}

function buildBrief(index: TourIndex, request: DocumentRequest): BriefDocument {
  const tour = tourSummary(index);
  // Numbered over every key point, so a finding has the same reference as in the full report.
  const numbered = numberFindings(index, { ...request, themeIds: null });
  const references = referenceMap(numbered);
  const rows = recommendationRows(index, references, numbered);
  const cited = new Set(index.recommendations.flatMap((r) => r.findingIds));
  const basisFindings = numbered
    .flatMap((point) => point.findings)
    .filter(({ finding }) => cited.has(finding.id))
    .map(({ finding, reference }) => ({
      reference,
      title: index.text.pick(
        finding.title,
        { record: 'finding', recordId: finding.id, field: 'title' },
        { required: true },
      ),
    }));
  return {
    kind: 'brief',
    language: index.language,
    tour,
    recommendations: rows.map(withoutKeyPointIds),
    sections: briefSections(index, rows),
    basisFindings,
    head: headOfDelegation(index),
    fallbacks: index.text.list(),
  };
}

/**
 * Builds the model of one document from a tour bundle in the document language. Pure: the same
 * bundle and request always give the same model; nothing is read from the database here.
 */
export function buildDocument(bundle: TourBundle, request: DocumentRequest): DocumentModel {
  const texts = new FallbackCollector(request.language, reviewLookup(bundle, request.language));
  const index = new TourIndex(bundle, texts, request.reviewScope);
  const model = buildModel(index, request);
  return { ...model, requisites: documentRequisites(index, request.kind), needsReview: texts.reviewList() };
}

function buildModel(index: TourIndex, request: DocumentRequest): DocumentModel {
  switch (request.kind) {
    case 'report':
      return buildReport(index, request);
    case 'programme': {
      const doc: ProgrammeDocument = {
        kind: 'programme',
        language: index.language,
        tour: tourSummary(index),
        delegation: delegation(index),
        programme: programme(index),
        fallbacks: [],
      };
      return { ...doc, fallbacks: index.text.list() };
    }
    case 'contacts': {
      const doc: ContactsDocument = {
        kind: 'contacts',
        language: index.language,
        tour: tourSummary(index),
        personsMet: personsMet(index),
        fallbacks: [],
      };
      return { ...doc, fallbacks: index.text.list() };
    }
    case 'memo':
      return buildMemo(index, request);
    case 'brief':
      return buildBrief(index, request);
  }
}

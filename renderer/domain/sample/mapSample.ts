import type { TourBundle } from '../tourBundle';
import type { RecordMeta } from '../entities';
import type { SampleFile } from './sampleFormat';
import { inKeyPointOrder, keyPointsOfFindings } from '../findings/recommendationKeyPoints';

export interface RecordStamper {
  /** Fresh metadata (new id, revision 1) for a record created now on this device. */
  fresh(): RecordMeta;
}

export class SampleReferenceError extends Error {
  constructor(
    readonly collection: string,
    readonly reference: string,
  ) {
    super(`Unknown ${collection} reference "${reference}"`);
    this.name = 'SampleReferenceError';
  }
}

/**
 * Maps a validated sample file into a tour bundle. Every record gets a fresh UUID, so
 * the same sample can be opened twice as two independent tours; references are
 * translated through the id maps and an unknown reference is an error, never a dangling link.
 */
export function mapSampleToBundle(sample: SampleFile, stamper: RecordStamper): TourBundle {
  const tourMeta = stamper.fresh();
  const tourId = tourMeta.id;
  const owned = () => ({ ...stamper.fresh(), tourId });

  const idMaps = new Map<string, Map<string, string>>();
  const assign = (collection: string, sampleId: string, newId: string) => {
    const map = idMaps.get(collection) ?? new Map<string, string>();
    map.set(sampleId, newId);
    idMaps.set(collection, map);
  };
  const resolve = (collection: string, sampleId: string): string => {
    const found = idMaps.get(collection)?.get(sampleId);
    if (found === undefined) throw new SampleReferenceError(collection, sampleId);
    return found;
  };
  const resolveOptional = (collection: string, sampleId: string | undefined) =>
    sampleId === undefined ? null : resolve(collection, sampleId);
  const withId = <T extends { id: string }>(collection: string, sampleId: string, record: T): T => {
    assign(collection, sampleId, record.id);
    return record;
  };

  const t = sample.tour;
  const tour = {
    ...tourMeta,
    title: t.title,
    purpose: t.purpose ?? {},
    hostCountry: t.hostCountry,
    startDate: t.startDate,
    endDate: t.endDate,
    timeZone: t.timeZone,
    homeTimeZone: t.homeTimeZone,
    supportedBy: t.supportedBy ?? {},
    followUp: t.followUp ?? {},
    conclusions: {},
    ...(t.legalBasisAct && { legalBasisAct: t.legalBasisAct }),
    ...(t.legalBasis && { legalBasis: t.legalBasis }),
    ...(t.funding && { funding: t.funding }),
    ...(t.termsSummary && { termsSummary: t.termsSummary }),
    // Abbreviations live on the tour record; their ids need only be unique within it.
    ...(t.abbreviations && {
      abbreviations: t.abbreviations.map((a, i) => ({ id: `abbreviation-${i + 1}`, ...a })),
    }),
  };

  const themes = sample.themes.map((s, order) =>
    withId('themes', s.id, { ...owned(), title: s.title, order }),
  );
  const delegates = sample.delegates.map((s, order) =>
    withId('delegates', s.id, {
      ...owned(),
      familyName: s.familyName,
      givenName: s.givenName,
      patronymic: s.patronymic ?? '',
      rank: s.rank ?? {},
      position: s.position ?? {},
      organisation: {},
      gender: s.gender ?? ('unspecified' as const),
      role: s.role,
      order,
    }),
  );
  const organisations = sample.organisations.map((s) =>
    withId('organisations', s.id, {
      ...owned(),
      kind: s.kind,
      name: s.name,
      city: s.city ?? '',
      address: s.address ?? '',
      website: '',
      notes: '',
    }),
  );
  const contacts = sample.contacts.map((s) =>
    withId('contacts', s.id, {
      ...owned(),
      prefix: s.prefix ?? '',
      familyName: s.familyName,
      givenName: s.givenName ?? '',
      nameOrder: s.nameOrder,
      cyrillic: {},
      rank: s.rank ?? {},
      position: s.position ?? {},
      organisationId: resolveOptional('organisations', s.organisationId),
      phones: s.phone ? [s.phone] : [],
      emails: s.email ? [s.email] : [],
      languages: s.languages ?? [],
      gender: s.gender ?? ('unspecified' as const),
      role: s.role ?? 'host',
      notes: '',
    }),
  );
  const events = sample.events.map((s) =>
    withId('events', s.id, {
      ...owned(),
      kind: s.kind,
      title: s.title,
      start: s.start,
      end: s.end,
      timeZone: s.timeZone,
      place: s.place ?? '',
      address: '',
      organisationId: resolveOptional('organisations', s.organisationId),
      hostContactIds: (s.hostContactIds ?? []).map((id) => resolve('contacts', id)),
      delegateIds: (s.delegateIds ?? []).map((id) => resolve('delegates', id)),
      interpreterContactId: resolveOptional('contacts', s.interpreterContactId),
      themeIds: (s.themeIds ?? []).map((id) => resolve('themes', id)),
      notes: {},
    }),
  );
  // The sample gives no date for a finding: the day of the visit it was made at is the best guess.
  const eventDates = new Map(sample.events.map((e) => [e.id, e.start.slice(0, 10)]));
  const findings = sample.findings.map((s) =>
    withId('findings', s.id, {
      ...owned(),
      themeId: resolve('themes', s.themeId),
      eventId: resolveOptional('events', s.eventId),
      kind: s.kind,
      title: s.title,
      text: s.text ?? {},
      sourceContactIds: (s.sourceContactIds ?? []).map((id) => resolve('contacts', id)),
      authorDelegateId: resolveOptional('delegates', s.authorDelegateId),
      date: s.eventId === undefined ? null : (eventDates.get(s.eventId) ?? null),
      tags: [],
      applicability: s.applicability ?? null,
      applicabilityNote: {},
      includeInReport: true,
    }),
  );
  const recommendations = sample.recommendations.map((s, order) => {
    const findingIds = s.findingIds.map((id) => resolve('findings', id));
    return {
      ...owned(),
      text: s.text,
      findingIds,
      // The sample names no key points for its recommendations: they are those of their findings.
      themeIds: s.themeIds
        ? s.themeIds.map((id) => resolve('themes', id))
        : inKeyPointOrder(keyPointsOfFindings(findingIds, findings), themes),
      priority: s.priority,
      horizon: s.horizon,
      term: s.term ?? null,
      expectedResult: s.expectedResult ?? {},
      responsible: s.responsible ?? {},
      status: 'draft' as const,
      order,
    };
  });
  const materials = sample.materials.map((s) => ({
    ...owned(),
    title: s.title,
    kind: s.kind,
    language: s.language,
    receivedFromContactId: resolveOptional('contacts', s.receivedFromContactId),
    eventId: resolveOptional('events', s.eventId),
    attachmentId: null,
  }));

  return {
    tour,
    themes,
    delegates,
    organisations,
    contacts,
    events,
    findings,
    recommendations,
    materials,
    attachments: [],
  };
}

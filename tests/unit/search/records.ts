import type {
  Contact,
  Delegate,
  Finding,
  Material,
  Organisation,
  Recommendation,
  TourEvent,
} from '../../../renderer/domain/entities';
import type { SearchableRecords } from '../../../renderer/domain/search';

const meta = (id: string) => ({
  id,
  tourId: 'tour',
  createdAt: '2010-09-01T00:00:00.000Z',
  updatedAt: '2010-09-01T00:00:00.000Z',
  deviceId: 'test',
  revision: 1,
  deletedAt: null,
});

export function delegate(id: string, familyName: string, givenName: string, patronymic = ''): Delegate {
  return {
    ...meta(id),
    familyName,
    givenName,
    patronymic,
    rank: { be: 'падпалкоўнік міліцыі', ru: 'подполковник милиции' },
    position: { ru: 'начальник отдела' },
    organisation: { ru: 'МВД Республики Беларусь', en: 'Ministry of Internal Affairs of Belarus' },
    gender: 'male',
    role: 'member',
    order: 0,
  };
}

export function contact(
  id: string,
  familyName: string,
  givenName: string,
  extra: Partial<Contact> = {},
): Contact {
  return {
    ...meta(id),
    prefix: '',
    familyName,
    givenName,
    nameOrder: 'family-first',
    cyrillic: {},
    rank: {},
    position: {},
    organisationId: null,
    phones: [],
    emails: [],
    languages: [],
    gender: 'unspecified',
    role: 'host',
    notes: '',
    ...extra,
  };
}

export function finding(
  id: string,
  title: Finding['title'],
  text: Finding['text'] = {},
  extra: Partial<Finding> = {},
): Finding {
  return {
    ...meta(id),
    themeId: 'theme',
    eventId: null,
    kind: 'observation',
    title,
    text,
    sourceContactIds: [],
    authorDelegateId: null,
    date: null,
    tags: [],
    applicability: null,
    applicabilityNote: {},
    includeInReport: true,
    ...extra,
  };
}

export function event(id: string, title: TourEvent['title'], extra: Partial<TourEvent> = {}): TourEvent {
  return {
    ...meta(id),
    kind: 'visit',
    title,
    start: '2010-09-20T09:30',
    end: '2010-09-20T12:00',
    timeZone: 'Europe/Budapest',
    place: '',
    address: '',
    organisationId: null,
    hostContactIds: [],
    delegateIds: [],
    interpreterContactId: null,
    themeIds: [],
    notes: {},
    ...extra,
  };
}

export function recommendation(
  id: string,
  text: Recommendation['text'],
  extra: Partial<Recommendation> = {},
): Recommendation {
  return {
    ...meta(id),
    text,
    findingIds: [],
    priority: 'medium',
    horizon: 'short',
    responsible: {},
    status: 'draft',
    order: 0,
    ...extra,
  };
}

export function organisation(id: string, name: Organisation['name']): Organisation {
  return { ...meta(id), kind: 'police', name, city: '', address: '', website: '', notes: '' };
}

export function material(id: string, title: Material['title']): Material {
  return {
    ...meta(id),
    title,
    kind: 'law',
    language: 'hu',
    receivedFromContactId: null,
    eventId: null,
    attachmentId: null,
  };
}

export function records(partial: Partial<SearchableRecords>): SearchableRecords {
  return {
    events: [],
    delegates: [],
    contacts: [],
    organisations: [],
    findings: [],
    recommendations: [],
    materials: [],
    ...partial,
  };
}

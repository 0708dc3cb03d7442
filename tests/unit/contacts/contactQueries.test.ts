import { describe, expect, it } from 'vitest';
import type { Contact, Organisation, TourEvent } from '../../../renderer/domain/entities';
import { isValidEmail, isValidPhone, splitList } from '../../../renderer/features/contacts/contactValidation';
import {
  NO_FILTERS,
  filterContacts,
  sortContacts,
  visitsOf,
} from '../../../renderer/features/contacts/contactQueries';

const meta = {
  tourId: 't',
  createdAt: '2010-09-01T00:00:00.000Z',
  updatedAt: '2010-09-01T00:00:00.000Z',
  deviceId: 'd',
  revision: 1,
  deletedAt: null,
};

const organisation: Organisation = {
  ...meta,
  id: 'o1',
  kind: 'police',
  name: { hu: 'Országos Rendőr-főkapitányság', en: 'National Police Headquarters' },
  city: 'Budapest',
  address: '',
  website: '',
  notes: '',
};

const contact = (
  id: string,
  familyName: string,
  givenName: string,
  extra: Partial<Contact> = {},
): Contact => ({
  ...meta,
  id,
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
  languages: ['hu'],
  gender: 'unspecified',
  role: 'host',
  notes: '',
  ...extra,
});

const szoke = contact('c2', 'Szőke', 'Ödön', { organisationId: 'o1', languages: ['hu', 'ru'] });
const molnar = contact('c7', 'Molnár', 'Ágnes', { role: 'interpreter' });
const kovalev = contact('c13', 'Ковалёв', 'Сергей', { nameOrder: 'given-first', languages: ['ru', 'be'] });
const all = [szoke, molnar, kovalev];

describe('contact search and filters', () => {
  const ids = (filters: Partial<typeof NO_FILTERS>) =>
    filterContacts(all, [organisation], { ...NO_FILTERS, ...filters }).map((c) => c.id);

  it('finds names typed without diacritics, in any case, in Latin or Cyrillic', () => {
    expect(ids({ query: 'Szoke' })).toEqual(['c2']);
    expect(ids({ query: 'ковалев' })).toEqual(['c13']);
    expect(ids({ query: 'сёке' })).toEqual(['c2']); // the suggested Cyrillic form of Szőke
    expect(ids({ query: 'police headquarters' })).toEqual(['c2']); // by organisation
  });

  it('filters by organisation, role and language', () => {
    expect(ids({ organisationId: 'o1' })).toEqual(['c2']);
    expect(ids({ role: 'interpreter' })).toEqual(['c7']);
    expect(ids({ language: 'ru' })).toEqual(['c2', 'c13']);
    expect(ids({ language: 'ru', query: 'odon' })).toEqual(['c2']);
  });

  it('sorts by family name', () => {
    expect(sortContacts(all, 'en').map((c) => c.id)).toEqual(['c7', 'c2', 'c13']);
  });
});

describe('visits of a contact', () => {
  const event = (id: string, start: string, hosts: string[], interpreter: string | null): TourEvent => ({
    ...meta,
    id,
    kind: 'visit',
    title: { en: id },
    start,
    end: start,
    timeZone: 'Europe/Budapest',
    place: '',
    address: '',
    organisationId: null,
    hostContactIds: hosts,
    delegateIds: [],
    interpreterContactId: interpreter,
    themeIds: [],
    notes: {},
  });

  it('lists the events where the contact was host or interpreter, in time order', () => {
    const events = [
      event('e2', '2010-09-20T10:00', ['c1'], 'c7'),
      event('e1', '2010-09-19T15:00', ['c7'], null),
      event('e9', '2010-09-22T18:00', [], null),
    ];
    expect(visitsOf('c7', events).map((visit) => [visit.event.id, visit.as])).toEqual([
      ['e1', 'host'],
      ['e2', 'interpreter'],
    ]);
  });
});

describe('form validation', () => {
  it('accepts real e-mail addresses and phone numbers and refuses typos', () => {
    expect(isValidEmail('kiss.gabor@example.hu')).toBe(true);
    expect(isValidEmail('kiss.gabor(at)example.hu')).toBe(false);
    expect(isValidEmail('kiss@localhost')).toBe(false);
    expect(isValidPhone('+36 1 443 5000')).toBe(true);
    expect(isValidPhone('(06-30) 555/0101')).toBe(true);
    expect(isValidPhone('call me')).toBe(false);
    expect(isValidPhone('12')).toBe(false);
    expect(splitList(' a@b.hu, ,c@d.hu; ')).toEqual(['a@b.hu', 'c@d.hu']);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  combineContacts,
  combineOrganisations,
  moveLinks,
  planContactMerge,
  MergeNotPossibleError,
  type LinkedRecord,
  type MergeKind,
  type TourRecords,
} from '../../../renderer/domain/duplicates';
import type { Contact, Organisation } from '../../../renderer/domain/entities';
import { referencesTo } from '../../../renderer/domain/references';
import type { TourRecordKind } from '../../../renderer/domain/tourBundle';

const meta = {
  tourId: 't1',
  createdAt: '2026-11-30T10:00:00.000Z',
  updatedAt: '2026-11-30T10:00:00.000Z',
  deviceId: 'd1',
  revision: 1,
  deletedAt: null,
};

function contact(id: string, fields: Partial<Contact> = {}): Contact {
  return {
    ...meta,
    id,
    prefix: '',
    familyName: 'Szőke',
    givenName: 'Ödön',
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
    ...fields,
  };
}

function organisation(id: string, fields: Partial<Organisation> = {}): Organisation {
  return { ...meta, id, kind: 'police', name: {}, city: '', address: '', website: '', notes: '', ...fields };
}

describe('what the kept record learns from the other one', () => {
  it('keeps its own values and adds the phones, translations and notes only the other had', () => {
    const kept = contact('a', {
      prefix: 'dr.',
      phones: ['+36 1 123 4567'],
      position: { hu: 'kapitány' },
      notes: 'Met at the airport.',
      gender: 'male',
    });
    const other = contact('b', {
      prefix: 'Mr',
      givenName: 'Ödön',
      phones: ['+36 1 123 4567', '+36 30 555 0000'],
      emails: ['szoke@police.hu'],
      position: { hu: 'őrnagy', en: 'major' },
      cyrillic: { ru: { familyName: 'Сёке', givenName: 'Эдён', checked: true } },
      organisationId: 'o1',
      notes: 'Speaks Russian.',
      gender: 'female',
    });
    const combined = combineContacts(kept, other);
    expect(combined).toMatchObject({
      id: 'a',
      prefix: 'dr.',
      phones: ['+36 1 123 4567', '+36 30 555 0000'],
      emails: ['szoke@police.hu'],
      position: { hu: 'kapitány', en: 'major' },
      cyrillic: { ru: { familyName: 'Сёке', givenName: 'Эдён', checked: true } },
      organisationId: 'o1',
      notes: 'Met at the airport.\n\nSpeaks Russian.',
      gender: 'male',
    });
  });

  it('fills an organisation’s missing names and details', () => {
    const combined = combineOrganisations(
      organisation('a', { name: { hu: 'BRFK' }, city: 'Budapest' }),
      organisation('b', {
        name: { hu: 'Budapesti Rendőr-főkapitányság', en: 'Budapest Police' },
        city: 'Bp.',
      }),
    );
    expect(combined).toMatchObject({
      id: 'a',
      name: { hu: 'BRFK', en: 'Budapest Police' },
      city: 'Budapest',
    });
  });
});

describe('a merge plan', () => {
  it('refuses a record merged with itself, a deleted one, or one of another tour', () => {
    const a = contact('a');
    expect(() => planContactMerge(a, a, {})).toThrow(MergeNotPossibleError);
    expect(() => planContactMerge(a, contact('b', { deletedAt: meta.updatedAt }), {})).toThrow(
      MergeNotPossibleError,
    );
    expect(() => planContactMerge(a, contact('b', { tourId: 't2' }), {})).toThrow(MergeNotPossibleError);
  });

  it('moves a visit hosted by both to one host, and keeps the other hosts', () => {
    const event = { id: 'e1', deletedAt: null, hostContactIds: ['b', 'x', 'a'], interpreterContactId: 'b' };
    const plan = planContactMerge(contact('a'), contact('b'), { events: [event] });
    expect(plan.removedId).toBe('b');
    expect(plan.moved).toEqual([
      {
        kind: 'events',
        before: event,
        after: { ...event, hostContactIds: ['a', 'x'], interpreterContactId: 'a' },
      },
    ]);
  });
});

// ------------------------------------------------------------------ property

const CONTACTS = ['c0', 'c1', 'c2', 'c3'];
const ORGANISATIONS = ['o0', 'o1', 'o2'];
const idOf = (pool: string[]) => fc.constantFrom(...pool);
const maybe = (pool: string[]) => fc.option(idOf(pool), { nil: null });
const some = (pool: string[]) => fc.uniqueArray(idOf(pool), { maxLength: pool.length });
const deletedAt = fc.constantFrom(null, null, '2026-11-29T10:00:00.000Z');

/** A tour's records with every kind of link to contacts and organisations, live and deleted. */
const tourRecords = fc.record({
  contacts: fc.array(fc.record({ deletedAt, organisationId: maybe(ORGANISATIONS), note: fc.string() })),
  events: fc.array(
    fc.record({
      deletedAt,
      organisationId: maybe(ORGANISATIONS),
      hostContactIds: some(CONTACTS),
      interpreterContactId: maybe(CONTACTS),
      delegateIds: fc.uniqueArray(fc.constantFrom('d0', 'd1'), { maxLength: 2 }),
      themeIds: fc.constant(['k1']),
    }),
  ),
  findings: fc.array(
    fc.record({
      deletedAt,
      sourceContactIds: some(CONTACTS),
      themeId: fc.constant('k1'),
      eventId: fc.constant(null),
      authorDelegateId: fc.constant(null),
    }),
  ),
  materials: fc.array(
    fc.record({
      deletedAt,
      receivedFromContactId: maybe(CONTACTS),
      eventId: fc.constant(null),
      attachmentId: fc.constant(null),
    }),
  ),
});

type Generated = Record<string, Record<string, unknown>[]>;
function withIds(generated: Generated): TourRecords {
  return Object.fromEntries(
    Object.entries(generated).map(([kind, list]) => [
      kind,
      list.map((record, index) => ({ ...record, id: `${kind}-${index}` }) as LinkedRecord),
    ]),
  );
}

function idsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? (value as string[]) : [];
}

function apply(records: TourRecords, moved: ReturnType<typeof moveLinks>): TourRecords {
  const after = new Map(moved.map((entry) => [`${entry.kind}/${entry.after.id}`, entry.after]));
  return Object.fromEntries(
    Object.entries(records).map(([kind, list]) => [
      kind,
      list.map((record) => after.get(`${kind}/${record.id}`) ?? record),
    ]),
  );
}

function checkMerge(target: MergeKind, records: TourRecords, kept: string, removed: string) {
  const moved = moveLinks(target, removed, kept, records);
  const result = apply(records, moved);
  const linkFields = referencesTo(target);
  const isLink = (kind: string, field: string) =>
    linkFields.some((l) => l.kind === kind && l.field === field);
  for (const [kind, list] of Object.entries(records) as [TourRecordKind, readonly LinkedRecord[]][]) {
    list.forEach((before, index) => {
      const after = result[kind]![index]! as unknown as Record<string, unknown>;
      const old = before as unknown as Record<string, unknown>;
      if (before.deletedAt !== null) {
        // Tombstones are never rewritten: a merge does not bring deleted records back.
        expect(after).toBe(before);
        return;
      }
      for (const field of Object.keys(old)) {
        if (!isLink(kind, field)) {
          // Nothing but the links to the merged records changes.
          expect(after[field]).toEqual(old[field]);
          continue;
        }
        const was = idsIn(old[field]);
        const now = idsIn(after[field]);
        // No link is left to the removed record…
        expect(now).not.toContain(removed);
        // …every record that referred to either refers to the kept one…
        if (was.includes(removed) || was.includes(kept)) expect(now).toContain(kept);
        // …and every other link stays, once.
        expect(new Set(now)).toEqual(new Set(was.map((id) => (id === removed ? kept : id))));
        expect(new Set(now).size).toBe(now.length);
        if (!was.includes(removed)) expect(after[field]).toEqual(old[field]);
      }
    });
  }
  // Only records that referred to the removed one are rewritten.
  for (const entry of moved)
    expect(
      Object.values(entry.before as unknown as Record<string, unknown>).some((value) =>
        idsIn(value).includes(removed),
      ),
    ).toBe(true);
}

describe('a merge, for any tour', () => {
  it('leaves no link to the removed contact and moves every one to the kept contact', () => {
    fc.assert(
      fc.property(
        tourRecords,
        fc.uniqueArray(idOf(CONTACTS), { minLength: 2, maxLength: 2 }),
        (generated, [kept, removed]) => checkMerge('contacts', withIds(generated), kept!, removed!),
      ),
      { numRuns: 200 },
    );
  });

  it('does the same for organisations (their people and programme events)', () => {
    fc.assert(
      fc.property(
        tourRecords,
        fc.uniqueArray(idOf(ORGANISATIONS), { minLength: 2, maxLength: 2 }),
        (generated, [kept, removed]) => checkMerge('organisations', withIds(generated), kept!, removed!),
      ),
      { numRuns: 200 },
    );
  });
});

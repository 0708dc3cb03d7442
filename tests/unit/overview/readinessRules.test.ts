import { describe, expect, it } from 'vitest';
import type { Tour } from '../../../renderer/domain/entities';
import {
  backupDue,
  backupState,
  readinessItems,
  reportReadiness,
  type ReadinessItem,
} from '../../../renderer/domain/overview';
import { contact, finding } from '../search/records';

const NOW = Date.parse('2026-11-25T12:00:00.000Z');
const HOUR = 60 * 60 * 1000;
const iso = (ms: number) => new Date(ms).toISOString();

const tour: Tour = {
  id: 'tour',
  tourId: 'tour',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  deviceId: 'test',
  revision: 1,
  deletedAt: null,
  title: { ru: 'Поездка' },
  purpose: {},
  hostCountry: 'HU',
  startDate: '2026-11-20',
  endDate: '2026-11-30',
  timeZone: 'Europe/Budapest',
  homeTimeZone: 'Europe/Minsk',
  supportedBy: {},
  followUp: {},
  conclusions: {},
} as Tour;

const empty = {
  tour,
  themes: [],
  findings: [],
  recommendations: [],
  attachments: [],
  materials: [],
  contacts: [],
};

function item<I extends ReadinessItem['id']>(items: ReadinessItem[], id: I) {
  const found = items.find((entry) => entry.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found as Extract<ReadinessItem, { id: I }>;
}

describe('backup state: one answer, never two contradicting ones', () => {
  it('with no records nothing is missing, whatever the backup log says', () => {
    expect(backupState(undefined, NOW, false)).toBe('nothingToBackUp');
    expect(backupState(iso(NOW - 72 * HOUR), NOW, false)).toBe('nothingToBackUp');
    expect(backupDue('nothingToBackUp')).toBe(false);
  });

  it('with records and no backup it is "never", not "more than a day old"', () => {
    expect(backupState(undefined, NOW, true)).toBe('never');
    expect(backupState(null, NOW, true)).toBe('never');
    expect(backupState('not a date', NOW, true)).toBe('never');
    expect(backupDue('never')).toBe(true);
  });

  it('is stale after more than a day and recent within it', () => {
    expect(backupState(iso(NOW - 24 * HOUR - 60_000), NOW, true)).toBe('stale');
    expect(backupState(iso(NOW - 24 * HOUR + 60_000), NOW, true)).toBe('recent');
    // A clock set back leaves the backup "in the future": still a backup, not a missing one.
    expect(backupState(iso(NOW + 5 * HOUR), NOW, true)).toBe('recent');
    expect(backupDue('stale')).toBe(true);
    expect(backupDue('recent')).toBe(false);
  });
});

describe('readiness lines of a tour', () => {
  it('a brand-new tour has no green tick at all', () => {
    const items = readinessItems(reportReadiness(empty, 'ru', null, NOW), 0, NOW, false);
    expect(items.map((entry) => entry.status)).toEqual(['empty', 'empty', 'empty', 'empty']);
    expect(reportReadiness(empty, 'ru', null, NOW).ready).toBe(false);
  });

  it('"every finding marked" is a tick only when findings exist', () => {
    const withFinding = {
      ...empty,
      findings: [finding('f1', { ru: 'Приёмная' }, {}, { includeInReport: true })],
    };
    const readiness = reportReadiness(withFinding, 'ru', null, NOW);
    expect(item(readinessItems(readiness, 0, NOW, true), 'findings')).toEqual({
      id: 'findings',
      status: 'done',
      count: 0,
    });
    const deletedOnly = {
      ...empty,
      findings: [finding('f1', { ru: 'Удалён' }, {}, { deletedAt: '2026-11-24T00:00:00.000Z' })],
    };
    const none = reportReadiness(deletedOnly, 'ru', null, NOW);
    expect(item(readinessItems(none, 0, NOW, true), 'findings').status).toBe('empty');
  });

  it('findings not marked are a task to do', () => {
    const withFinding = {
      ...empty,
      findings: [finding('f1', { ru: 'Приёмная' }, {}, { includeInReport: false })],
    };
    const readiness = reportReadiness(withFinding, 'ru', null, NOW);
    expect(item(readinessItems(readiness, 0, NOW, true), 'findings')).toMatchObject({
      status: 'toDo',
      count: 1,
    });
  });

  it('names are checked only when contacts exist', () => {
    const checked = contact('c1', 'Szőke', 'Ödön', {
      cyrillic: { ru: { familyName: 'Сёке', givenName: 'Эдён', checked: true } },
    });
    const unchecked = contact('c2', 'Kiss', 'Gábor');
    const none = reportReadiness(empty, 'ru', null, NOW);
    expect(item(readinessItems(none, 0, NOW, true), 'names').status).toBe('empty');
    const done = reportReadiness({ ...empty, contacts: [checked] }, 'ru', null, NOW);
    expect(item(readinessItems(done, 1, NOW, true), 'names').status).toBe('done');
    const toDo = reportReadiness({ ...empty, contacts: [checked, unchecked] }, 'ru', null, NOW);
    expect(item(readinessItems(toDo, 2, NOW, true), 'names')).toMatchObject({ status: 'toDo', count: 1 });
  });

  it('the backup line is never a tick without a backup, and says either "none" or its age', () => {
    const with_ = (at: string | null, hasData: boolean) =>
      item(readinessItems(reportReadiness(empty, 'ru', at, NOW), 0, NOW, hasData), 'backup');
    expect(with_(null, true)).toEqual({ id: 'backup', status: 'toDo', state: 'never', hours: null });
    expect(with_(null, false)).toEqual({
      id: 'backup',
      status: 'empty',
      state: 'nothingToBackUp',
      hours: null,
    });
    expect(with_(iso(NOW - 30 * HOUR), true)).toEqual({
      id: 'backup',
      status: 'toDo',
      state: 'stale',
      hours: 30,
    });
    expect(with_(iso(NOW - 2 * HOUR), true)).toEqual({
      id: 'backup',
      status: 'done',
      state: 'recent',
      hours: 2,
    });
  });

  it('a failed automatic backup is a line to do, even beside a recent backup, until one succeeds', () => {
    const readiness = reportReadiness(empty, 'ru', iso(NOW - HOUR), NOW);
    const failure = { at: iso(NOW - 10 * 60_000), reason: 'disk-full' } as const;
    const items = readinessItems(readiness, 0, NOW, true, failure);
    expect(items.find((entry) => entry.id === 'backup')?.status).toBe('done');
    expect(items.find((entry) => entry.id === 'automaticBackup')).toEqual({
      id: 'automaticBackup',
      status: 'toDo',
      failure,
    });
    expect(readinessItems(readiness, 0, NOW, true, null).map((entry) => entry.id)).not.toContain(
      'automaticBackup',
    );
  });
});

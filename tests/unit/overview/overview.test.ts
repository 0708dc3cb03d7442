import { describe, expect, it } from 'vitest';
import type { KeyPoint, Tour } from '../../../renderer/domain/entities';
import {
  backupAge,
  contactsWithoutCheckedCyrillic,
  keyPointSummaries,
  reportReadiness,
  todayAndTomorrow,
  tourCounts,
  tourPhase,
} from '../../../renderer/domain/overview';
import { contact, event, finding, recommendation } from '../search/records';
import { sampleBundle } from '../search/sampleBundle';
import { TOUR_DRAFT } from '../db/tourDraft';

const meta = {
  tourId: 'tour',
  createdAt: '2010-09-01T00:00:00.000Z',
  updatedAt: '2010-09-01T00:00:00.000Z',
  deviceId: 'test',
  revision: 1,
  deletedAt: null,
};
const keyPoint = (id: string, order: number, en: string): KeyPoint => ({ ...meta, id, order, title: { en } });
const deleted = { deletedAt: '2010-09-05T00:00:00.000Z' };

const tour: Tour = { ...meta, ...TOUR_DRAFT, id: 'tour', title: { ru: 'Поездка', en: 'Tour' } };

describe('key points and their gaps', () => {
  const themes = [keyPoint('k2', 1, 'Patrols'), keyPoint('k1', 0, 'Premises'), keyPoint('k3', 2, 'Gender')];
  const findings = [
    finding('f1', { en: 'Reception room' }, {}, { themeId: 'k1', kind: 'good-practice' }),
    finding('f2', { en: 'Queue' }, {}, { themeId: 'k1', kind: 'lesson-negative' }),
    finding('f3', { en: 'Foot patrols' }, {}, { themeId: 'k2', kind: 'good-practice' }),
    finding('gone', { en: 'Deleted' }, {}, { themeId: 'k3', ...deleted }),
  ];
  const recommendations = [
    recommendation('r1', { en: 'Open reception rooms' }, { findingIds: ['f1', 'f3'] }),
    recommendation('r2', { en: 'Based on a deleted finding' }, { findingIds: ['gone'] }),
  ];
  const events = [
    event(
      'late',
      { en: 'Station' },
      { start: '2010-09-21T09:00', end: '2010-09-21T11:00', themeIds: ['k1', 'k2'] },
    ),
    event(
      'early',
      { en: 'Ministry' },
      { start: '2010-09-20T09:00', end: '2010-09-20T11:00', themeIds: ['k1'] },
    ),
    event('cancelled', { en: 'Cancelled' }, { themeIds: ['k1'], ...deleted }),
  ];
  const summaries = keyPointSummaries({ themes, events, findings, recommendations });

  it('lists key points in the user order with their visits in programme order', () => {
    expect(summaries.map((s) => s.keyPoint.id)).toEqual(['k1', 'k2', 'k3']);
    expect(summaries[0]?.visits.map((e) => e.id)).toEqual(['early', 'late']);
    expect(summaries[1]?.visits.map((e) => e.id)).toEqual(['late']);
  });

  it('counts findings by kind and reaches recommendations through their findings', () => {
    expect(summaries[0]?.findingsByKind).toEqual({
      'good-practice': 1,
      'lesson-negative': 1,
      observation: 0,
    });
    expect(summaries[0]?.recommendations.map((r) => r.id)).toEqual(['r1']);
    expect(summaries[1]?.recommendations.map((r) => r.id)).toEqual(['r1']);
  });

  it('flags a key point without findings or without recommendations; deleted records do not count', () => {
    expect(summaries.map((s) => [s.noFindings, s.noRecommendations, s.hasGap])).toEqual([
      [false, false, false],
      [false, false, false],
      [true, true, true],
    ]);
    const withoutRecs = keyPointSummaries({ themes, events, findings, recommendations: [] });
    expect(withoutRecs[0]).toMatchObject({ noFindings: false, noRecommendations: true, hasGap: true });
  });
});

describe('report readiness', () => {
  const source = {
    tour,
    themes: [keyPoint('k1', 0, 'Premises')],
    findings: [
      finding('f1', { ru: 'Приёмная', en: 'Reception' }, { ru: 'Текст' }, { includeInReport: false }),
      finding('f2', { ru: 'Очередь' }, {}, { includeInReport: true }),
      finding('f3', { ru: 'Удалён' }, {}, { includeInReport: false, ...deleted }),
    ],
    recommendations: [],
    attachments: [],
    materials: [],
    contacts: [
      contact('checked', 'Szőke', 'Ödön', {
        cyrillic: { ru: { familyName: 'Сёке', givenName: 'Эдён', checked: true } },
      }),
      contact('suggested', 'Kiss', 'Gábor', {
        cyrillic: { ru: { familyName: 'Киш', givenName: 'Габор', checked: false } },
      }),
      contact('none', 'Nagy', 'Zsuzsanna'),
      contact('gone', 'Tóth', 'Gyula', deleted),
    ],
  };

  it('counts findings not marked for the report, live ones only', () => {
    expect(reportReadiness(source, 'ru', null, 0).findingsNotInReport).toBe(1);
  });

  it('counts texts not translated into the document language', () => {
    // tour title is in ru+en; key point only en; f1 title ru+en, text ru; f2 title ru.
    expect(reportReadiness(source, 'ru', null, 0).untranslatedTexts).toBe(1);
    expect(reportReadiness(source, 'en', null, 0).untranslatedTexts).toBe(2);
    expect(reportReadiness(source, 'be', null, 0).untranslatedTexts).toBe(5);
  });

  it('counts contacts without a checked Cyrillic form in the language the document needs', () => {
    expect(contactsWithoutCheckedCyrillic(source.contacts, 'ru').map((c) => c.id)).toEqual([
      'suggested',
      'none',
    ]);
    expect(contactsWithoutCheckedCyrillic(source.contacts, 'be').map((c) => c.id)).toEqual([
      'checked',
      'suggested',
      'none',
    ]);
    expect(contactsWithoutCheckedCyrillic(source.contacts, 'en')).toHaveLength(3);
  });

  it('is ready only when nothing is left to do', () => {
    const done = {
      ...source,
      findings: [finding('f2', { ru: 'Очередь' }, {}, { includeInReport: true })],
      themes: [],
      tour: { ...tour, title: { ru: 'Поездка' } },
      contacts: [source.contacts[0]!],
    };
    expect(reportReadiness(done, 'ru', null, 0).ready).toBe(true);
    expect(reportReadiness(source, 'ru', null, 0).ready).toBe(false);
  });

  it('tells the time since the last backup, or that there was none', () => {
    const now = Date.parse('2010-09-22T12:00:00Z');
    expect(backupAge(undefined, now)).toEqual({ lastBackupAt: null, hours: null });
    expect(backupAge('2010-09-21T09:30:00Z', now).hours).toBe(26);
    expect(backupAge('2010-09-23T09:30:00Z', now).hours).toBe(0);
  });
});

describe('days and programme', () => {
  it('counts days to the start, the day of the tour and the days left, or days since the end', () => {
    // 23:30 UTC on 18 September is already the 19th in Budapest: the tour has begun there.
    expect(tourPhase(tour, Date.parse('2010-09-18T21:00:00Z'))).toEqual({ phase: 'before', daysToStart: 1 });
    expect(tourPhase(tour, Date.parse('2010-09-18T23:30:00Z'))).toEqual({
      phase: 'during',
      day: 1,
      totalDays: 6,
      daysLeft: 5,
    });
    expect(tourPhase(tour, Date.parse('2010-09-24T12:00:00Z'))).toMatchObject({ day: 6, daysLeft: 0 });
    expect(tourPhase(tour, Date.parse('2010-09-27T12:00:00Z'))).toEqual({ phase: 'after', daysSinceEnd: 3 });
  });

  it("lists today's and tomorrow's events on the venue's calendar", () => {
    const events = [
      event('visit', { en: 'Visit' }, { start: '2010-09-21T09:00', end: '2010-09-21T11:00' }),
      // 01:30 in Minsk on the 22nd is 00:30 on the 22nd in Budapest: tomorrow, not today.
      event(
        'flight',
        { en: 'Flight' },
        { start: '2010-09-22T01:30', end: '2010-09-22T03:00', timeZone: 'Europe/Minsk' },
      ),
      // 00:30 in Minsk on the 21st is still the 20th in Budapest (23:30): yesterday.
      event(
        'late',
        { en: 'Late' },
        { start: '2010-09-21T00:30', end: '2010-09-21T01:00', timeZone: 'Europe/Minsk' },
      ),
      event('gone', { en: 'Gone' }, { start: '2010-09-21T10:00', end: '2010-09-21T11:00', ...deleted }),
    ];
    const days = todayAndTomorrow(events, 'Europe/Budapest', Date.parse('2010-09-21T08:00:00Z'));
    expect(days.today).toEqual({ date: '2010-09-21', events: [events[0]] });
    expect(days.tomorrow.date).toBe('2010-09-22');
    expect(days.tomorrow.events.map((e) => e.id)).toEqual(['flight']);
  });
});

describe('the sample tour', () => {
  const bundle = sampleBundle();

  it('has five key points, each with findings and recommendations', () => {
    const summaries = keyPointSummaries(bundle);
    expect(summaries).toHaveLength(5);
    expect(summaries.map((s) => s.findings.length)).toEqual([3, 4, 3, 3, 3]);
    expect(summaries.map((s) => s.visits.length)).toEqual([5, 4, 3, 5, 3]);
    expect(summaries.map((s) => s.recommendations.length)).toEqual([2, 3, 1, 2, 2]);
    expect(summaries.every((s) => !s.hasGap)).toBe(true);
  });

  it('counts the tour', () => {
    expect(tourCounts(bundle)).toMatchObject({
      visits: 8,
      contacts: 12,
      findings: 16,
      recommendations: 7,
      materials: 5,
      photos: 0,
    });
  });
});

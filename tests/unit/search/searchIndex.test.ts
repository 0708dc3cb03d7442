import { describe, expect, it } from 'vitest';
import { groupHits, TourSearchIndex } from '../../../renderer/domain/search';
import {
  contact,
  delegate,
  event,
  finding,
  material,
  organisation,
  recommendation,
  records,
} from './records';
import { sampleBundle } from './sampleBundle';

function indexOf(partial: Parameters<typeof records>[0]): TourSearchIndex {
  const index = new TourSearchIndex();
  index.sync(records(partial));
  return index;
}

const ids = (index: TourSearchIndex, query: string) => index.search(query).map((hit) => hit.document.id);

describe('search folding', () => {
  const index = indexOf({
    contacts: [
      contact('szoke', 'Szőke', 'Ödön'),
      contact('kovalev', 'Ковалёв', 'Пётр', { nameOrder: 'given-first' }),
    ],
  });

  it('finds Szőke when typed without accents, in any case', () => {
    expect(ids(index, 'szoke')).toEqual(['contact:szoke']);
    expect(ids(index, 'SZOKE odon')).toEqual(['contact:szoke']);
    expect(ids(index, 'Szőke')).toEqual(['contact:szoke']);
  });

  it('treats ё as е both ways', () => {
    expect(ids(index, 'ковалев')).toEqual(['contact:kovalev']);
    expect(ids(index, 'КОВАЛЁВ пётр')).toEqual(['contact:kovalev']);
    expect(ids(index, 'петр')).toEqual(['contact:kovalev']);
  });

  it('matches prefixes as the user types', () => {
    expect(ids(index, 'sz')).toEqual(['contact:szoke']);
    expect(ids(index, 'ковал')).toEqual(['contact:kovalev']);
  });

  it('finds a Hungarian contact by the Russian transcription of the name', () => {
    expect(ids(index, 'Сёке')).toEqual(['contact:szoke']);
  });

  it('needs every word of the query', () => {
    expect(ids(index, 'szoke петр')).toEqual([]);
  });
});

describe('search over every language version', () => {
  const index = indexOf({
    findings: [
      finding(
        'f1',
        { ru: 'Участковые инспекторы', en: 'Neighbourhood officers' },
        { en: 'Officers hold surgeries weekly.' },
      ),
    ],
    events: [event('e1', { hu: 'Látogatás a rendőrkapitányságon', en: 'Visit to the police station' })],
    organisations: [organisation('o1', { hu: 'Országos Rendőr-főkapitányság', en: 'National Police' })],
    recommendations: [recommendation('r1', { ru: 'Ввести приёмные часы' }, { responsible: { ru: 'МВД' } })],
    materials: [material('m1', { hu: 'Rendőrségi törvény' })],
  });

  it('finds a record by a translation and by a body text', () => {
    expect(ids(index, 'neighbourhood')).toEqual(['finding:f1']);
    expect(ids(index, 'surgeries')).toEqual(['finding:f1']);
    expect(ids(index, 'rendorkap')).toEqual(['event:e1']);
    expect(ids(index, 'orszagos')).toEqual(['organisation:o1']);
    expect(ids(index, 'приемные')).toEqual(['recommendation:r1']);
    expect(ids(index, 'törvény')).toEqual(['material:m1']);
  });
});

describe('search ranking', () => {
  it('puts a title match before a body match, whatever the insertion order or the text lengths', () => {
    const index = indexOf({
      findings: [
        finding(
          'body',
          { en: 'Station premises' },
          { en: 'Patrol patrol patrol patrol: patrol routes are planned weekly.' },
        ),
        finding('title', { en: 'Foot patrol in the eleventh district, with volunteers and a long title' }),
      ],
      events: [event('e1', { en: 'Briefing' }, { notes: { en: 'Patrol car ride along' } })],
    });
    const hits = index.search('patrol');
    expect(hits.map((hit) => hit.document.id)).toEqual(['finding:title', 'finding:body', 'event:e1']);
    expect(hits.map((hit) => hit.titleMatch)).toEqual([true, false, false]);
  });

  it('groups hits by kind, the group of the best hit first', () => {
    const index = indexOf({
      contacts: [contact('c1', 'Kiss', 'Gábor', { notes: 'Met at the station' })],
      events: [event('e1', { en: 'Station visit' })],
    });
    const groups = groupHits(index.search('station'));
    expect(groups.map((group) => group.kind)).toEqual(['event', 'contact']);
  });
});

describe('keeping the index up to date', () => {
  it('re-indexes only the records whose revision changed and drops deleted ones', () => {
    const kiss = contact('c1', 'Kiss', 'Gábor');
    const nagy = contact('c2', 'Nagy', 'Zsuzsanna');
    const index = new TourSearchIndex();
    expect(index.sync(records({ contacts: [kiss, nagy] }))).toEqual({ added: 2, updated: 0, removed: 0 });
    expect(index.sync(records({ contacts: [kiss, nagy] }))).toEqual({ added: 0, updated: 0, removed: 0 });

    const renamed = { ...kiss, familyName: 'Kovács', revision: 2, updatedAt: '2010-09-02T00:00:00.000Z' };
    expect(index.sync(records({ contacts: [renamed, nagy] }))).toEqual({ added: 0, updated: 1, removed: 0 });
    expect(ids(index, 'kiss')).toEqual([]);
    expect(ids(index, 'kovacs')).toEqual(['contact:c1']);

    const tombstone = { ...nagy, deletedAt: '2010-09-03T00:00:00.000Z', revision: 2 };
    expect(index.sync(records({ contacts: [renamed, tombstone] }))).toEqual({
      added: 0,
      updated: 0,
      removed: 1,
    });
    expect(ids(index, 'nagy')).toEqual([]);
    expect(index.size).toBe(1);
  });
});

describe('the sample tour', () => {
  const bundle = sampleBundle();
  const index = new TourSearchIndex();
  index.sync(bundle);

  it('indexes every live record of the seven kinds', () => {
    const { contacts, delegates, events, organisations, findings, recommendations, materials } = bundle;
    expect(index.size).toBe(
      contacts.length +
        delegates.length +
        events.length +
        organisations.length +
        findings.length +
        recommendations.length +
        materials.length,
    );
  });

  it('finds Szőke Ödön by "szoke"', () => {
    const [first] = index.search('szoke');
    expect(first?.document.kind).toBe('contact');
    expect(first?.document.label.hu).toBe('Szőke Ödön');
  });

  it('finds a finding by a word of its English translation', () => {
    const translated = bundle.findings.find((record) => record.text.en);
    const word = translated?.text.en?.split(/\W+/).find((candidate) => candidate.length > 7);
    expect(word).toBeDefined();
    expect(index.search(word ?? '').map((hit) => hit.document.recordId)).toContain(translated?.id);
  });
});

describe('indexing a large tour', () => {
  it('pauses between chunks and ends in the same state as a plain sync', async () => {
    const many = Array.from({ length: 25 }, (_, i) => contact(`c${i}`, `Kiss${i}`, 'Gábor'));
    const index = new TourSearchIndex();
    let pauses = 0;
    const report = await index.syncGradually(
      records({ contacts: many }),
      async () => {
        pauses += 1;
      },
      10,
    );
    expect(report).toEqual({ added: 25, updated: 0, removed: 0 });
    expect(pauses).toBe(2);
    expect(index.search('kiss1')).toHaveLength(11);
  });

  it('waits for a second letter before matching prefixes', () => {
    const index = indexOf({ contacts: [contact('c1', 'Szőke', 'Ödön'), contact('c2', 'S', 'Anna')] });
    expect(ids(index, 's')).toEqual(['contact:c2']);
    expect(ids(index, 'sz')).toEqual(['contact:c1']);
  });
});

describe('members of the delegation', () => {
  const index = indexOf({
    delegates: [delegate('shauchuk', 'Шаўчук', 'Алег', 'Міхайлавіч')],
    contacts: [contact('szoke', 'Szőke', 'Ödön')],
  });

  it('are found by their name, as typed and without the Belarusian letters', () => {
    expect(ids(index, 'Шаўчук')).toEqual(['delegate:shauchuk']);
    expect(ids(index, 'шаўч')).toEqual(['delegate:shauchuk']);
    expect(ids(index, 'Алег Шаўчук')).toEqual(['delegate:shauchuk']);
  });

  it('are found by rank and organisation in any language they are written in', () => {
    expect(ids(index, 'подполковник')).toEqual(['delegate:shauchuk']);
    expect(ids(index, 'Ministry of Internal Affairs')).toEqual(['delegate:shauchuk']);
  });

  it('are labelled by their full name in every interface language', () => {
    const [hit] = index.search('Шаўчук');
    expect(hit?.document.label.en).toBe('Шаўчук Алег Міхайлавіч');
    expect(hit?.document.kind).toBe('delegate');
  });

  it('include every delegate of the sample tour', () => {
    const sample = new TourSearchIndex();
    const bundle = sampleBundle();
    sample.sync(bundle);
    for (const member of bundle.delegates) {
      expect(ids(sample, member.familyName)).toContain(`delegate:${member.id}`);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { contactDuplicates, nameKey, organisationDuplicates } from '../../../renderer/domain/duplicates';
import { likelyDuplicates } from '../../../renderer/domain/merge/duplicates';

const live = { deletedAt: null };
const szoke = { ...live, id: 'c1', familyName: 'Szőke', givenName: 'Ödön', organisationId: 'brfk' };
const kiss = { ...live, id: 'c2', familyName: 'Kiss', givenName: 'Gábor', organisationId: 'orfk' };

describe('the same name after folding', () => {
  it('ignores case, diacritics, punctuation and the order of the words', () => {
    expect(nameKey('dr. Szőke Ödön')).toBe(nameKey('ODON, szoke dr'));
    expect(nameKey('Ковалёв Андрей')).toBe(nameKey('андрей КОВАЛЕВ'));
    expect(nameKey('Szőke Ödön')).not.toBe(nameKey('Szőke Ödönné'));
    expect(nameKey('  ')).toBe('');
  });
});

describe('a contact that probably exists already', () => {
  it('is the same name at the same organisation', () => {
    const draft = { familyName: 'SZOKE', givenName: 'odon', organisationId: 'brfk' };
    expect(contactDuplicates(draft, [szoke, kiss])).toEqual([szoke]);
  });

  it('matches when either side names no organisation, not when they name two different ones', () => {
    expect(
      contactDuplicates({ familyName: 'Szőke', givenName: 'Ödön', organisationId: null }, [szoke]),
    ).toEqual([szoke]);
    expect(
      contactDuplicates({ familyName: 'Szőke', givenName: 'Ödön', organisationId: 'brfk' }, [
        { ...szoke, organisationId: null },
      ]),
    ).toHaveLength(1);
    expect(
      contactDuplicates({ familyName: 'Szőke', givenName: 'Ödön', organisationId: 'orfk' }, [szoke]),
    ).toEqual([]);
  });

  it('never points at the contact being edited, a deleted one, or on an empty name', () => {
    expect(contactDuplicates({ ...szoke }, [szoke])).toEqual([]);
    const deleted = { ...szoke, id: 'c3', deletedAt: '2026-11-30T10:00:00.000Z' };
    expect(
      contactDuplicates({ familyName: 'Szőke', givenName: 'Ödön', organisationId: 'brfk' }, [deleted]),
    ).toEqual([]);
    expect(contactDuplicates({ familyName: ' ', givenName: '', organisationId: null }, [szoke])).toEqual([]);
  });

  it('tells a different given name apart', () => {
    expect(
      contactDuplicates({ familyName: 'Szőke', givenName: 'Anna', organisationId: 'brfk' }, [szoke]),
    ).toEqual([]);
  });
});

describe('an organisation that probably exists already', () => {
  const orfk = {
    ...live,
    id: 'o1',
    name: { hu: 'Országos Rendőr-főkapitányság', en: 'National Police Headquarters' },
  };

  it('shares one of its names, in any language, after folding', () => {
    expect(organisationDuplicates({ name: { hu: 'orszagos rendor-fokapitanysag' } }, [orfk])).toEqual([orfk]);
    expect(organisationDuplicates({ name: { ru: 'national police headquarters' } }, [orfk])).toEqual([orfk]);
    expect(organisationDuplicates({ name: { en: 'National Police' } }, [orfk])).toEqual([]);
  });

  it('leaves out itself, deleted organisations and empty names', () => {
    expect(organisationDuplicates({ id: 'o1', name: orfk.name }, [orfk])).toEqual([]);
    expect(
      organisationDuplicates({ name: orfk.name }, [
        { ...orfk, id: 'o2', deletedAt: '2026-11-30T10:00:00.000Z' },
      ]),
    ).toEqual([]);
    expect(organisationDuplicates({ name: { hu: ' ' } }, [orfk])).toEqual([]);
  });
});

describe('records of a colleague that look like records here', () => {
  it('are found with the same folding as the forms use', () => {
    const here = { ...szoke, tourId: 't1' };
    const incoming = { ...szoke, id: 'x1', tourId: 't1', familyName: 'SZOKE', givenName: 'Odon' };
    expect(likelyDuplicates('contacts', [incoming], [here])).toEqual([
      { kind: 'contacts', incoming, local: here },
    ]);
    const organisation = {
      id: 'o1',
      tourId: 't1',
      deletedAt: null,
      name: { hu: 'Rendőr-főkapitányság' } as Record<string, string>,
    };
    const again = { ...organisation, id: 'o2', name: { en: 'rendor fokapitanysag' } };
    expect(likelyDuplicates('organisations', [again], [organisation])).toHaveLength(1);
  });
});

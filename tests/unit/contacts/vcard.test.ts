import { describe, expect, it } from 'vitest';
import { parseVCardFile, VCardParseError } from '../../../renderer/domain/vcard/parseVcard';
import type { VCardContact } from '../../../renderer/domain/vcard/vcardContact';
import { writeVCardFile } from '../../../renderer/export/vcard';

const szoke: VCardContact = {
  uid: '6f1c2d3e-0000-4000-8000-000000000001',
  prefix: 'dr.',
  familyName: 'Szőke',
  givenName: 'Ödön Űrös',
  nameOrder: 'family-first',
  cyrillic: {
    ru: { familyName: 'Сёке', givenName: 'Эдён', checked: true },
    be: { familyName: 'Сёке', givenName: 'Эдзён', checked: false },
  },
  rank: { hu: 'r. alezredes', ru: 'подполковник полиции' },
  position: {
    hu: 'főosztályvezető, Rendészeti Főigazgatóság; BRFK',
    ru: 'начальник отдела',
    be: 'начальнік аддзела',
  },
  organisationName: { hu: 'BRFK V. kerületi Rendőrkapitányság', en: 'District V Police Station' },
  phones: ['+36 1 373 1000', '+36 30 555 0101'],
  emails: ['szoke.odon@example.hu'],
  languages: ['hu', 'ru', 'de'],
  gender: 'male',
  role: 'official',
  notes: 'Met twice.\nPrefers Russian; speaks slowly, \\ careful.',
};

const lindqvist: VCardContact = {
  uid: '6f1c2d3e-0000-4000-8000-000000000002',
  prefix: '',
  familyName: 'Lindqvist',
  givenName: 'Martin',
  nameOrder: 'given-first',
  cyrillic: {},
  rank: {},
  position: { en: 'Police Affairs Officer' },
  organisationName: { en: 'OSCE Secretariat, Strategic Police Matters Unit' },
  phones: [],
  emails: ['martin.lindqvist@example.org'],
  languages: ['en', 'sv'],
  gender: 'unspecified',
  role: 'osce',
  notes: '',
};

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('vCard export', () => {
  it('writes vCard 4.0 in UTF-8 with CRLF lines folded at 75 octets', () => {
    const text = decode(writeVCardFile([szoke], 'ru'));
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    expect(text).toContain('FN;ALTID=fn;LANGUAGE=ru;PREF=1:д-р Эдён Сёке');
    expect(text).toContain('N;ALTID=n:Szőke;Ödön Űrös;;dr.;');
    expect(text).not.toMatch(/[^\r]\n/);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});

describe('vCard round trip', () => {
  it('keeps every field, including ő/ű and Cyrillic', () => {
    const cards = parseVCardFile(writeVCardFile([szoke, lindqvist], 'hu'));
    expect(cards).toEqual([szoke, lindqvist]);
  });

  it('reads bytes and strings alike', () => {
    const bytes = writeVCardFile([szoke], 'en');
    expect(parseVCardFile(decode(bytes))).toEqual(parseVCardFile(bytes));
  });
});

describe('vCard import from other address books', () => {
  it('reads a vCard 3.0 card as a phone writes it', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Horváth;Eszter;;;',
      'FN:Horváth Eszter',
      'ORG:Fehér Gyűrű Közhasznú Egyesület;',
      'TITLE:programkoordinátor',
      'TEL;TYPE=CELL,VOICE:+36 20 555 0123',
      'EMAIL;TYPE=INTERNET,PREF:horvath.eszter@example.org',
      'NOTE:Victim support\\, Budapest',
      'END:VCARD',
      '',
    ].join('\r\n');
    const [card] = parseVCardFile(text);
    expect(card).toMatchObject({
      familyName: 'Horváth',
      givenName: 'Eszter',
      nameOrder: 'family-first', // FN shows the family name first
      organisationName: { hu: 'Fehér Gyűrű Közhasznú Egyesület' },
      position: { hu: 'programkoordinátor' },
      phones: ['+36 20 555 0123'],
      emails: ['horvath.eszter@example.org'],
      notes: 'Victim support, Budapest',
      role: null,
      cyrillic: {},
    });
  });

  it('reads a 4.0 card with a tel: URI and only a formatted name', () => {
    const text = 'BEGIN:VCARD\nVERSION:4.0\nFN:Anna Schmidt\nTEL;VALUE=uri:tel:+43-1-514-36\nEND:VCARD\n';
    const [card] = parseVCardFile(text);
    expect(card).toMatchObject({ familyName: 'Schmidt', givenName: 'Anna', phones: ['+43-1-514-36'] });
  });
});

describe('bad vCard files', () => {
  const refusal = (input: string) => {
    try {
      parseVCardFile(input);
    } catch (error) {
      if (error instanceof VCardParseError) return error;
      throw error;
    }
    throw new Error('accepted');
  };

  it('names the problem', () => {
    expect(refusal('').code).toBe('empty');
    expect(refusal('Name,E-mail\nKiss,kiss@example.hu').code).toBe('notVcard');
    expect(refusal('BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR').code).toBe('notVcard');
    expect(refusal('BEGIN:VCARD\nVERSION:2.1\nN:Kiss;Gábor\nEND:VCARD').code).toBe('unsupportedVersion');
    expect(refusal('BEGIN:VCARD\nVERSION:4.0\nFN:Kiss Gábor\n').code).toBe('malformed');
    expect(refusal('BEGIN:VCARD\nVERSION:4.0\nthis is not a property\nEND:VCARD').code).toBe('malformed');
    const noName = refusal(
      'BEGIN:VCARD\nVERSION:4.0\nFN:A B\nEND:VCARD\nBEGIN:VCARD\nVERSION:4.0\nEMAIL:x@y.hu\nEND:VCARD',
    );
    expect(noName.code).toBe('noName');
    expect(noName.cardNumber).toBe(2);
  });
});

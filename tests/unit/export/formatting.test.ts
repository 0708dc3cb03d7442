import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../renderer/domain/documents/buildDocument';
import { documentFileName } from '../../../renderer/export/docx/fileName';
import { countryName, dateWriter, languageName } from '../../../renderer/export/docx/formatDates';
import { PRESETS } from '../../../renderer/export/docx/presets';
import { loadSample } from './sampleBundle';

const stb = PRESETS['by-stb-6.38-2016'];
const international = PRESETS['international-a4'];

describe('dates in documents', () => {
  it('are DD.MM.YYYY under STB 6.38-2016, in any language', () => {
    expect(dateWriter('be', stb).date('2010-09-20')).toBe('20.09.2010');
    expect(dateWriter('en', stb).range('2010-09-19', '2010-09-24')).toBe('19.09.2010–24.09.2010');
  });

  it('are written out as each language does in running text under the international preset', () => {
    expect(dateWriter('en', international).date('2010-09-20')).toBe('20 September 2010');
    expect(dateWriter('hu', international).date('2010-09-20')).toBe('2010. szeptember 20.');
    expect(dateWriter('ru', international).range('2010-09-19', '2010-09-24')).toBe('19–24 сентября 2010 г.');
    expect(dateWriter('hu', international).range('2010-09-19', '2010-09-24')).toBe('2010. szeptember 19–24.');
    expect(dateWriter('be', international).range('2010-09-29', '2010-10-02')).toBe(
      '29 верасня 2010 г. – 2 кастрычніка 2010 г.',
    );
  });

  it('name the day of the week from the document locale, not from Intl (Chromium has no Belarusian data)', () => {
    expect(dateWriter('be', stb).day('2010-09-20')).toBe('20.09.2010 (панядзелак)');
    expect(dateWriter('hu', international).day('2010-09-19')).toBe('2010. szeptember 19. (vasárnap)');
  });

  it('name countries and languages in the document language', () => {
    expect(countryName('HU', 'be')).toBe('Венгрыя');
    expect(countryName('HU', 'hu')).toBe('Magyarország');
    expect(languageName('de', 'be')).toBe('нямецкая');
    expect(languageName('hu', 'en')).toBe('Hungarian');
  });
});

describe('file names', () => {
  const sample = loadSample();
  it('are in the document language and safe on every file system', () => {
    const report = buildDocument(sample.bundle, { kind: 'report', language: 'hu' });
    expect(documentFileName(report)).toBe('Jelentés a tanulmányútról, Magyarország, 2010-09.docx');
    const memo = buildDocument(
      {
        ...sample.bundle,
        organisations: sample.bundle.organisations.map((o) => ({ ...o, name: { ru: 'ОВД "Центр": A/B*?' } })),
      },
      { kind: 'memo', language: 'ru', eventId: sample.eventAliases.get('e2')! },
    );
    expect(documentFileName(memo)).toBe('Справка о посещении, 2010-09-20, ОВД Центр A B.docx');
  });
});

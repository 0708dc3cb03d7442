import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../renderer/domain/entities';
import { buildDocument } from '../../../renderer/domain/documents/buildDocument';
import { leftOutSections, reportLeftOut } from '../../../renderer/domain/documents/leftOut';
import type { TourBundle } from '../../../renderer/domain/tourBundle';
import { loadSample } from '../export/sampleBundle';

const { bundle: sample } = loadSample();
const deleted = <T extends { deletedAt: string | null }>(records: readonly T[]): T[] =>
  records.map((record) => ({ ...record, deletedAt: '2010-09-25T10:00:00.000Z' }));

/** Tours that leave different chapters out. */
const VARIANTS: [string, TourBundle][] = [
  ['the sample', sample],
  [
    'no recommendations, materials or conclusions',
    { ...sample, recommendations: [], materials: [], tour: { ...sample.tour, conclusions: {} } },
  ],
  [
    'a key point whose findings are all left out of the report, conclusions only in English',
    {
      ...sample,
      findings: sample.findings.map((f) =>
        f.themeId === sample.themes[1]!.id ? { ...f, includeInReport: false } : f,
      ),
      tour: { ...sample.tour, conclusions: { en: 'The visit showed…' } },
    },
  ],
  [
    'everyone deleted, no programme',
    {
      ...sample,
      delegates: deleted(sample.delegates),
      contacts: deleted(sample.contacts),
      events: [],
      findings: deleted(sample.findings),
    },
  ],
];

describe('the chapters the report will leave out, as the Overview lists them', () => {
  it.each(VARIANTS)('are those the report model leaves out: %s', (_, bundle) => {
    for (const language of LANGUAGES) {
      const model = buildDocument(bundle, { kind: 'report', language });
      expect(reportLeftOut(bundle, language)).toEqual(leftOutSections(model));
    }
  });

  it('name the empty key point in the document language and every empty chapter', () => {
    const [, emptied] = VARIANTS[3]!;
    expect(reportLeftOut(emptied, 'en').map((s) => s.section)).toEqual([
      'delegation',
      ...sample.themes.map(() => 'keyPoint'),
      'conclusions',
      'programme',
      'personsMet',
    ]);
    const [, partial] = VARIANTS[2]!;
    const theme = sample.themes[1]!;
    expect(reportLeftOut(partial, 'hu')).toEqual([
      { section: 'keyPoint', title: theme.title.hu ?? theme.title.ru },
      // The chapters printed end without conclusions on their key point: none are written yet.
      ...sample.themes
        .filter((other) => other !== theme)
        .map((other) => ({ section: 'keyPointConclusions', title: other.title.hu ?? other.title.ru })),
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { readBackupFile, restoreBackup } from '../../../renderer/db/backup';
import { db } from '../../../renderer/db/database';
import { importSampleFile } from '../../../renderer/db/sampleImport';
import { abbreviationsInOrder } from '../../../renderer/domain/documents/abbreviations';
import { abbreviationProblems } from '../../../renderer/domain/documents/abbreviationProblems';
import { buildDocument } from '../../../renderer/domain/documents/buildDocument';
import type { BriefDocument, ReportDocument } from '../../../renderer/domain/documents/model';
import { readTourBundle } from '../../../renderer/db/queries/tourRecords';
import { writeDocx } from '../../../renderer/export/docx/writeDocument';
import bundledSample from '../../../renderer/assets/sample/study-tour-hungary-2010.json';
import { resetDb } from '../db/resetDb';
import { readDocx } from '../export/readDocx';
import { loadSample } from '../export/sampleBundle';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const entry = (abbreviation: string) => ({ abbreviation });

describe('abbreviations in the order of their first appearance', () => {
  it('orders by text, then by position in the text, and leaves out those never used', () => {
    const used = abbreviationsInOrder(
      ['Визит в ORFK и OPSZ.', 'Ответственные: ГУОПиП МВД', 'ORFK снова; ЖЭС'],
      [entry('ЖЭС'), entry('ГУОПиП'), entry('OPSZ'), entry('ORFK'), entry('БОМ')],
    );
    expect(used.map((a) => a.abbreviation)).toEqual(['ORFK', 'OPSZ', 'ГУОПиП', 'ЖЭС']);
  });

  it('finds whole words only, with hyphenated endings and punctuation, case sensitive', () => {
    const find = (text: string, abbreviation: string) => abbreviationsInOrder([text], [entry(abbreviation)]);
    expect(find('az ORFK-val közösen', 'ORFK')).toHaveLength(1);
    expect(find('(ORFK)', 'ORFK')).toHaveLength(1);
    expect(find('ORFKX', 'ORFK')).toHaveLength(0);
    expect(find('XORFK', 'ORFK')).toHaveLength(0);
    expect(find('жэс', 'ЖЭС')).toHaveLength(0);
    expect(find('в ЖЭС.', 'ЖЭС')).toHaveLength(1);
    expect(find('1+1 и C++', 'C++')).toHaveLength(1);
  });

  it('counts an abbreviation entered twice once', () => {
    const used = abbreviationsInOrder(
      ['ORFK'],
      [
        { abbreviation: 'ORFK', n: 1 },
        { abbreviation: ' ORFK ', n: 2 },
      ],
    );
    expect(used).toEqual([{ abbreviation: 'ORFK', n: 1 }]);
  });

  it('are validated: required, unique, with an expansion in some language', () => {
    expect(
      abbreviationProblems([
        { abbreviation: 'ORFK', expansion: { hu: 'Országos Rendőr-főkapitányság' } },
        { abbreviation: ' ', expansion: { ru: 'x' } },
        { abbreviation: 'ORFK', expansion: {} },
        { abbreviation: 'X'.repeat(31), expansion: { en: 'x' } },
      ]),
    ).toEqual([
      {},
      { abbreviation: 'required' },
      { abbreviation: 'duplicate', expansion: 'expansionRequired' },
      { abbreviation: 'tooLong' },
    ]);
  });
});

describe('the sample tour', () => {
  const sample = loadSample();
  const report = (language: 'ru' | 'en') =>
    buildDocument(sample.bundle, { kind: 'report', language }) as ReportDocument;

  it('carries its abbreviations, terms and facts from the sample file into the bundle', () => {
    const { tour, recommendations } = sample.bundle;
    expect(tour.abbreviations?.map((a) => a.abbreviation)).toEqual(['ORFK', 'OPSZ', 'ГУОПиП', 'ЖЭС']);
    for (const a of tour.abbreviations ?? [])
      expect(Object.keys(a.expansion).sort()).toEqual(['be', 'en', 'hu', 'ru']);
    expect(tour.funding?.ru).toMatch(/ОБСЕ/);
    expect(tour.termsSummary?.en).toMatch(/terms|key points/);
    const terms = [...recommendations].sort((a, b) => a.order - b.order).map((r) => r.term ?? null);
    expect(terms[1]).toEqual({ kind: 'quarter', year: 2010, quarter: 4 });
    expect(terms[6]).toBeNull();
  });

  it('has a Russian report whose annex lists ORFK and ГУОПиП, in the order the report first uses them', () => {
    const model = report('ru');
    const listed = (model.abbreviations ?? []).map((a) => a.abbreviation);
    expect(listed).toContain('ORFK');
    expect(listed).toContain('ГУОПиП');
    // OPSZ is in the second day's programme, ORFK in the last day's, ГУОПиП in the recommendations.
    expect(listed).toEqual(['OPSZ', 'ORFK', 'ГУОПиП', 'ЖЭС']);
    expect(model.abbreviations?.find((a) => a.abbreviation === 'ГУОПиП')?.expansion).toMatch(
      /^Главное управление охраны правопорядка/,
    );
    expect(model.fallbacks.filter((f) => f.field === 'abbreviation')).toEqual([]);
    expect(model.recommendations[1]).toMatchObject({ term: { kind: 'quarter', quarter: 4, year: 2010 } });
    expect(model.recommendations[0]?.expectedResult).toMatch(/план работы/);
  });

  it("finds an abbreviation used only in a key point's conclusions, where the chapter prints them", () => {
    const { bundle } = sample;
    const [first] = [...bundle.themes].sort((a, b) => a.order - b.order);
    const changed = {
      ...bundle,
      tour: {
        ...bundle.tour,
        abbreviations: [
          ...(bundle.tour.abbreviations ?? []),
          { id: 'ovd', abbreviation: 'ОВД', expansion: { ru: 'органы внутренних дел' } },
        ],
      },
      themes: bundle.themes.map((theme) =>
        theme.id === first!.id ? { ...theme, conclusions: { ru: 'Опыт применим в ОВД.' } } : theme,
      ),
    };
    const model = buildDocument(changed, { kind: 'report', language: 'ru' }) as ReportDocument;
    const listed = (model.abbreviations ?? []).map((a) => a.abbreviation);
    // The first chapter's conclusions come before the later days' programme (ORFK) in the report.
    expect(listed.indexOf('ОВД')).toBeGreaterThanOrEqual(0);
    expect(listed.indexOf('ОВД')).toBeLessThan(listed.indexOf('ГУОПиП'));
  });

  it('lists in English only what the English text uses (Russian texts it falls back to included)', () => {
    const listed = (report('en').abbreviations ?? []).map((a) => a.abbreviation);
    // The English programme names the civil guard in full, without "(OPSZ)"; the recommendations
    // have no English version yet, so their Russian text (with ГУОПиП and ЖЭС) is what is printed.
    expect(listed).toEqual(['ORFK', 'ГУОПиП', 'ЖЭС']);
    expect(report('en').abbreviations?.[0]?.expansion).toMatch(/^Hungarian National Police/);
  });

  it('writes the facts, the terms and the annex into the Russian .docx', async () => {
    const model = report('ru');
    const read = await readDocx(await writeDocx(model, 'by-stb-6.38-2016', { tocPageNumbers: false }));
    expect(read.text).toContain('Финансирование поездки');
    expect(read.text).toContain('Краткое содержание технического задания');
    expect(read.text).toContain('IV квартал 2010\u00a0г.');
    expect(read.text).toContain('Ожидаемый результат: ');
    // The last recommendation has no term: its horizon is printed.
    expect(read.text).toContain('краткосрочная');
    // The annex mark stands in the top right corner above the annex's title (STB 6.38).
    const annex = read.text.lastIndexOf('Приложение 4');
    expect(annex).toBeGreaterThan(read.text.lastIndexOf('Приложение 3'));
    expect(read.text.slice(annex)).toMatch(/^Приложение 4\s+Перечень сокращений/);
    const rest = read.text.slice(annex);
    expect(rest.indexOf('ORFK')).toBeLessThan(rest.indexOf('ГУОПиП'));
    expect(rest).toContain('Главное управление охраны правопорядка и профилактики');
  });

  it('writes the legal basis with its date and number when there is one', async () => {
    const bundle = {
      ...sample.bundle,
      tour: {
        ...sample.bundle.tour,
        legalBasisAct: { ru: 'Приказ Министра внутренних дел Республики Беларусь' },
        legalBasis: { date: '2010-09-10', number: '245' },
      },
    };
    const model = buildDocument(bundle, { kind: 'report', language: 'ru' }) as ReportDocument;
    const read = await readDocx(await writeDocx(model, 'by-stb-6.38-2016', { tocPageNumbers: false }));
    expect(read.text).toContain('Основание для поездки');
    expect(read.text).toMatch(
      /Приказ Министра внутренних дел Республики Беларусь от 10\.09\.2010 №\u00a0245/,
    );
  });

  it('gives the round-table brief the terms and expected results too', async () => {
    const model = buildDocument(sample.bundle, { kind: 'brief', language: 'ru' }) as BriefDocument;
    const read = await readDocx(await writeDocx(model, 'by-stb-6.38-2016', { tocPageNumbers: false }));
    expect(read.text).toContain('IV квартал 2010\u00a0г.');
    expect(read.text).toContain('Ожидаемый результат: ');
  });
});

describe('stored tours', () => {
  it('imports the sample with its abbreviations', async () => {
    await resetDb();
    const tourId = await importSampleFile(structuredClone(bundledSample));
    const tour = await db.tours.get(tourId);
    expect(tour?.abbreviations?.map((a) => a.abbreviation)).toEqual(['ORFK', 'OPSZ', 'ГУОПиП', 'ЖЭС']);
    const recommendations = await db.recommendations.where('tourId').equals(tourId).sortBy('order');
    expect(recommendations[1]?.term).toEqual({ kind: 'quarter', year: 2010, quarter: 4 });
  });

  it('restore from a backup of before terms and abbreviations, and their report prints horizons', async () => {
    await resetDb();
    const bytes = new Uint8Array(
      readFileSync(new URL('../../fixtures/bundle-v2/backup.ddbackup', import.meta.url)),
    );
    await restoreBackup(await readBackupFile(bytes));
    const [tour] = await db.tours.toArray();
    expect(tour?.abbreviations).toBeUndefined();
    const recommendations = await db.recommendations.toArray();
    expect(recommendations.length).toBeGreaterThan(0);
    expect(recommendations.every((r) => r.term === undefined && r.expectedResult === undefined)).toBe(true);
    const bundle = (await readTourBundle(tour!.id))!;
    const model = buildDocument(bundle, { kind: 'report', language: 'ru' }) as ReportDocument;
    expect(model.abbreviations).toEqual([]);
    const read = await readDocx(await writeDocx(model, 'by-stb-6.38-2016', { tocPageNumbers: false }));
    expect(read.text).toContain('среднесрочная');
    expect(read.text).not.toContain('Перечень сокращений');
  });
});

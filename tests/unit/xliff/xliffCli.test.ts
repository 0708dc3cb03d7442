import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { runExport } from '../../../renderer/cli/exportCli';
import { makeBackup } from '../../../renderer/db/backup';
import { db } from '../../../renderer/db/database';
import { importSampleFile } from '../../../renderer/db/sampleImport';
import { applyXliffImport, planXliffFile } from '../../../renderer/db/xliffImport';
import { XLIFF_NS } from '../../../renderer/domain/xliff/model';
import { resetDb } from '../db/resetDb';
import { SAMPLE_PATH } from '../export/sampleBundle';
import { sampleJson } from '../findings/sampleTour';
import { strictXml, translateAsCatTool } from './catTool';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

async function quietly(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    return { code: await runExport(argv), out, err };
  } finally {
    vi.restoreAllMocks();
  }
}

describe('npm run export -- --doc xliff', () => {
  it('writes a file a strict XML parser reads, declaring XLIFF 2.0 with srcLang and trgLang', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dd-xliff-')), 'texts.xlf');
    const run = await quietly([
      '--input',
      fileURLToPath(SAMPLE_PATH),
      '--doc',
      'xliff',
      '--lang',
      'en',
      '--out',
      out,
    ]);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toMatch(/texts\.xlf: XLIFF 2\.0 ru→en, \d+ text\(s\)/);
    const document = strictXml(readFileSync(out, 'utf8'));
    const root = document.documentElement;
    expect(root.localName).toBe('xliff');
    expect(root.namespaceURI).toBe(XLIFF_NS);
    expect(root.getAttribute('version')).toBe('2.0');
    expect(root.getAttribute('srcLang')).toBe('ru');
    expect(root.getAttribute('trgLang')).toBe('en');
    const units = [...document.getElementsByTagNameNS(XLIFF_NS, 'unit')];
    expect(units.length).toBeGreaterThan(50);
    for (const unit of units) {
      expect(unit.getAttribute('id')).toMatch(/^[a-z]+:[^:]+:[A-Za-z]+$/);
      expect(unit.getElementsByTagNameNS(XLIFF_NS, 'source')[0]?.textContent).not.toBe('');
    }
    // Notes: the record's kind and title, and the visit of a finding.
    const categories = new Set(
      [...document.getElementsByTagNameNS(XLIFF_NS, 'note')].map((note) => note.getAttribute('category')),
    );
    expect(categories).toEqual(new Set(['kind', 'title', 'visit']));
  });

  it('takes a selection: the missing findings of key point 1, into Hungarian from English', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dd-xliff-')), 'kp1.xlf');
    const argv = ['--input', fileURLToPath(SAMPLE_PATH), '--doc', 'xliff', '--lang', 'hu', '--from', 'en'];
    const run = await quietly([
      ...argv,
      '--texts',
      'missing',
      '--kind',
      'finding',
      '--key-point',
      '1',
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    const document = strictXml(readFileSync(out, 'utf8'));
    expect(document.documentElement.getAttribute('srcLang')).toBe('en');
    const ids = [...document.getElementsByTagNameNS(XLIFF_NS, 'unit')].map((unit) => unit.getAttribute('id'));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id?.startsWith('finding:'))).toBe(true);
    expect(document.getElementsByTagNameNS(XLIFF_NS, 'target')).toHaveLength(0);
    expect((await quietly([...argv, '--key-point', '99', '--out', out])).code).toBe(1);
    expect((await quietly([...argv, '--texts', 'some', '--out', out])).code).toBe(2);
    expect((await quietly([...argv, '--from', 'hu', '--out', out])).code).toBe(2);
  });

  it('from a backup: the file, translated, imports into the laptop the backup was made on', async () => {
    await resetDb();
    const tourId = await importSampleFile(structuredClone(sampleJson));
    const dir = mkdtempSync(join(tmpdir(), 'dd-xliff-'));
    const backup = join(dir, 'tour.ddbackup');
    writeFileSync(backup, (await makeBackup('everything', '0.1.0')).bytes);
    const out = join(dir, 'texts.xlf');
    expect(
      (
        await quietly([
          '--input',
          backup,
          '--doc',
          'xliff',
          '--lang',
          'hu',
          '--texts',
          'missing',
          '--out',
          out,
        ])
      ).code,
    ).toBe(0);
    const translated = translateAsCatTool(readFileSync(out, 'utf8'), (_id, source) => `HU ${source}`);
    const plan = await planXliffFile(new TextEncoder().encode(translated), tourId);
    expect(plan.counts.new).toBe(plan.entries.length);
    expect(await applyXliffImport(plan, { overwriteConflicts: false })).toBeGreaterThan(0);
    const finding = (await db.findings.where('tourId').equals(tourId).first())!;
    expect(finding.title.hu).toBe(`HU ${finding.title.ru}`);
  });
});

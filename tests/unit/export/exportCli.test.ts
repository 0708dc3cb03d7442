import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { makeBackup } from '../../../renderer/db/backup';
import { deriveFileKey } from '../../../renderer/lib/crypto/fileEnvelope';
import { newSalt } from '../../../renderer/lib/crypto/passphraseKey';
import { runExport } from '../../../renderer/cli/exportCli';
import { sampleTourWithPhoto } from '../backup/laptop';
import { resetDb } from '../db/resetDb';
import { readDocx } from './readDocx';
import { SAMPLE_PATH } from './sampleBundle';

const input = fileURLToPath(SAMPLE_PATH);

describe('the command-line exporter', () => {
  it('writes a visit memo for a sample event id in Hungarian', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dd-cli-')), 'memo.docx');
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await runExport([
      '--input',
      input,
      '--doc',
      'memo',
      '--event',
      'e2',
      '--lang',
      'hu',
      '--out',
      out,
    ]);
    vi.restoreAllMocks();
    expect(code).toBe(0);
    const read = await readDocx(new Uint8Array(readFileSync(out)));
    expect(read.text).toContain('Feljegyzés a látogatásról');
    expect(read.text).toContain('dr. Kiss Gábor');
  }, 60_000);

  it('writes the report from a backup file, its photo byte for byte', async () => {
    const photoBytes = new Uint8Array([0xff, 0xd8, 5, 4, 3, 2, 1, 0xff, 0xd9]);
    await resetDb();
    await sampleTourWithPhoto(photoBytes);
    const dir = mkdtempSync(join(tmpdir(), 'dd-cli-'));
    const backup = join(dir, 'tour.ddbackup');
    writeFileSync(backup, (await makeBackup('everything', '0.1.0')).bytes);
    const out = join(dir, 'report.docx');
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await runExport(['--input', backup, '--doc', 'report', '--lang', 'ru', '--out', out]);
    vi.restoreAllMocks();
    expect(code).toBe(0);
    const media = Object.entries(unzipSync(new Uint8Array(readFileSync(out)))).filter(([path]) =>
      path.startsWith('word/media/'),
    );
    expect(media.map(([, bytes]) => Array.from(bytes))).toEqual([Array.from(photoBytes)]);
  }, 60_000);

  it('reads an encrypted backup with the passphrase from a file or the environment, never without it', async () => {
    await resetDb();
    await sampleTourWithPhoto();
    const dir = mkdtempSync(join(tmpdir(), 'dd-cli-'));
    const backup = join(dir, 'tour.ddbackup');
    const passphrase = 'Будапешт-2010 сообщество';
    // Small Argon2id parameters keep the test quick; the file carries them.
    const key = await deriveFileKey(passphrase, newSalt(), {
      memorySize: 8_192,
      iterations: 1,
      parallelism: 1,
    });
    writeFileSync(backup, (await makeBackup('everything', '0.1.0', key)).bytes);
    const passphraseFile = join(dir, 'passphrase.txt');
    writeFileSync(passphraseFile, `${passphrase}\n`);
    const wrongFile = join(dir, 'wrong.txt');
    writeFileSync(wrongFile, 'not the passphrase\n');
    const out = join(dir, 'report.docx');
    const errors: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation((text) => errors.push(String(text)) > 0);
    const run = (...extra: string[]) =>
      runExport(['--input', backup, '--doc', 'report', '--lang', 'en', '--out', out, ...extra]);
    const withoutPassphrase = await run();
    const wrong = await run('--passphrase-file', wrongFile);
    const fromFile = await run('--passphrase-file', passphraseFile);
    vi.stubEnv('DELEGATION_DESK_PASSPHRASE', passphrase);
    const fromEnvironment = await run();
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    expect(withoutPassphrase).toBe(1);
    expect(errors[0]).toContain('--passphrase-file');
    expect(wrong).toBe(1);
    expect(errors[1]).toContain('The passphrase is wrong');
    expect([fromFile, fromEnvironment]).toEqual([0, 0]);
    expect((await readDocx(new Uint8Array(readFileSync(out)))).text).toContain('Hungary');
  }, 120_000);

  it('refuses wrong arguments with a usage message and exit code 2', async () => {
    const errors: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      errors.push(String(chunk));
      return true;
    });
    expect(await runExport(['--input', input, '--doc', 'letter', '--lang', 'ru', '--out', 'x.docx'])).toBe(2);
    expect(await runExport(['--input', input, '--doc', 'memo', '--lang', 'ru', '--out', 'x.docx'])).toBe(2);
    expect(await runExport(['--input', input, '--doc', 'report', '--lang', 'de', '--out', 'x.docx'])).toBe(2);
    vi.restoreAllMocks();
    expect(errors.join('')).toMatch(/--doc must be one of/);
  });

  it('refuses a file in an unknown format without writing anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dd-cli-'));
    const bad = join(dir, 'bad.json');
    (await import('node:fs')).writeFileSync(bad, JSON.stringify({ format: 'something-else' }));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await runExport([
      '--input',
      bad,
      '--doc',
      'report',
      '--lang',
      'ru',
      '--out',
      join(dir, 'r.docx'),
    ]);
    vi.restoreAllMocks();
    expect(code).toBe(1);
    expect((await import('node:fs')).existsSync(join(dir, 'r.docx'))).toBe(false);
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runExport } from '../../../renderer/cli/exportCli';
import { makeBackup } from '../../../renderer/db/backup';
import { turnOnProtection } from '../../../renderer/db/protection';
import { deriveFileKey } from '../../../renderer/lib/crypto/fileEnvelope';
import { newSalt } from '../../../renderer/lib/crypto/passphraseKey';
import { newRecoveryKey } from '../../../renderer/lib/crypto/recoveryKey';
import { sampleTourWithPhoto } from '../backup/laptop';
import { resetDb } from '../db/resetDb';
import { readDocx } from './readDocx';

// Small Argon2id parameters keep the test quick; the files carry them.
const QUICK = { memorySize: 8_192, iterations: 1, parallelism: 1 };

describe('the command-line exporter and the recovery key', () => {
  it('reads a protected laptop’s backup with its recovery key from a file or the environment', async () => {
    await resetDb();
    await sampleTourWithPhoto();
    const dir = mkdtempSync(join(tmpdir(), 'dd-cli-'));
    const fileKey = await deriveFileKey('Будапешт-2010 сообщество', newSalt(), QUICK);
    // Made before protection is on: no recovery slot.
    const unprotected = join(dir, 'before.ddbackup');
    writeFileSync(unprotected, (await makeBackup('everything', '0.1.0', fileKey)).bytes);
    const recoveryKey = await turnOnProtection('пароль ноутбука', QUICK);
    const backup = join(dir, 'tour.ddbackup');
    writeFileSync(backup, (await makeBackup('everything', '0.1.0', fileKey)).bytes);
    const keyFile = join(dir, 'recovery.txt');
    writeFileSync(keyFile, `${recoveryKey}\n`);
    const wrongFile = join(dir, 'wrong.txt');
    writeFileSync(wrongFile, `${newRecoveryKey()}\n`);
    const out = join(dir, 'report.docx');
    const errors: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation((text) => errors.push(String(text)) > 0);
    const run = (input: string, ...extra: string[]) =>
      runExport(['--input', input, '--doc', 'report', '--lang', 'en', '--out', out, ...extra]);
    const withoutSecret = await run(backup);
    const wrong = await run(backup, '--recovery-key-file', wrongFile);
    const noSlot = await run(unprotected, '--recovery-key-file', keyFile);
    const fromFile = await run(backup, '--recovery-key-file', keyFile);
    vi.stubEnv('DELEGATION_DESK_RECOVERY_KEY', recoveryKey);
    const fromEnvironment = await run(backup);
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    expect([withoutSecret, wrong, noSlot]).toEqual([1, 1, 1]);
    expect(errors[0]).toContain('--recovery-key-file');
    expect(errors[1]).toContain('The recovery key does not open this backup');
    expect(errors[2]).toContain('only its passphrase opens it');
    expect([fromFile, fromEnvironment]).toEqual([0, 0]);
    expect((await readDocx(new Uint8Array(readFileSync(out)))).text).toContain('Hungary');
  }, 120_000);
});

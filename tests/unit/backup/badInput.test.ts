import { zipSync } from 'fflate';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BACKUP_ERROR_CODES,
  BackupError,
  DEFAULT_LIMITS,
  makeBackup,
  readBackupFile,
  restoreBackup,
  type BackupErrorCode,
} from '../../../renderer/db/backup';
import { planExchangeImport } from '../../../renderer/db/exchange';
import en from '../../../locales/ui/en.json';
import { resetDb } from '../db/resetDb';
import { dumpDb, loadDb, sampleTourWithPhoto } from './laptop';
import { readJson, tamper, writeJson, writeText } from './tamper';

// Real IndexedDB work on shared, often overloaded machines: allow more than the default 5 s.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let good: Uint8Array;
let laptop: Record<string, unknown[]>;

async function expectRefused(bytes: Uint8Array, code: BackupErrorCode, limits = DEFAULT_LIMITS) {
  const before = await dumpDb();
  const attempt = async () => restoreBackup(await readBackupFile(bytes, limits));
  await expect(attempt()).rejects.toMatchObject({ name: 'BackupError', code });
  await expect(planExchangeImport(bytes, limits)).rejects.toBeInstanceOf(BackupError);
  expect(await dumpDb()).toEqual(before);
}

type Rec = Record<string, unknown>;

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

describe('a bad backup file is refused before anything is written', () => {
  beforeAll(async () => {
    await resetDb();
    await sampleTourWithPhoto();
    good = (await makeBackup('everything', '0.1.0')).bytes;
    laptop = await dumpDb();
  });
  // Each case starts from a laptop holding data, so "untouched" means something.
  beforeEach(async () => loadDb(laptop));

  it('every refusal has its own message in the interface', () => {
    const messages = (en as unknown as { backup: { errors: Record<string, string> } }).backup.errors;
    for (const code of BACKUP_ERROR_CODES) expect(messages[code], code).toBeTruthy();
    expect(new Set(BACKUP_ERROR_CODES.map((code) => messages[code])).size).toBe(BACKUP_ERROR_CODES.length);
  });

  it('not a backup: some other file', async () => {
    await expectRefused(new TextEncoder().encode('{"format":"study-tour-sample"}'), 'not-a-backup');
  });

  it('not a backup: a zip without our manifest, or with another format', async () => {
    await expectRefused(zipSync({ 'readme.txt': new TextEncoder().encode('hello') }), 'not-a-backup');
    const other = tamper(good, (files) =>
      writeJson(files, 'manifest.json', { format: 'other', formatVersion: 1 }),
    );
    await expectRefused(other, 'not-a-backup');
  });

  it('a newer format version', async () => {
    const newer = tamper(good, (files) => {
      writeJson(files, 'manifest.json', { ...(readJson(files, 'manifest.json') as Rec), formatVersion: 3 });
    });
    await expectRefused(newer, 'newer-version');
  });

  it('a truncated zip', async () => {
    await expectRefused(good.slice(0, Math.floor(good.length / 2)), 'corrupted');
  });

  it('a corrupted records file (hash does not match)', async () => {
    const broken = tamper(
      good,
      (files) => {
        const findings = readJson(files, 'records/findings.json') as Rec[];
        findings[0]!.tags = ['changed in transit'];
        writeJson(files, 'records/findings.json', findings);
      },
      false,
    );
    await expectRefused(broken, 'corrupted');
  });

  it('records failing the entity schemas', async () => {
    const invalid = tamper(good, (files) => {
      const findings = readJson(files, 'records/findings.json') as Rec[];
      findings[0]!.kind = 'gossip';
      writeJson(files, 'records/findings.json', findings);
    });
    await expectRefused(invalid, 'invalid-record');
    await expect(readBackupFile(invalid)).rejects.toMatchObject({
      details: expect.objectContaining({ kind: 'findings', problem: expect.stringContaining('kind') }),
    });
  });

  it('dangling references', async () => {
    const dangling = tamper(good, (files) => {
      const recommendations = readJson(files, 'records/recommendations.json') as Rec[];
      recommendations[0]!.findingIds = ['no-such-finding'];
      writeJson(files, 'records/recommendations.json', recommendations);
    });
    await expectRefused(dangling, 'dangling-reference');
    await expect(readBackupFile(dangling)).rejects.toMatchObject({
      details: expect.objectContaining({ field: 'findingIds', target: 'no-such-finding' }),
    });
  });

  it('an attachment that is not what its manifest says', async () => {
    const swapped = tamper(
      good,
      (files) => {
        const path = Object.keys(files).find((name) => name.startsWith('attachments/'))!;
        files[path] = new Uint8Array([1, 2, 3, 4, 5, 6, 7]);
      },
      false,
    );
    await expectRefused(swapped, 'attachment-mismatch');
    // Hashes fixed up, but the record says another size than the file has.
    const resized = tamper(good, (files) => {
      const path = Object.keys(files).find((name) => name.startsWith('attachments/'))!;
      files[path] = new Uint8Array([1, 2]);
    });
    await expectRefused(resized, 'attachment-mismatch');
  });

  it('a stored photo changed in place, its size and the zip around it untouched', async () => {
    // The photo is read as a view of the file, not through fflate: only the SHA-256 can catch this.
    const { photo } = await sampleTourWithPhoto(new Uint8Array([0xff, 0xd8, 7, 7, 7, 7, 7, 0xff, 0xd9]));
    const bytes = (await makeBackup('everything', '0.1.0')).bytes;
    const at = indexOf(bytes, new Uint8Array([0xff, 0xd8, 7, 7, 7, 7, 7, 0xff, 0xd9]));
    expect(at, `the photo of ${photo.id} is stored as it is`).toBeGreaterThan(0);
    const changed = bytes.slice();
    changed[at + 3] = 8;
    await expectRefused(changed, 'attachment-mismatch');
  });

  it('a huge file, and a small file that unpacks huge', async () => {
    await expectRefused(good, 'too-large', { ...DEFAULT_LIMITS, maxFileBytes: 1000 });
    await expectRefused(good, 'too-large', { ...DEFAULT_LIMITS, maxUnpackedBytes: 2000 });
  });

  it('keys like __proto__', async () => {
    const polluted = tamper(good, (files) => {
      const text = new TextDecoder().decode(files['records/findings.json']);
      writeText(files, 'records/findings.json', text.replace('{', '{"__proto__":{"isAdmin":true},'));
    });
    await expectRefused(polluted, 'forbidden-key');
    expect(({} as Rec).isAdmin).toBeUndefined();
  });

  it('keys like __proto__ spelt with escapes', async () => {
    // JSON reads "\u005f_proto__" as __proto__: the quick path (no reviver) must not take it.
    for (const key of ['\\u005f_proto__', 'construc\\u0074or', '\\u0070rototype']) {
      const polluted = tamper(good, (files) => {
        const text = new TextDecoder().decode(files['records/findings.json']);
        writeText(files, 'records/findings.json', text.replace('{', `{"${key}":{"isAdmin":true},`));
      });
      await expectRefused(polluted, 'forbidden-key');
    }
    expect(({} as Rec).isAdmin).toBeUndefined();
  });
});

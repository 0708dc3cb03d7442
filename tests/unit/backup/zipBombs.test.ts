import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { makeBackup, readBackupFile } from '../../../renderer/db/backup';
import { inflateLimited, InflatedSizeError } from '../../../renderer/lib/zip/inflateLimited';
import { resetDb } from '../db/resetDb';
import { sampleTourWithPhoto } from './laptop';
import { declareSize } from './craftedZip';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

describe('zip bombs in a backup or exchange file are refused at once, before they are inflated', () => {
  let good: Uint8Array;
  beforeAll(async () => {
    await resetDb();
    await sampleTourWithPhoto();
    good = (await makeBackup('everything', '0.1.0')).bytes;
  });

  it('an entry listed as 1 GB: refused from its declared size, nothing inflated', async () => {
    const listed = declareSize(good, 'records/findings.json', 1024 * 1024 * 1024);
    await expect(readBackupFile(listed)).rejects.toMatchObject({ name: 'BackupError', code: 'too-large' });
  });

  it('an entry whose header says 100 bytes but which inflates to 64 MB: refused at the first overshoot', async () => {
    const bomb = zipSync({ 'manifest.json': new Uint8Array(64 * 1024 * 1024) }, { level: 9 });
    const lying = declareSize(bomb, 'manifest.json', 100);
    await expect(readBackupFile(lying)).rejects.toMatchObject({ name: 'BackupError', code: 'corrupted' });
  });

  it('an entry that inflates to less than it declares is damaged', async () => {
    const short = declareSize(good, 'records/findings.json', 50 * 1024 * 1024);
    await expect(readBackupFile(short)).rejects.toMatchObject({ name: 'BackupError' });
  });
});

describe('inflateLimited', () => {
  const zeros = zipSync({ z: new Uint8Array(32 * 1024 * 1024) }, { level: 9 });
  // The deflated data of the only entry: after the 30-byte local header and the 1-byte name.
  const compressed = zeros.subarray(31, 31 + new DataView(zeros.buffer).getUint32(18, true));

  it('inflates exactly the declared size', () => {
    expect(inflateLimited(compressed, 32 * 1024 * 1024)).toHaveLength(32 * 1024 * 1024);
  });

  it('refuses output past the declared size, and output short of it', () => {
    expect(() => inflateLimited(compressed, 1000)).toThrow(InflatedSizeError);
    expect(() => inflateLimited(compressed, 33 * 1024 * 1024)).toThrow(InflatedSizeError);
  });
});

import { describe, expect, it, vi } from 'vitest';
import {
  forgetFilePassphrase,
  makeBackup,
  readBackupFile,
  rememberedFileKey,
  restoreBackup,
  runAutomaticBackup,
  setFilePassphrase,
  unsealBundle,
} from '../../../renderer/db/backup';
import { db } from '../../../renderer/db/database';
import { exportForExchange } from '../../../renderer/db/exchange';
import { turnOnProtection } from '../../../renderer/db/protection';
import { listByTour } from '../../../renderer/db/repository';
import { deriveFileKey, readEnvelopeHeader } from '../../../renderer/lib/crypto/fileEnvelope';
import { newSalt } from '../../../renderer/lib/crypto/passphraseKey';
import { refusal } from '../crypto/refusal';
import { dumpDb, onLaptop, sampleTourWithPhoto } from './laptop';
import { scripted } from './scriptedAsk';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

vi.mock('../../../renderer/db/settings', async (importOriginal) =>
  (await import('./laptopDeviceId')).withPerLaptopDeviceId(
    await importOriginal<typeof import('../../../renderer/db/settings')>(),
  ),
);

// Small Argon2id parameters keep the test quick; the defaults are measured by `npm run bench`.
const QUICK = { memorySize: 8_192, iterations: 1, parallelism: 1 };
const FILE_PASSPHRASE = 'Будапешт-2010 сообщество';

/** Anna's laptop, protected, and a backup of her tour made with the delegation's file passphrase. */
async function protectedLaptopBackup() {
  const [, made] = await onLaptop(null, async () => {
    const { tourId } = await sampleTourWithPhoto();
    const recoveryKey = await turnOnProtection('пароль ноутбука Анны', QUICK);
    const fileKey = await deriveFileKey(FILE_PASSPHRASE, newSalt(), QUICK);
    const backup = await makeBackup('everything', '0.1.0', fileKey);
    const exchange = await exportForExchange({ tourId, senderName: 'Anna', appVersion: '0.1.0', fileKey });
    const findings = (await listByTour(db.findings, tourId)).map((finding) => finding.text);
    return { tourId, recoveryKey, backup, exchange: exchange.bytes, findings };
  });
  return made;
}

describe('a backup of a protected laptop opened with its recovery key', () => {
  it('restores on a new laptop with the recovery key when the file passphrase is forgotten', async () => {
    const anna = await protectedLaptopBackup();
    expect(anna.backup.recoverable).toBe(true);
    expect(readEnvelopeHeader(anna.backup.bytes).version).toBe(2);
    await onLaptop(null, async () => {
      const before = await dumpDb();
      // A wrong recovery key, then giving up: refused with its own reason, nothing written.
      const wrong = scripted({ kind: 'recoveryKey', text: 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789' }, null);
      expect(await refusal(unsealBundle(anna.backup.bytes, wrong.ask))).toBe('wrong-recovery-key');
      expect(wrong.asked).toEqual(['needed', 'wrong-recovery-key']);
      expect(wrong.offered).toEqual([true, true]);
      expect(await dumpDb()).toEqual(before);

      // A wrong passphrase first, then the right recovery key as the head of delegation reads it out.
      const right = scripted('забытая фраза', { kind: 'recoveryKey', text: anna.recoveryKey.toLowerCase() });
      await restoreBackup(await readBackupFile(await unsealBundle(anna.backup.bytes, right.ask)));
      expect(right.asked).toEqual(['needed', 'wrong-passphrase']);
      const restored = (await listByTour(db.findings, anna.tourId)).map((finding) => finding.text);
      expect(restored).toEqual(anna.findings);
    });
  });

  it('opens with the file passphrase as before', async () => {
    const anna = await protectedLaptopBackup();
    await onLaptop(null, async () => {
      const { ask } = scripted(FILE_PASSPHRASE);
      const decoded = await readBackupFile(await unsealBundle(anna.backup.bytes, ask));
      expect(decoded.data.tours.map((tour) => tour.id)).toEqual([anna.tourId]);
    });
  });

  it('works with the file passphrase remembered on the laptop, set before or after protection', async () => {
    await onLaptop(null, async () => {
      await sampleTourWithPhoto();
      await setFilePassphrase(FILE_PASSPHRASE);
      const recoveryKey = await turnOnProtection('пароль ноутбука Анны', QUICK);
      // The remembered key is now sealed with the other records (as JSON): it still reads as bytes.
      const sealedBefore = await rememberedFileKey();
      expect(sealedBefore?.keyBytes).toBeInstanceOf(Uint8Array);
      const made = await makeBackup('everything', '0.1.0', sealedBefore);
      expect(made.recoverable).toBe(true);
      const { ask, asked } = scripted();
      await unsealBundle(made.bytes, ask);
      expect(asked).toEqual([]);
      expect(
        await refusal(unsealBundle(made.bytes, scripted({ kind: 'recoveryKey', text: recoveryKey }).ask)),
      ).toBe('opened');

      await forgetFilePassphrase();
      await setFilePassphrase(FILE_PASSPHRASE);
      const files = new Map<string, Uint8Array>();
      const name = await runAutomaticBackup(
        {
          write: async (file, bytes) => void files.set(file, bytes),
          list: async () => [],
          remove: async () => {},
        },
        '0.1.0',
        new Date(),
      );
      expect(readEnvelopeHeader(files.get(name!)!).version).toBe(2);
    });
  });

  it('gives exchange files no recovery slot: colleagues open them with the shared passphrase only', async () => {
    const anna = await protectedLaptopBackup();
    expect(readEnvelopeHeader(anna.exchange).recoverySlot).toBeNull();
    await onLaptop(null, async () => {
      const { ask, offered } = scripted(null);
      expect(await refusal(unsealBundle(anna.exchange, ask))).toBe('passphrase-needed');
      expect(offered).toEqual([false]);
    });
  });
});

import { refusal } from '../crypto/refusal';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  filePassphraseSetAt,
  forgetFilePassphrase,
  makeBackup,
  peekBundlePurpose,
  readBackupFile,
  rememberedFileKey,
  restoreBackup,
  runAutomaticBackup,
  setFilePassphrase,
  unsealBundle,
  type BackupsFolder,
} from '../../../renderer/db/backup';
import { db } from '../../../renderer/db/database';
import { applyExchangeImport, exportForExchange, planExchangeImport } from '../../../renderer/db/exchange';
import { listByTour } from '../../../renderer/db/repository';
import { isEncryptedFile } from '../../../renderer/lib/crypto/fileEnvelope';
import { comparableAttachments, dumpDb, onLaptop, sampleTourWithPhoto, type LaptopDump } from './laptop';
import { scripted } from './scriptedAsk';

// Real IndexedDB work and Argon2id at its real parameters on shared, often overloaded machines.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

vi.mock('../../../renderer/db/settings', async (importOriginal) =>
  (await import('./laptopDeviceId')).withPerLaptopDeviceId(
    await importOriginal<typeof import('../../../renderer/db/settings')>(),
  ),
);

const PASSPHRASE = 'Будапешт-2010 сообщество';

const contains = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(Buffer.from(text));

/** A new laptop: an empty database, and nothing remembered of another laptop's session. */
async function freshLaptop<T>(work: () => Promise<T>): Promise<[LaptopDump, T]> {
  return onLaptop(null, async () => {
    await forgetFilePassphrase();
    return work();
  });
}

describe('encrypted backups', () => {
  let anna: LaptopDump;
  let tourId: string;
  let backup: Uint8Array;

  beforeEach(async () => {
    [anna, backup] = await freshLaptop(async () => {
      tourId = (await sampleTourWithPhoto()).tourId;
      await setFilePassphrase(PASSPHRASE);
      return (await makeBackup({ tourId }, '0.1.0', await rememberedFileKey())).bytes;
    });
  });

  it('is encrypted when the file passphrase is set: no name, photo or finding text shows in the file', async () => {
    expect(isEncryptedFile(backup)).toBe(true);
    expect(peekBundlePurpose(backup)).toBe('backup');
    for (const text of ['manifest.json', 'Hungary', 'Фото приёмной', 'delegation-desk'])
      expect(contains(backup, text)).toBe(false);
  });

  it('restores on a new laptop with the passphrase: the same records and photos', async () => {
    const [, restored] = await freshLaptop(async () => {
      const { ask, asked } = scripted(PASSPHRASE);
      const decoded = await readBackupFile(await unsealBundle(backup, ask));
      await restoreBackup(decoded);
      expect(asked).toEqual(['needed']);
      return {
        findings: await listByTour(db.findings, tourId),
        attachments: await comparableAttachments(await listByTour(db.attachments, tourId)),
      };
    });
    const [, original] = await onLaptop(anna, async () => ({
      findings: await listByTour(db.findings, tourId),
      attachments: await comparableAttachments(await listByTour(db.attachments, tourId)),
    }));
    expect(restored.findings.length).toBeGreaterThan(0);
    expect(restored).toEqual(original);
  });

  it('opens on the laptop that made it without asking (the key remembered there)', async () => {
    await onLaptop(anna, async () => {
      const { ask, asked } = scripted();
      const decoded = await readBackupFile(await unsealBundle(backup, ask));
      expect(asked).toEqual([]);
      expect(decoded.data.tours.map((tour) => tour.id)).toEqual([tourId]);
    });
  });

  it('refuses a wrong passphrase, a missing one and a changed byte, and writes nothing', async () => {
    await freshLaptop(async () => {
      const before = await dumpDb();
      const wrong = scripted('Будапешт-2010 сообщество.', null);
      expect(await refusal(unsealBundle(backup, wrong.ask))).toBe('wrong-passphrase');
      expect(wrong.asked).toEqual(['needed', 'wrong-passphrase']);
      // Made on a laptop without protection: no recovery key can open it, none is offered.
      expect(wrong.offered).toEqual([false, false]);
      expect(await refusal(unsealBundle(backup))).toBe('passphrase-needed');
      expect(await refusal(readBackupFile(backup))).toBe('passphrase-needed');
      const changed = backup.slice();
      changed[changed.length - 100] = changed[changed.length - 100]! ^ 0x80;
      expect(await refusal(unsealBundle(changed, scripted(PASSPHRASE).ask))).toBe('damaged');
      expect(await dumpDb()).toEqual(before);
    });
  });

  it('plain backups of today’s format still open, without a passphrase', async () => {
    await onLaptop(anna, async () => {
      const plain = (await makeBackup({ tourId }, '0.1.0', null)).bytes;
      expect(isEncryptedFile(plain)).toBe(false);
      expect(await unsealBundle(plain)).toBe(plain);
      expect((await readBackupFile(plain)).data.tours).toHaveLength(1);
    });
  });

  it('automatic backups are encrypted with the file passphrase when one is set, plain otherwise', async () => {
    const files = new Map<string, Uint8Array>();
    const folder: BackupsFolder = {
      write: async (name, bytes) => files.set(name, bytes),
      list: async () => [],
      remove: async () => {},
    };
    await onLaptop(anna, async () => {
      const name = await runAutomaticBackup(folder, '0.1.0', new Date());
      const written = files.get(name!)!;
      expect(isEncryptedFile(written)).toBe(true);
      expect((await readBackupFile(await unsealBundle(written))).data.tours).toHaveLength(1);

      await forgetFilePassphrase();
      expect(await filePassphraseSetAt()).toBeNull();
      await db.settings.delete('backup.lastAutomatic');
      const plainName = await runAutomaticBackup(folder, '0.1.0', new Date());
      expect(isEncryptedFile(files.get(plainName!)!)).toBe(false);
    });
  });
});

describe('encrypted exchange files', () => {
  it('merge on a colleague’s laptop with the shared passphrase, signed by the sender', async () => {
    const [, sent] = await freshLaptop(async () => {
      const { tourId } = await sampleTourWithPhoto();
      await setFilePassphrase(PASSPHRASE);
      const made = await exportForExchange({
        tourId,
        senderName: 'Anna',
        appVersion: '0.1.0',
        fileKey: await rememberedFileKey(),
      });
      return { tourId, bytes: made.bytes, encrypted: made.encrypted };
    });
    expect(sent.encrypted).toBe(true);
    expect(isEncryptedFile(sent.bytes)).toBe(true);
    expect(peekBundlePurpose(sent.bytes)).toBe('exchange');
    expect(contains(sent.bytes, 'Anna')).toBe(false);

    await freshLaptop(async () => {
      // Boris set the same passphrase on his laptop: his own salt, so the file's passphrase is asked.
      await setFilePassphrase(PASSPHRASE);
      const before = await dumpDb();
      expect(await refusal(unsealBundle(sent.bytes, scripted('другая фраза', null).ask))).toBe(
        'wrong-passphrase',
      );
      expect(await dumpDb()).toEqual(before);

      const plan = await planExchangeImport(await unsealBundle(sent.bytes, scripted(PASSPHRASE).ask));
      expect(plan.senderName).toBe('Anna');
      expect(plan.signature).not.toBeNull();
      await applyExchangeImport(plan, new Map());
      expect(await listByTour(db.findings, sent.tourId)).not.toHaveLength(0);
      // The next file from Anna's laptop opens with the key derived this session.
      const { ask, asked } = scripted();
      await unsealBundle(sent.bytes, ask);
      expect(asked).toEqual([]);
    });
  });
});

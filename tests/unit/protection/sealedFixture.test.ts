import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_NAME, db } from '../../../renderer/db/database';
import { protectionMode, unlockWithPassphrase } from '../../../renderer/db/protection';
import { OpenError } from '../../../renderer/lib/crypto/aesGcm';
import { writeOldDatabase } from '../backup/dbFixtures';
import { loadSealedFixture, plainDigest, type SealedDump } from './sealedFixture';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

/** The fixture as the database this laptop finds at start-up, still locked. */
async function openStored(dump: SealedDump): Promise<void> {
  db.close();
  await db.delete();
  await writeOldDatabase(DATABASE_NAME, dump);
  await db.open();
}

/** The dump with one bit of a stored byte string flipped: the first record of `table`, `field`. */
function withChangedByte(dump: SealedDump, table: string, field: string): SealedDump {
  const copy = structuredClone(dump);
  const record = copy.tables[table]![0]!;
  const stored = record[field] as { $bytes: string };
  const bytes = Buffer.from(stored.$bytes, 'base64');
  bytes[bytes.length >> 1]! ^= 0x10;
  record[field] = { $bytes: bytes.toString('base64') };
  return copy;
}

describe('a database encrypted by an earlier build (tests/fixtures/db-v3-sealed)', () => {
  let dump: SealedDump;
  beforeEach(async () => {
    dump = await loadSealedFixture();
  });

  it('opens with its passphrase: every record and photo as that build stored them', async () => {
    await openStored(dump);
    expect(protectionMode()).toBe('locked');
    await unlockWithPassphrase(dump.passphrase);
    const contacts = await db.contacts.toArray();
    expect(contacts.map((contact) => contact.emails).flat()).toContain('kiss.gabor@example.hu');
    expect(await plainDigest()).toBe(dump.plainDigest);
  });

  it('refuses a record one of whose stored bytes was changed, and reads the others', async () => {
    await openStored(withChangedByte(dump, 'contacts', '__sealed'));
    await unlockWithPassphrase(dump.passphrase);
    await expect(db.contacts.toArray()).rejects.toThrow(OpenError);
    expect((await db.findings.toArray()).length).toBe(dump.tables.findings!.length);
  });
});

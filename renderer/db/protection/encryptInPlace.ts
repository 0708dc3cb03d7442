import { importAesKey } from '../../lib/crypto/webAesGcm';
import type { Attachment } from '../../domain/entities';
import { db } from '../database';
import { ChangedMeanwhileError } from './errors';
import { loadRecordCodec } from './recordCodec';
import { VAULT_SETTING, type KeyVault } from './vaultRecord';
import { sealBlob, type SealedBlob } from './sealedBlob';

export { ChangedMeanwhileError } from './errors';

interface SealedPhotos {
  updatedAt: string;
  blob: SealedBlob;
  thumbnail: SealedBlob | null;
}

/**
 * Encrypts a plain database where it is, all or nothing: photos are sealed first (outside any
 * transaction, since WebCrypto is async), then every record of every table is read and written
 * back sealed, and the vault stored, in one read-write transaction. A failure anywhere aborts it
 * and leaves the database plain, without a vault, and the key forgotten.
 */
export async function encryptInPlace(vault: KeyVault, dataKey: Uint8Array): Promise<void> {
  const holder = db.protection;
  if (holder.mode !== 'off') throw new Error('The database is already protected');
  const cryptoKey = await importAesKey(dataKey);
  // Records are sealed inside the transaction below, synchronously: the sealing code must be here first.
  await loadRecordCodec();
  const photos = new Map<string, SealedPhotos>();
  for (const attachment of await db.attachments.toArray()) {
    photos.set(attachment.id, {
      updatedAt: attachment.updatedAt,
      blob: await sealBlob(attachment.blob, holder, cryptoKey),
      thumbnail: attachment.thumbnail && (await sealBlob(attachment.thumbnail, holder, cryptoKey)),
    });
  }
  try {
    await db.transaction('rw', db.tables, async () => {
      // From here on, what is written is sealed: plain records read back pass through unchanged.
      holder.unlockWith(vault.vaultId, dataKey, cryptoKey);
      for (const table of db.tables) {
        let rows = (await table.toArray()) as Record<string, unknown>[];
        if (table.name === 'attachments') rows = rows.map((row) => withSealedPhotos(row, photos));
        await table.bulkPut(rows);
      }
      await db.settings.put({ key: VAULT_SETTING, value: vault });
    });
  } catch (error) {
    holder.vaultId = null;
    holder.lock();
    throw error;
  }
}

function withSealedPhotos(row: Record<string, unknown>, photos: Map<string, SealedPhotos>) {
  const attachment = row as unknown as Attachment;
  const sealed = photos.get(attachment.id);
  if (!sealed || sealed.updatedAt !== attachment.updatedAt) throw new ChangedMeanwhileError();
  return { ...row, blob: sealed.blob, thumbnail: sealed.thumbnail };
}

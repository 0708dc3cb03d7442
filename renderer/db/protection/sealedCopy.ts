import { importAesKey } from '../../lib/crypto/webAesGcm';
import type { Attachment } from '../../domain/entities';
import { db, DelegationDeskDb, nextDatabaseName } from '../database';
import { ChangedMeanwhileError } from './errors';
import { loadRecordCodec } from './recordCodec';
import { VAULT_SETTING, type KeyVault } from './vaultRecord';
import { sealBlob, type SealedBlob } from './sealedBlob';

export { ChangedMeanwhileError } from './errors';

type Row = Record<string, unknown>;

interface SealedPhotos {
  updatedAt: string;
  blob: SealedBlob;
  thumbnail: SealedBlob | null;
}

/**
 * Encrypts a plain database, all or nothing, by copying it sealed into a new database and deleting
 * it (rewriting records where they are would leave their plain values in the browser's files:
 * purgeDatabases). Every table is read in one transaction, photos sealed (outside any transaction,
 * since WebCrypto is async), and everything written to the new database with its vault in one
 * transaction, then counted. Only then does the app switch to the new database and delete the old
 * one (database.ts, moveTo). A failure or a crash before the switch leaves the old database as it
 * was and in use (a half-made copy is deleted), the key forgotten; a write to the old database
 * meanwhile abandons the copy (ChangedMeanwhileError).
 */
export async function encryptIntoNewDatabase(vault: KeyVault, dataKey: Uint8Array): Promise<void> {
  const holder = db.protection;
  if (holder.mode !== 'off') throw new Error('The database is already protected');
  const cryptoKey = await importAesKey(dataKey);
  // Records are sealed inside the copy's transaction, synchronously: the sealing code must be here first.
  await loadRecordCodec();
  await db.open();
  const writesBefore = db.writes;
  const snapshot = await db.transaction('r', db.tables, async () => {
    const tables = new Map<string, Row[]>();
    for (const table of db.tables) tables.set(table.name, (await table.toArray()) as Row[]);
    return tables;
  });
  const photos = new Map<string, SealedPhotos>();
  for (const row of snapshot.get('attachments') ?? []) {
    const attachment = row as unknown as Attachment;
    photos.set(attachment.id, {
      updatedAt: attachment.updatedAt,
      blob: await sealBlob(attachment.blob, holder, cryptoKey),
      thumbnail: attachment.thumbnail && (await sealBlob(attachment.thumbnail, holder, cryptoKey)),
    });
  }

  const targetName = nextDatabaseName(db.name);
  const target = new DelegationDeskDb(targetName);
  // A copy a crash interrupted earlier is of no use: sealed, but maybe incomplete.
  await target.delete();
  try {
    await target.open();
    // After the open, which finds no vault and forgets any key. The target's own copy of the key:
    // locking it overwrites the bytes it holds.
    target.protection.unlockWith(vault.vaultId, dataKey.slice(), cryptoKey);
    await target.transaction('rw', target.tables, async () => {
      for (const table of target.tables) {
        let rows = snapshot.get(table.name) ?? [];
        if (table.name === 'attachments') rows = rows.map((row) => withSealedPhotos(row, photos));
        await table.bulkPut(rows);
      }
      await target.settings.put({ key: VAULT_SETTING, value: vault });
    });
    for (const table of target.tables) {
      const expected = (snapshot.get(table.name)?.length ?? 0) + (table.name === 'settings' ? 1 : 0);
      if ((await table.count()) !== expected) throw new Error(`The copy of ${table.name} is incomplete`);
    }
    target.close();
    if (db.writes !== writesBefore) throw new ChangedMeanwhileError();
  } catch (error) {
    target.close();
    target.protection.lock();
    // Sealed: deleting it is enough (purgeDatabases is for plain values).
    await target.delete();
    throw error;
  }
  target.protection.lock();
  // Synchronously after the check above: nothing can be written to the old database in between.
  holder.unlockWith(vault.vaultId, dataKey, cryptoKey);
  await db.moveTo(targetName);
}

function withSealedPhotos(row: Row, photos: Map<string, SealedPhotos>): Row {
  const attachment = row as unknown as Attachment;
  const sealed = photos.get(attachment.id);
  if (!sealed || sealed.updatedAt !== attachment.updatedAt) throw new ChangedMeanwhileError();
  return { ...row, blob: sealed.blob, thumbnail: sealed.thumbnail };
}

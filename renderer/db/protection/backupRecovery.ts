import type { RecoverySource } from '../../lib/crypto/fileEnvelope';
import { db } from '../database';
import { readSetting } from '../settings';
import { isKeyVault, VAULT_SETTING } from './vaultRecord';

/**
 * What lets a backup made now be opened with this laptop's recovery key too (the recovery slot,
 * lib/crypto/fileRecoverySlot.ts, which says why this is safe): the vault's data key as wrapped by
 * the recovery key, and a copy of the data key, which the caller wipes once the backup is sealed.
 * Null when the database is not protected, or is locked.
 */
export async function backupRecoverySource(): Promise<RecoverySource | null> {
  if (db.protection.mode !== 'unlocked') return null;
  const vault = await readSetting<unknown>(VAULT_SETTING);
  // A vault of another database (deleted and protected again meanwhile) would give a slot its
  // recovery key cannot open.
  if (!isKeyVault(vault) || vault.vaultId !== db.protection.vaultId) return null;
  return { byRecoveryKey: vault.byRecoveryKey, dataKey: db.protection.recordKey().slice() };
}

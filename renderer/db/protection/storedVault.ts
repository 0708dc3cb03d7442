import { db } from '../database';
import { readSetting, writeSetting } from '../settings';
import { ChangedMeanwhileError } from './errors';
import { isKeyVault, VAULT_SETTING, type KeyVault } from './vaultRecord';

/** This database's key vault; throws when it is not protected. */
export async function readVault(): Promise<KeyVault> {
  const vault = await readSetting<unknown>(VAULT_SETTING);
  if (!isKeyVault(vault)) throw new Error('This database is not protected');
  return vault;
}

/**
 * Writes `change` of the vault as it is now, read again in the same transaction: each change touches its
 * own wrap, and one made meanwhile (a new passphrase while the keychain was being asked, the keychain's
 * wrap while Argon2id ran) stays. ChangedMeanwhileError, and nothing written, when the vault is no longer
 * `vaultId`'s (the database was protected anew).
 */
export async function updateVault(vaultId: string, change: (vault: KeyVault) => KeyVault): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await readVault();
    if (current.vaultId !== vaultId) throw new ChangedMeanwhileError();
    await writeSetting(VAULT_SETTING, change(current));
  });
}

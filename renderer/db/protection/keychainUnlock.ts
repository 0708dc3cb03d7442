import { db } from '../database';
import { readSetting } from '../settings';
import { LockedError } from './keyHolder';
import { readVault, updateVault } from './storedVault';
import { isKeyVault, VAULT_SETTING } from './vaultRecord';

// "Unlock with this computer's user account" (desktop app): a third wrap of the data key in the vault,
// under a random key that the operating system's keychain keeps (electron/keychain.ts). The wrapping
// loads with the vault's code, when it is used.
const vaultCode = () => import('./vault');

/**
 * What keeps the keychain's key: the desktop app's keychain (platform/keychain.ts), a fake in tests.
 * Each method throws when it cannot (its error is passed on as it is).
 */
export interface KeychainKeeper {
  store(key: Uint8Array): Promise<void>;
  retrieve(): Promise<Uint8Array>;
  forget(): Promise<void>;
}

/** Whether this database's vault has the keychain's wrap (no cryptography needed to tell). */
export async function hasKeychainSlot(): Promise<boolean> {
  const vault = await readSetting<unknown>(VAULT_SETTING);
  return isKeyVault(vault) && vault.byKeychain !== undefined;
}

/**
 * Turns it on, only while unlocked: a new keychain key wraps the data key in memory. The keychain keeps
 * the key first; the vault gets its wrap only once that worked, so a refusal changes nothing.
 */
export async function turnOnKeychainUnlock(keeper: KeychainKeeper): Promise<void> {
  const { newKeychainWrap } = await vaultCode();
  const { vaultId } = await readVault();
  if (db.protection.mode !== 'unlocked' || db.protection.vaultId !== vaultId) throw new LockedError();
  const { byKeychain, keychainKey } = newKeychainWrap(db.protection.recordKey());
  try {
    await keeper.store(keychainKey);
  } finally {
    keychainKey.fill(0);
  }
  try {
    await updateVault(vaultId, (current) => ({ ...current, byKeychain }));
  } catch (error) {
    // A kept key without its wrap opens nothing; still, nothing should stay behind.
    await keeper.forget().catch(() => undefined);
    throw error;
  }
}

/**
 * Turns it off: the vault loses the wrap first (from then on the kept key opens nothing), then the
 * keychain forgets the key. A failure to forget is passed on: the user should know a key stayed.
 */
export async function turnOffKeychainUnlock(keeper: KeychainKeeper): Promise<void> {
  const { withoutKeychainSlot } = await vaultCode();
  await updateVault((await readVault()).vaultId, withoutKeychainSlot);
  await keeper.forget();
}

/**
 * Unlocks with the key the keychain keeps. A keeper that cannot give it throws its own error; a key that
 * does not open the vault (an earlier protection's, or no wrap any more) throws WrongSecretError. Either
 * way nothing is changed.
 */
export async function unlockWithKeychain(keeper: KeychainKeeper): Promise<void> {
  const [{ openWithKeychainKey }, vault] = await Promise.all([vaultCode(), readVault()]);
  const keychainKey = await keeper.retrieve();
  let dataKey: Uint8Array;
  try {
    dataKey = openWithKeychainKey(vault, keychainKey);
  } finally {
    keychainKey.fill(0);
  }
  await db.protection.unlock(vault.vaultId, dataKey);
}

import { db } from '../database';
import { readSetting, writeSetting } from '../settings';
import { WrongSecretError } from './errors';
import { LockedError } from './keyHolder';
import { PLAIN_SETTING_PREFIX } from './sealingMiddleware';
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
  await forgetKeychainBroken();
}

/**
 * Turns it off: the vault loses the wrap first (from then on the kept key opens nothing), then the
 * keychain forgets the key. A failure to forget is passed on: the user should know a key stayed.
 */
export async function turnOffKeychainUnlock(keeper: KeychainKeeper): Promise<void> {
  const { withoutKeychainSlot } = await vaultCode();
  await updateVault((await readVault()).vaultId, withoutKeychainSlot);
  await forgetKeychainBroken();
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
  await forgetKeychainBroken();
}

/**
 * Whether the key the keychain keeps still opens this vault's wrap (Settings asks, to say so when it no
 * longer does). False when it does not fit; the keeper's own error when it cannot give the key. Nothing is
 * unlocked or changed, but a note that it had stopped working is dropped once it works again.
 */
export async function keychainKeyStillOpens(keeper: KeychainKeeper): Promise<boolean> {
  const [{ openWithKeychainKey }, vault] = await Promise.all([vaultCode(), readVault()]);
  const keychainKey = await keeper.retrieve();
  try {
    openWithKeychainKey(vault, keychainKey).fill(0);
  } catch (error) {
    if (error instanceof WrongSecretError) return false;
    throw error;
  } finally {
    keychainKey.fill(0);
  }
  await forgetKeychainBroken();
  return true;
}

/**
 * The lock screen's note that one-click unlock stopped working on this laptop, and why (with the vault's
 * id: a later protection starts with none). In the clear beside the vault, since the lock screen writes
 * it: it tells that once, then offers the passphrase only (or the button again, where only the keychain
 * was unavailable and works again); Settings goes on saying it until the option works, is set up again or
 * turned off.
 */
const KEYCHAIN_BROKEN_SETTING = `${PLAIN_SETTING_PREFIX}keychainBroken`;

interface BrokenNote {
  vaultId: string;
  /** The lock screen's word for it (ui/protection/keychainProblem.ts). */
  problem: string;
}

export async function noteKeychainBroken(problem: string): Promise<void> {
  const note: BrokenNote = { vaultId: (await readVault()).vaultId, problem };
  await writeSetting(KEYCHAIN_BROKEN_SETTING, note);
}

/** The problem the lock screen noted for this vault, or null. */
export async function keychainKnownBroken(): Promise<string | null> {
  const [vault, note] = await Promise.all([
    readSetting<unknown>(VAULT_SETTING),
    readSetting<Partial<BrokenNote> | undefined>(KEYCHAIN_BROKEN_SETTING),
  ]);
  const noted = isKeyVault(vault) && note?.vaultId === vault.vaultId && typeof note.problem === 'string';
  return noted ? note.problem! : null;
}

async function forgetKeychainBroken(): Promise<void> {
  await db.settings.delete(KEYCHAIN_BROKEN_SETTING);
}

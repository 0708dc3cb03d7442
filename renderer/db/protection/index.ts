import type { Argon2idParams } from '../../lib/crypto/argon2idParams';
import { db } from '../database';
import { runExclusive } from '../exclusiveWork';
import { readSetting, writeSetting } from '../settings';
import { ChangedMeanwhileError, WrongSecretError } from './errors';
import type { ProtectionMode } from './keyHolder';
import { PLAIN_SETTING_PREFIX } from './sealingMiddleware';
import { readVault, updateVault } from './storedVault';

export { LockedError, type ProtectionMode } from './keyHolder';
export { ChangedMeanwhileError, WrongSecretError } from './errors';
export { isSealedBlob, plainBlob } from './sealedBlob';
export { sealNewBlobs, sealNewBlobsOf } from './sealNewBlobs';
export { settleWrites } from './settleWrites';

// The key derivation (Argon2id wasm) and the wrapping load when a vault is made or opened, not
// with the app: an unprotected database never needs them, a protected one at its unlock.
const vaultCode = () => import('./vault');

/** Kept in the clear (PLAIN_SETTING_PREFIX): read before unlocking. */
const IDLE_SETTING = `${PLAIN_SETTING_PREFIX}idleMinutes`;
const FIRST_RUN_SETTING = `${PLAIN_SETTING_PREFIX}firstRunAnswered`;

/** Idle times a person can choose, in minutes; 0: never. */
export const IDLE_CHOICES = [5, 15, 30, 60, 0] as const;
export const DEFAULT_IDLE_MINUTES = 15;

export function protectionMode(): ProtectionMode {
  return db.protection.mode;
}

export function onProtectionChange(listener: () => void): () => void {
  return db.protection.subscribe(listener);
}

/** Opens the database and tells whether it is protected and whether it is unlocked. */
export async function openProtection(): Promise<ProtectionMode> {
  await db.open();
  return db.protection.mode;
}

/**
 * Loads what an unlock runs (the vault's code, Argon2id's) while the lock screen waits for the
 * passphrase, rather than after the click on Unlock.
 */
export async function preloadUnlock(): Promise<void> {
  const { loadArgon2id } = await vaultCode();
  await loadArgon2id();
}

/** Unlocks with the passphrase; a wrong one throws WrongSecretError and changes nothing. */
export async function unlockWithPassphrase(passphrase: string): Promise<void> {
  const { openWithPassphrase } = await vaultCode();
  const vault = await readVault();
  await db.protection.unlock(vault.vaultId, await openWithPassphrase(vault, passphrase));
}

/** Unlocks with the recovery key; a wrong one throws WrongSecretError and changes nothing. */
export async function unlockWithRecoveryKey(recoveryKey: string): Promise<void> {
  const { openWithRecoveryKey } = await vaultCode();
  const vault = await readVault();
  await db.protection.unlock(vault.vaultId, await openWithRecoveryKey(vault, recoveryKey));
}

/**
 * The key photos and files are sealed with (WebCrypto, not extractable), for a worker that opens
 * them off the window's thread (the document writer); throws LockedError when locked.
 */
export function photoKey(): CryptoKey {
  return db.protection.contentKey();
}

/** Forgets the key: nothing of a tour can be read until the next unlock. */
export function lockNow(): void {
  if (db.protection.mode === 'unlocked') db.protection.lock();
}

/** Copies tried before giving up when the app keeps writing meanwhile (a draft kept, a tour opened). */
const COPY_ATTEMPTS = 3;

/**
 * Turns protection on: a new data key, its vault for `passphrase`, and every record encrypted into
 * a new database that replaces this one (all or nothing, sealedCopy.ts). Returns the recovery key,
 * to be shown once. An automatic backup under way is waited for (`onWaitingForBackup` tells when),
 * and none starts during the copy; a copy spoilt by another write of the app is abandoned and made
 * again, up to COPY_ATTEMPTS times, before ChangedMeanwhileError.
 */
export async function turnOnProtection(
  passphrase: string,
  params?: Argon2idParams,
  onWaitingForBackup?: () => void,
): Promise<string> {
  const [{ makeVault }, { encryptIntoNewDatabase }] = await Promise.all([
    vaultCode(),
    import('./sealedCopy'),
  ]);
  const { vault, dataKey, recoveryKey } = await makeVault(passphrase, params);
  await runExclusive(async () => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        // An abandoned copy leaves the plain database in use and `dataKey` as it was.
        return await encryptIntoNewDatabase(vault, dataKey);
      } catch (error) {
        if (!(error instanceof ChangedMeanwhileError) || attempt === COPY_ATTEMPTS) throw error;
      }
    }
  }, onWaitingForBackup);
  await writeSetting(FIRST_RUN_SETTING, true);
  return recoveryKey;
}

/**
 * A new passphrase: the data key is unwrapped with the current one (or the recovery key, when the
 * passphrase is forgotten) and wrapped again; no record changes.
 */
export async function changePassphrase(
  current: string,
  next: string,
  params?: Argon2idParams,
): Promise<void> {
  const { openWithPassphrase, openWithRecoveryKey, rewrapForPassphrase } = await vaultCode();
  const vault = await readVault();
  let dataKey: Uint8Array;
  try {
    dataKey = await openWithPassphrase(vault, current);
  } catch (error) {
    if (!(error instanceof WrongSecretError)) throw error;
    dataKey = await openWithRecoveryKey(vault, current);
  }
  const { salt, params: nextParams, byPassphrase } = await rewrapForPassphrase(vault, dataKey, next, params);
  // Only the passphrase's wrap: the keychain's, turned on or off while Argon2id ran, stays as it is now.
  await updateVault(vault.vaultId, (current) => ({ ...current, salt, params: nextParams, byPassphrase }));
}

export async function readIdleMinutes(): Promise<number> {
  const minutes = await readSetting<number>(IDLE_SETTING);
  return typeof minutes === 'number' ? minutes : DEFAULT_IDLE_MINUTES;
}

export function writeIdleMinutes(minutes: number): Promise<void> {
  return writeSetting(IDLE_SETTING, minutes);
}

/**
 * Whether to offer the first-run choice: a new, empty database (no tour yet) whose user has
 * not answered it. Databases that already hold tours are protected from Settings.
 */
export async function needsFirstRunChoice(): Promise<boolean> {
  if (db.protection.mode !== 'off') return false;
  if (await readSetting<boolean>(FIRST_RUN_SETTING)) return false;
  return (await db.tours.count()) === 0;
}

let earlyCheck: Promise<boolean> | null = null;

/**
 * Starts what the app checks before it shows anything (open the database; offer the first-run
 * choice?) while start-up is still loading its script (app/earlyStart.ts): the shell's first
 * `firstRunCheck` then finds it done instead of asking only after its first render.
 */
export function startFirstRunCheck(): void {
  earlyCheck ??= openProtection().then(needsFirstRunChoice);
  // Reported by whoever takes it (firstRunCheck), not as an unhandled rejection meanwhile.
  earlyCheck.catch(() => undefined);
}

/** Opens the database and tells whether to offer the first-run choice (the early check, once). */
export function firstRunCheck(): Promise<boolean> {
  const check = earlyCheck ?? openProtection().then(needsFirstRunChoice);
  earlyCheck = null;
  return check;
}

/** "Not now": the app starts without protection, which Settings can turn on later. */
export function declineFirstRunProtection(): Promise<void> {
  return writeSetting(FIRST_RUN_SETTING, true);
}

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/db/database';
import {
  changePassphrase,
  LockedError,
  lockNow,
  protectionMode,
  turnOnProtection,
  unlockWithPassphrase,
  WrongSecretError,
} from '../../../renderer/db/protection';
import {
  hasKeychainSlot,
  turnOffKeychainUnlock,
  turnOnKeychainUnlock,
  unlockWithKeychain,
  type KeychainKeeper,
} from '../../../renderer/db/protection/keychainUnlock';
import { isKeyVault, VAULT_SETTING } from '../../../renderer/db/protection/vaultRecord';
import { importSampleFile } from '../../../renderer/db/sampleImport';
import { KeychainError } from '../../../renderer/platform/keychain';
import sample from '../../../renderer/assets/sample/study-tour-hungary-2010.json';
import { resetDb } from '../db/resetDb';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

// Small Argon2id parameters keep the tests quick; the defaults are measured by `npm run bench`.
const QUICK = { memorySize: 8_192, iterations: 1, parallelism: 1 };
const PASSPHRASE = 'Балатон осенью 2010';

/** The operating system's keychain, in memory: what it keeps, and every call. */
function fakeKeeper() {
  let kept: Uint8Array | null = null;
  const calls: string[] = [];
  const keeper: KeychainKeeper & {
    kept(): Uint8Array | null;
    calls: string[];
    replace(key: Uint8Array | null): void;
  } = {
    calls,
    kept: () => kept,
    replace: (key) => {
      kept = key;
    },
    store: async (key) => {
      calls.push('store');
      kept = key.slice();
    },
    retrieve: async () => {
      calls.push('retrieve');
      if (!kept) throw new KeychainError('missing');
      return kept.slice();
    },
    forget: async () => {
      calls.push('forget');
      kept = null;
    },
  };
  return keeper;
}

async function rawVault(): Promise<unknown> {
  return (await db.settings.get(VAULT_SETTING))?.value;
}

/** A protected database holding the sample tour, unlocked; the data key's bytes, copied. */
async function protectedSample(): Promise<Uint8Array> {
  await importSampleFile(sample);
  await turnOnProtection(PASSPHRASE, QUICK);
  return db.protection.recordKey().slice();
}

describe('unlocking with the computer user account (keychain)', () => {
  beforeEach(resetDb);

  it('adds a third wrap that gives back the same data key, and keeps only the wrapped key in the vault', async () => {
    const dataKey = await protectedSample();
    expect(await hasKeychainSlot()).toBe(false);
    const keeper = fakeKeeper();
    await turnOnKeychainUnlock(keeper);
    expect(await hasKeychainSlot()).toBe(true);
    const kept = keeper.kept()!;
    expect(kept).toHaveLength(32);
    const vault = await rawVault();
    expect(isKeyVault(vault)).toBe(true);
    const stored = JSON.stringify(vault, (_key, value: unknown) =>
      value instanceof Uint8Array ? [...value].join(',') : value,
    );
    expect(stored).not.toContain([...kept].join(','));
    expect(stored).not.toContain([...dataKey].join(','));

    lockNow();
    expect(protectionMode()).toBe('locked');
    await unlockWithKeychain(keeper);
    expect(protectionMode()).toBe('unlocked');
    expect([...db.protection.recordKey()]).toEqual([...dataKey]);
    expect(await db.tours.count()).toBe(1);
  });

  it('keeps working after the passphrase is changed, and the passphrase keeps working beside it', async () => {
    await protectedSample();
    const keeper = fakeKeeper();
    await turnOnKeychainUnlock(keeper);
    await changePassphrase(PASSPHRASE, 'новый пароль 2026', QUICK);
    expect(await hasKeychainSlot()).toBe(true);
    lockNow();
    await unlockWithKeychain(keeper);
    lockNow();
    await unlockWithPassphrase('новый пароль 2026');
    expect(await db.tours.count()).toBe(1);
  });

  it('turning it off removes the wrap and the kept key; the passphrase still unlocks', async () => {
    await protectedSample();
    const keeper = fakeKeeper();
    await turnOnKeychainUnlock(keeper);
    const kept = keeper.kept()!;
    await turnOffKeychainUnlock(keeper);
    expect(await hasKeychainSlot()).toBe(false);
    expect(keeper.kept()).toBeNull();
    expect(isKeyVault(await rawVault())).toBe(true);

    lockNow();
    // Even a copy of the old kept key opens nothing now.
    keeper.replace(kept);
    await expect(unlockWithKeychain(keeper)).rejects.toBeInstanceOf(WrongSecretError);
    expect(protectionMode()).toBe('locked');
    await unlockWithPassphrase(PASSPHRASE);
    expect(protectionMode()).toBe('unlocked');
  });

  it('a wrong or missing kept key unlocks nothing and changes nothing', async () => {
    await protectedSample();
    const keeper = fakeKeeper();
    await turnOnKeychainUnlock(keeper);
    lockNow();
    const before = await rawVault();

    keeper.replace(crypto.getRandomValues(new Uint8Array(32)));
    await expect(unlockWithKeychain(keeper)).rejects.toBeInstanceOf(WrongSecretError);
    keeper.replace(new Uint8Array(16));
    await expect(unlockWithKeychain(keeper)).rejects.toBeInstanceOf(WrongSecretError);
    keeper.replace(null);
    await expect(unlockWithKeychain(keeper)).rejects.toEqual(new KeychainError('missing'));

    expect(protectionMode()).toBe('locked');
    await expect(db.tours.toArray()).rejects.toBeInstanceOf(LockedError);
    expect(await rawVault()).toEqual(before);
    expect(keeper.calls.filter((call) => call !== 'retrieve')).toEqual(['store']);
  });

  it('is turned on only while unlocked, and a keychain that refuses leaves the vault as it was', async () => {
    await protectedSample();
    const before = await rawVault();
    const refusing: KeychainKeeper = {
      store: () => Promise.reject(new KeychainError('unavailable')),
      retrieve: () => Promise.reject(new KeychainError('unavailable')),
      forget: async () => undefined,
    };
    await expect(turnOnKeychainUnlock(refusing)).rejects.toEqual(new KeychainError('unavailable'));
    expect(await rawVault()).toEqual(before);

    lockNow();
    const keeper = fakeKeeper();
    await expect(turnOnKeychainUnlock(keeper)).rejects.toBeInstanceOf(LockedError);
    expect(keeper.calls).toEqual([]);
    expect(await hasKeychainSlot()).toBe(false);
  });

  it('a passphrase changed while the keychain keeps the key stays changed, and the new wrap is added', async () => {
    await protectedSample();
    const keeper = fakeKeeper();
    // The keychain answers only when told: the passphrase is changed while it is being asked.
    let release: (() => void) | null = null;
    const slowKeeper: KeychainKeeper = {
      ...keeper,
      store: async (key) => {
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        await keeper.store(key);
      },
    };
    const turningOn = turnOnKeychainUnlock(slowKeeper);
    await vi.waitFor(() => expect(release).not.toBeNull());
    await changePassphrase(PASSPHRASE, 'новый пароль 2026', QUICK);
    release!();
    await turningOn;
    lockNow();
    await unlockWithKeychain(keeper);
    lockNow();
    await expect(unlockWithPassphrase(PASSPHRASE)).rejects.toBeInstanceOf(WrongSecretError);
    await unlockWithPassphrase('новый пароль 2026');
  });

  it('the wrap turned on while a new passphrase is being derived stays', async () => {
    await protectedSample();
    const keeper = fakeKeeper();
    // Argon2id with more memory than QUICK: the keychain is turned on well before it ends (either order
    // must end with both).
    const changing = changePassphrase(PASSPHRASE, 'новый пароль 2026', { ...QUICK, memorySize: 65_536 });
    await turnOnKeychainUnlock(keeper);
    await changing;
    expect(await hasKeychainSlot()).toBe(true);
    lockNow();
    await unlockWithKeychain(keeper);
    lockNow();
    await unlockWithPassphrase('новый пароль 2026');
  });

  it('reads vaults made before the option existed, and refuses a malformed wrap', async () => {
    await protectedSample();
    const vault = await rawVault();
    expect(isKeyVault(vault)).toBe(true);
    expect(vault).not.toHaveProperty('byKeychain');
    expect(isKeyVault({ ...(vault as object), byKeychain: 'not bytes' })).toBe(false);
  });
});

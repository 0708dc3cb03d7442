import { useEffect, useState } from 'react';
import { WrongSecretError } from '../../db/protection';
// Imported apart from db/protection's index (which the start script loads): only the lock screen and
// Settings use it, and both load later.
import { hasKeychainSlot, unlockWithKeychain } from '../../db/protection/keychainUnlock';
import { desktopKeychain, KeychainError, type KeychainBridge } from '../../platform/keychain';

/** Why unlocking with the computer's account did not work, as the lock screen tells it. */
export type KeychainUnlockProblem = 'missing' | 'unreadable' | 'mismatch' | 'failed';

export interface KeychainUnlock {
  /** Whether the offer has been looked for: until then `offered` is false for want of an answer. */
  checked: boolean;
  /** Offered: the database has the keychain's wrap and this computer's keychain works. */
  offered: boolean;
  /** The operating system's name for the button, null when it is none of the three. */
  system: string | null;
  busy: boolean;
  problem: KeychainUnlockProblem | null;
  /** Unlocks (the lock screen then gives way) or sets `problem`; nothing is changed either way. */
  unlock(): Promise<void>;
}

function problemOf(error: unknown): KeychainUnlockProblem {
  // The kept key does not open this vault: an earlier protection's key, or the wrap was removed.
  if (error instanceof WrongSecretError) return 'mismatch';
  if (error instanceof KeychainError && (error.problem === 'missing' || error.problem === 'unreadable'))
    return error.problem;
  return 'failed';
}

interface Offer {
  keychain: KeychainBridge;
  system: string | null;
}

async function findOffer(keychain: KeychainBridge | null): Promise<Offer | null> {
  if (!keychain) return null;
  const [slot, available] = await Promise.all([hasKeychainSlot(), keychain.available()]);
  if (!slot || !available) return null;
  return { keychain, system: await keychain.systemName() };
}

/** The lock screen's one-click unlock with the operating system's keychain (desktop app only). */
export function useKeychainUnlock(): KeychainUnlock {
  const [offer, setOffer] = useState<Offer | null>(null);
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<KeychainUnlockProblem | null>(null);

  useEffect(() => {
    let live = true;
    findOffer(desktopKeychain())
      .then(
        (found) => live && setOffer(found),
        // Not offered; the passphrase works as ever.
        (error: unknown) => console.error(error),
      )
      .finally(() => live && setChecked(true));
    return () => {
      live = false;
    };
  }, []);

  const unlock = async () => {
    if (!offer || busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await unlockWithKeychain(offer.keychain);
      // Unlocked: the lock screen gives way, `busy` stays on meanwhile.
    } catch (error) {
      const found = problemOf(error);
      if (found === 'failed') console.error(error);
      setProblem(found);
      setBusy(false);
    }
  };

  return { checked, offered: offer !== null, system: offer?.system ?? null, busy, problem, unlock };
}

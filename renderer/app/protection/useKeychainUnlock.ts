import { useEffect, useState } from 'react';
// Imported apart from db/protection's index (which the start script loads): only the lock screen and
// Settings use it, and both load later.
import {
  hasKeychainSlot,
  keychainKnownBroken,
  noteKeychainBroken,
  unlockWithKeychain,
} from '../../db/protection/keychainUnlock';
import { desktopKeychain, type KeychainBridge } from '../../platform/keychain';
import { keychainProblemOf, type KeychainUnlockProblem } from '../../features/settings/keychainProblem';

export interface KeychainUnlock {
  /** Whether the offer has been looked for: until then `offered` is false for want of an answer. */
  checked: boolean;
  /** Offered: the database has the keychain's wrap and this computer's keychain works. */
  offered: boolean;
  /** The operating system's name for the button, null when it is none of the three. */
  system: string | null;
  busy: boolean;
  /**
   * Why one-click unlock does not work on this laptop: found when the button was pressed, or at once when
   * the keychain is not available any more. Told once: from then on the lock screen offers the
   * passphrase only, and Settings says it until the option is set up again or turned off.
   */
  problem: KeychainUnlockProblem | null;
  /** Unlocks (the lock screen then gives way) or sets `problem`; nothing is changed either way. */
  unlock(): Promise<void>;
}

interface Offer {
  keychain: KeychainBridge;
  system: string | null;
}

/** Noted for Settings; a failure to note leaves the lock screen offering the button next time. */
function noteBroken(problem: KeychainUnlockProblem) {
  // 'failed' may be passing (the main process did not answer): not worth a warning in Settings.
  if (problem !== 'failed') void noteKeychainBroken(problem).catch((error: unknown) => console.error(error));
}

async function findOffer(keychain: KeychainBridge | null): Promise<Offer | KeychainUnlockProblem | null> {
  if (!keychain) return null;
  const [slot, available, noted] = await Promise.all([
    hasKeychainSlot(),
    keychain.available(),
    keychainKnownBroken(),
  ]);
  if (!slot) return null;
  if (!available) {
    // Told once; the passphrase alone from then on.
    if (noted !== null) return null;
    noteBroken('unavailable');
    return 'unavailable';
  }
  // A kept key already found gone or wrong stays so: told once. A keychain that was only unavailable
  // may work again.
  if (noted !== null && noted !== 'unavailable') return null;
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
        (found) => {
          if (!live) return;
          if (typeof found === 'string') setProblem(found);
          else setOffer(found);
        },
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
      const found = keychainProblemOf(error);
      if (found === 'failed') console.error(error);
      else noteBroken(found);
      setProblem(found);
      setBusy(false);
    }
  };

  return { checked, offered: offer !== null, system: offer?.system ?? null, busy, problem, unlock };
}

import { useEffect, useState } from 'react';
import { keychainKeyStillOpens } from '../../db/protection/keychainUnlock';
import type { KeychainBridge } from '../../platform/keychain';
import { keychainProblemOf, type KeychainUnlockProblem } from './keychainProblem';

export type KeychainHealth = 'works' | KeychainUnlockProblem;

async function checkHealth(keychain: KeychainBridge, available: boolean): Promise<KeychainHealth> {
  if (!available) return 'unavailable';
  try {
    return (await keychainKeyStillOpens(keychain)) ? 'works' : 'mismatch';
  } catch (error) {
    const problem = keychainProblemOf(error);
    if (problem === 'failed') console.error(error);
    return problem;
  }
}

/**
 * Whether the key the keychain keeps still opens the data, while the option is on (null: off, or still
 * asking). Asked again at each `round` (after setting it up again): the option stays "on" in the vault
 * whatever became of the kept key (a keychain reset, another user account), and only trying it tells.
 */
export function useKeychainHealth(
  keychain: KeychainBridge | null,
  available: boolean | null,
  on: boolean | undefined,
  round: number,
): KeychainHealth | null {
  const [health, setHealth] = useState<KeychainHealth | null>(null);
  useEffect(() => {
    if (!keychain || available === null || !on) {
      setHealth(null);
      return;
    }
    let live = true;
    void checkHealth(keychain, available).then((found) => live && setHealth(found));
    return () => {
      live = false;
    };
  }, [keychain, available, on, round]);
  return health;
}

import { WrongSecretError } from '../../db/protection/errors';
import { KeychainError } from '../../platform/keychain';

/**
 * Why one-click unlock with the computer's account does not work, as the lock screen and Settings tell it:
 * the keychain is not available here, the kept key is gone, this account cannot open it (another account,
 * a keychain reset), it opens no longer this data (an earlier protection's), or something else failed.
 */
export type KeychainUnlockProblem = 'unavailable' | 'missing' | 'unreadable' | 'mismatch' | 'failed';

export function keychainProblemOf(error: unknown): KeychainUnlockProblem {
  if (error instanceof WrongSecretError) return 'mismatch';
  if (
    error instanceof KeychainError &&
    (error.problem === 'unavailable' || error.problem === 'missing' || error.problem === 'unreadable')
  )
    return error.problem;
  return 'failed';
}

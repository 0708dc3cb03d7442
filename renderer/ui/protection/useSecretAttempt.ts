import { useState } from 'react';

export interface SecretAttempt {
  /** The attempt is under way: its button waits. */
  busy: boolean;
  /** The passphrase or recovery key was not the right one (nothing changed). */
  wrong: boolean;
  /** Something else went wrong (logged without the secret; nothing changed). */
  failed: boolean;
  /**
   * Runs `act` with the secret the user typed. Resolves true when it succeeded (`busy` stays on: the caller
   * moves on, e.g. the lock screen gives way), false when it was refused or failed.
   */
  attempt(act: () => Promise<void>): Promise<boolean>;
  /** Forgets a refusal, e.g. when the user switches from the passphrase to the recovery key. */
  clear(): void;
}

/**
 * One way to try a passphrase or recovery key (unlock, change the passphrase): a wrong one is told apart
 * from a failure, and both leave the form as it was for another try. `isWrongSecret` tells the refusal (the
 * database's WrongSecretError; shared components read no data, so it is handed in).
 */
export function useSecretAttempt(isWrongSecret: (error: unknown) => boolean): SecretAttempt {
  const [busy, setBusy] = useState(false);
  const [wrong, setWrong] = useState(false);
  const [failed, setFailed] = useState(false);

  const attempt = async (act: () => Promise<void>) => {
    setBusy(true);
    setWrong(false);
    setFailed(false);
    try {
      await act();
      return true;
    } catch (error) {
      if (isWrongSecret(error)) setWrong(true);
      else {
        console.error(error);
        setFailed(true);
      }
      setBusy(false);
      return false;
    }
  };

  return { busy, wrong, failed, attempt, clear: () => setWrong(false) };
}

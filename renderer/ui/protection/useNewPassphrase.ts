import { useState } from 'react';
import { newPassphraseProblem, type NewPassphraseProblem } from './newPassphrase';

export interface NewPassphraseState {
  /** What NewPassphraseFields shows and changes. */
  fields: {
    passphrase: string;
    repeat: string;
    onPassphrase(value: string): void;
    onRepeat(value: string): void;
    problem: NewPassphraseProblem | null;
  };
  /** The passphrase when it is long enough and typed the same twice; otherwise null, and the fields say why. */
  checked(): string | null;
  /** Empties both fields (the passphrase is not kept in the form once it has been used). */
  clear(): void;
}

/** A new passphrase typed twice, for the first-run choice, turning protection on and changing the passphrase. */
export function useNewPassphrase(): NewPassphraseState {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<NewPassphraseProblem | null>(null);
  return {
    fields: { passphrase, repeat, onPassphrase: setPassphrase, onRepeat: setRepeat, problem },
    checked() {
      const found = newPassphraseProblem(passphrase, repeat);
      setProblem(found);
      return found ? null : passphrase;
    },
    clear() {
      setPassphrase('');
      setRepeat('');
    },
  };
}

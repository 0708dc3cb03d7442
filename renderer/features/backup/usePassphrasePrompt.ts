import { useRef, useState } from 'react';
import type { AskPassphrase } from '../../lib/crypto/openEncryptedFile';

export interface PassphrasePromptState {
  /** What is being asked, while a file waits for its passphrase. */
  pending: { reason: 'needed' | 'wrong' } | null;
  /** Given to unsealBundle: shows the prompt and waits for the person's answer. */
  ask: AskPassphrase;
  /** The passphrase typed, or null to give up on the file. */
  answer: (passphrase: string | null) => void;
}

/**
 * The question "which passphrase opens this file?" as a promise the file's check waits on, while
 * the section shows PassphrasePrompt. A new question gives up on one still open.
 */
export function usePassphrasePrompt(): PassphrasePromptState {
  const [pending, setPending] = useState<PassphrasePromptState['pending']>(null);
  const resolver = useRef<((passphrase: string | null) => void) | null>(null);
  const answer = (passphrase: string | null) => {
    const resolve = resolver.current;
    resolver.current = null;
    setPending(null);
    resolve?.(passphrase);
  };
  const ask: AskPassphrase = (reason) => {
    resolver.current?.(null);
    setPending({ reason });
    return new Promise((resolve) => {
      resolver.current = resolve;
    });
  };
  return { pending, ask, answer };
}

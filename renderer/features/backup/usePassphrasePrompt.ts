import { useRef, useState } from 'react';
import type { AskPassphrase, FileQuestion, FileSecret } from '../../lib/crypto/openEncryptedFile';

export interface PassphrasePromptState {
  /** What is being asked, while a file waits for its passphrase (or recovery key). */
  pending: FileQuestion | null;
  /** Given to unsealBundle: shows the prompt and waits for the person's answer. */
  ask: AskPassphrase;
  /** The passphrase or recovery key typed, or null to give up on the file. */
  answer: (secret: FileSecret | null) => void;
}

/**
 * The question "which passphrase opens this file?" as a promise the file's check waits on, while
 * the section shows PassphrasePrompt. A new question gives up on one still open.
 */
export function usePassphrasePrompt(): PassphrasePromptState {
  const [pending, setPending] = useState<PassphrasePromptState['pending']>(null);
  const resolver = useRef<((secret: FileSecret | null) => void) | null>(null);
  const answer = (secret: FileSecret | null) => {
    const resolve = resolver.current;
    resolver.current = null;
    setPending(null);
    resolve?.(secret);
  };
  const ask: AskPassphrase = (question) => {
    resolver.current?.(null);
    setPending(question);
    return new Promise((resolve) => {
      resolver.current = resolve;
    });
  };
  return { pending, ask, answer };
}

import type { AskPassphrase, FileSecret } from '../../../renderer/lib/crypto/openEncryptedFile';

/** Answers the passphrase prompt from a script (a string: a passphrase); what it was asked is recorded. */
export function scripted(...answers: (string | FileSecret | null)[]) {
  const asked: string[] = [];
  const offered: boolean[] = [];
  const ask: AskPassphrase = async ({ reason, recoveryKey }) => {
    asked.push(reason);
    offered.push(recoveryKey);
    const next = answers.shift() ?? null;
    return typeof next === 'string' ? { kind: 'passphrase', text: next } : next;
  };
  return { ask, asked, offered };
}

/**
 * Why an encrypted file was not opened. `passphrase-needed`: no passphrase known here fits;
 * `wrong-passphrase`: the key check failed; `wrong-recovery-key`: the recovery key given does not
 * open the file's recovery slot: it is not the key of the laptop that made the file, or the slot's
 * first half was changed, which no check can tell apart (fileRecoverySlot.ts), so the messages say
 * "wrong key, or a damaged file"; `no-recovery-slot`: the file was made without one, so only its
 * passphrase opens it; `damaged`: the key is right but the contents or the header were changed;
 * `bad-header`: not a readable envelope (or parameters beyond the bounds).
 */
export type FileEnvelopeErrorCode =
  | 'bad-header'
  | 'passphrase-needed'
  | 'wrong-passphrase'
  | 'wrong-recovery-key'
  | 'no-recovery-slot'
  | 'damaged';

// Apart from fileEnvelope.ts so that the recovery slot (fileRecoverySlot.ts), which the envelope
// imports, can throw it too.
export class FileEnvelopeError extends Error {
  constructor(
    readonly code: FileEnvelopeErrorCode,
    options?: { cause?: unknown },
  ) {
    super(`Encrypted file not opened (${code})`, options);
    this.name = 'FileEnvelopeError';
  }
}

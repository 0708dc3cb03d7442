/** The shortest passphrase accepted for the database (as for the delegation's file passphrase). */
export const MIN_PASSPHRASE_LENGTH = 10;

export type NewPassphraseProblem = 'tooShort' | 'mismatch';

/** What is wrong with a new passphrase typed twice, if anything. */
export function newPassphraseProblem(passphrase: string, repeat: string): NewPassphraseProblem | null {
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH) return 'tooShort';
  if (passphrase !== repeat) return 'mismatch';
  return null;
}

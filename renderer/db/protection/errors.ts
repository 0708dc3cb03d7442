// The protection's errors, apart from the code that throws them: a screen can tell them apart
// without loading the cryptography.

/** The passphrase or the recovery key does not open the vault. */
export class WrongSecretError extends Error {
  constructor() {
    super('Wrong passphrase or recovery key');
    this.name = 'WrongSecretError';
  }
}

/** A record changed while the database was being encrypted: nothing was changed, try again. */
export class ChangedMeanwhileError extends Error {
  constructor() {
    super('The database changed while it was being encrypted');
    this.name = 'ChangedMeanwhileError';
  }
}

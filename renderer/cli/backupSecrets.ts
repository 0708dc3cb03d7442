import { readFile } from 'node:fs/promises';
import { TourFileError } from './loadTourFile';

/**
 * What opens an encrypted backup on the command line: the delegation's file passphrase, or the
 * recovery key of the laptop that made the backup (when it was protected). Each comes from the
 * first line of a file, or from an environment variable: never from the command line itself,
 * where other users of the computer and the shell's history would see it.
 */
export interface BackupSecrets {
  passphrase?: string;
  recoveryKey?: string;
}

export interface BackupSecretFiles {
  passphraseFile: string | undefined;
  recoveryKeyFile: string | undefined;
}

export const PASSPHRASE_VARIABLE = 'DELEGATION_DESK_PASSPHRASE';
export const RECOVERY_KEY_VARIABLE = 'DELEGATION_DESK_RECOVERY_KEY';

export const SECRETS_USAGE = `An encrypted backup: [--passphrase-file FILE] (its first line), or the environment variable ${PASSPHRASE_VARIABLE};
or the recovery key of the laptop that made it: [--recovery-key-file FILE], or ${RECOVERY_KEY_VARIABLE}.`;

async function readSecret(file: string | undefined, variable: string, what: string) {
  if (file !== undefined) {
    try {
      return (await readFile(file, 'utf8')).split(/\r?\n/)[0];
    } catch {
      throw new TourFileError(`The ${what} file ${file} could not be read`);
    }
  }
  return process.env[variable] || undefined;
}

export async function readBackupSecrets(files: BackupSecretFiles): Promise<BackupSecrets> {
  return {
    passphrase: await readSecret(files.passphraseFile, PASSPHRASE_VARIABLE, 'passphrase'),
    recoveryKey: await readSecret(files.recoveryKeyFile, RECOVERY_KEY_VARIABLE, 'recovery key'),
  };
}

import { BackupError, DEFAULT_LIMITS } from '../../db/backup';

/** The bytes of a file the user picked; a huge file is refused before it is read into memory. */
export async function readChosenFile(file: File): Promise<Uint8Array> {
  if (file.size > DEFAULT_LIMITS.maxFileBytes)
    throw new BackupError('too-large', { limit: DEFAULT_LIMITS.maxFileBytes });
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch (cause) {
    throw new FileReadError(cause);
  }
}

export class FileReadError extends Error {
  constructor(cause: unknown) {
    super('The chosen file could not be read', { cause });
    this.name = 'FileReadError';
  }
}

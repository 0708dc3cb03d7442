import { BackupError } from '../backup/errors';
import { DEFAULT_LIMITS } from '../backup/format';

/** A picked file, refused at once when it is too large to be a backup (before anything is read). */
export async function withinFileLimit(file: Blob): Promise<Blob> {
  if (file.size > DEFAULT_LIMITS.maxFileBytes)
    throw new BackupError('too-large', { limit: DEFAULT_LIMITS.maxFileBytes });
  return file;
}

/**
 * The bytes of a picked file, read by the import worker: reading a file of hundreds of megabytes
 * into memory on the window's thread held it for seconds. Each job checks the file's size against
 * its own limit first.
 */
export async function readFileBytes(file: Blob): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch (cause) {
    throw new FileReadError(cause);
  }
}

/** A picked backup or exchange file's bytes, refused unread above the bundles' limit. */
export async function readChosenFile(file: Blob): Promise<Uint8Array> {
  return readFileBytes(await withinFileLimit(file));
}

export class FileReadError extends Error {
  constructor(cause: unknown) {
    super('The chosen file could not be read', { cause });
    this.name = 'FileReadError';
  }
}

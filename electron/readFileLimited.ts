// Reading a whole file for an import, with a size limit checked before anything is read: a huge or special file
// (a FIFO, a device) must not make the main process allocate without bound or hang.
import type { OpenFileErrorCode } from './contract';

/** Imports carry photos, so the limit is generous; it still fits one structured-clone message. */
export const MAX_READ_BYTES = 512 * 1024 * 1024;

/** The fs/promises calls used; node:fs/promises satisfies it. */
export interface ReadFs {
  stat(filePath: string): Promise<{ isFile(): boolean; size: number; mtime: Date }>;
  readFile(filePath: string): Promise<Uint8Array>;
}

export type ReadOutcome = { ok: true; bytes: Uint8Array } | { ok: false; code: OpenFileErrorCode };

function errnoCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}

/** Maps an fs error to a code the renderer can explain. */
export function readErrorCodeFor(error: unknown): OpenFileErrorCode {
  switch (errnoCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'not-found';
    case 'EACCES':
    case 'EPERM':
    case 'EISDIR':
    case 'EBUSY':
      return 'not-readable';
    default:
      return 'read-failed';
  }
}

/** Reads a regular file of at most maxBytes; never throws. */
export async function readFileLimited(
  fs: ReadFs,
  filePath: string,
  maxBytes: number = MAX_READ_BYTES,
): Promise<ReadOutcome> {
  try {
    const stats = await fs.stat(filePath);
    if (!stats.isFile()) return { ok: false, code: 'not-readable' };
    if (stats.size > maxBytes) return { ok: false, code: 'too-large' };
    const bytes = await fs.readFile(filePath);
    // The file may have grown between stat and read.
    if (bytes.byteLength > maxBytes) return { ok: false, code: 'too-large' };
    // A plain Uint8Array (not a Node Buffer view into a shared pool) crosses IPC as exactly these bytes.
    return { ok: true, bytes: new Uint8Array(bytes) };
  } catch (error) {
    return { ok: false, code: readErrorCodeFor(error) };
  }
}

// Writing a file so that readers see either the old content or the complete new content, never half a
// report: write a temporary file next to the target, flush it to disk, then rename it over the target.
import { randomBytes } from 'crypto';
import * as path from 'path';

/** The few fs/promises calls used; node:fs/promises satisfies it, tests inject failing variants. */
export interface AtomicWriteFs {
  open(filePath: string, flags: string, mode?: number): Promise<AtomicWriteHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
}

export interface AtomicWriteHandle {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** File names are limited to 255 bytes on common file systems; the temp name must fit too. */
const MAX_NAME_BYTES = 255;

/** Cuts a string to at most maxBytes of UTF-8 without splitting a character. */
function truncateUtf8(text: string, maxBytes: number): string {
  let result = '';
  let used = 0;
  for (const char of text) {
    const size = Buffer.byteLength(char, 'utf8');
    if (used + size > maxBytes) break;
    result += char;
    used += size;
  }
  return result;
}

/**
 * `<target>.<random>.tmp` in the target's own folder (rename is only atomic within one file system).
 * A long target name is shortened so the temp name stays a legal file name.
 */
export function tempPathFor(target: string, random: string): string {
  const suffix = `.${random}.tmp`;
  const base = truncateUtf8(path.basename(target), MAX_NAME_BYTES - Buffer.byteLength(suffix, 'utf8'));
  return path.join(path.dirname(target), base + suffix);
}

export function randomSuffix(): string {
  return randomBytes(8).toString('hex');
}

/**
 * Writes bytes to target atomically. On any failure the temporary file is removed and the error rethrown;
 * an existing target is then left exactly as it was.
 */
export async function writeFileAtomic(
  fs: AtomicWriteFs,
  target: string,
  bytes: Uint8Array,
  random: string = randomSuffix(),
): Promise<void> {
  const tempPath = tempPathFor(target, random);
  // 'wx': fail rather than follow or clobber something already at the temp path.
  const handle = await fs.open(tempPath, 'wx', 0o666);
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tempPath, target);
  } catch (error) {
    await fs.unlink(tempPath).catch(() => undefined);
    throw error;
  }
  await syncDirectory(fs, path.dirname(target));
}

/**
 * Flushes the folder entry so the rename itself survives a power cut. Best effort: Windows cannot open a
 * folder this way, and the file is already complete either way.
 */
async function syncDirectory(fs: AtomicWriteFs, dir: string): Promise<void> {
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported on this platform; nothing more to do.
  }
}

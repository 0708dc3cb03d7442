import { unzipSync, zipSync, type Unzipped } from 'fflate';
import { createHash } from 'node:crypto';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export const readJson = (files: Unzipped, path: string): unknown => JSON.parse(decoder.decode(files[path]));
export const writeJson = (files: Unzipped, path: string, value: unknown) => {
  files[path] = encoder.encode(JSON.stringify(value));
};
/** Writes JSON text as given, e.g. with a "__proto__" key that JSON.stringify would not produce. */
export const writeText = (files: Unzipped, path: string, text: string) => {
  files[path] = encoder.encode(text);
};

interface ManifestLike {
  files?: { path: string; size: number; sha256: string }[];
  [key: string]: unknown;
}

/**
 * Unpacks a bundle, lets the test change files, and packs it again. With `rehash` the
 * manifest is updated to the changed files, so the check that must catch the change is
 * the one under test rather than the hash check.
 */
export function tamper(bytes: Uint8Array, change: (files: Unzipped) => void, rehash = true): Uint8Array {
  const files = unzipSync(bytes);
  change(files);
  if (rehash) {
    const manifest = readJson(files, 'manifest.json') as ManifestLike;
    manifest.files = manifest.files?.map((entry) => {
      const content = files[entry.path];
      if (!content) return entry;
      return { ...entry, size: content.length, sha256: createHash('sha256').update(content).digest('hex') };
    });
    writeJson(files, 'manifest.json', manifest);
  }
  return zipSync(files);
}

import { BackupError } from './errors';

/** Keys that could reach an object's prototype if the parsed value were ever spread or assigned. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const utf8 = new TextDecoder('utf-8', { fatal: true });

function mayHaveForbiddenKey(text: string): boolean {
  if (text.includes('\\u')) return true;
  for (const key of FORBIDDEN_KEYS) if (text.includes(`"${key}"`)) return true;
  return false;
}

/** Parses JSON from a file of the bundle, refusing invalid UTF-8, invalid JSON and dangerous keys. */
export function parseJsonFile(bytes: Uint8Array, path: string): unknown {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (cause) {
    throw new BackupError('corrupted', { file: path }, { cause });
  }
  try {
    // A reviver makes JSON.parse several times slower (a large tour's 7 MB of records). A key can
    // only be one of the forbidden words if the word is in the text with its quotes, or spelt
    // with a \u escape; with neither, there is nothing to look for.
    if (!mayHaveForbiddenKey(text)) return JSON.parse(text) as unknown;
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new BackupError('forbidden-key', { file: path, key });
      return value;
    });
  } catch (cause) {
    if (cause instanceof BackupError) throw cause;
    throw new BackupError('corrupted', { file: path }, { cause });
  }
}

export function jsonFile(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value));
}

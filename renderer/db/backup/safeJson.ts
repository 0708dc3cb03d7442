import { BackupError } from './errors';

/** Keys that could reach an object's prototype if the parsed value were ever spread or assigned. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Parses JSON from a file of the bundle, refusing invalid UTF-8, invalid JSON and dangerous keys. */
export function parseJsonFile(bytes: Uint8Array, path: string): unknown {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (cause) {
    throw new BackupError('corrupted', { file: path }, { cause });
  }
  try {
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

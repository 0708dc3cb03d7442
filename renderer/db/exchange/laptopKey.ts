import { generateKeyPair, keyFingerprint, type KeyPairJwk } from '../backup/signature';
import { db } from '../database';
import { readSetting, writeSetting } from '../settings';

const KEY_PAIR = 'exchange.keyPair';

/**
 * This laptop's signing key pair, made on first use and kept in its settings (never in a
 * backup or an exchange file: only the public half travels, inside signature.json).
 */
export async function laptopKeyPair(): Promise<KeyPairJwk> {
  const existing = await readSetting<KeyPairJwk>(KEY_PAIR);
  if (existing) return existing;
  // Made outside the transaction (WebCrypto is not IndexedDB work); the first one stored wins.
  const made = await generateKeyPair();
  return db.transaction('rw', db.settings, async () => {
    const stored = await readSetting<KeyPairJwk>(KEY_PAIR);
    if (stored) return stored;
    await writeSetting(KEY_PAIR, made);
    return made;
  });
}

/** What a colleague sees as this laptop's key when importing its files. */
export async function laptopFingerprint(): Promise<string> {
  return keyFingerprint((await laptopKeyPair()).publicKey);
}

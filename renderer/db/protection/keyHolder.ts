import type { PreparedAesGcm } from '../../lib/crypto/preparedAesGcm';
import { importAesKey } from '../../lib/crypto/webAesGcm';
import { OpenedRecords } from './openedRecords';
import { loadRecordCodec, recordCodec } from './recordCodec';

/**
 * Whether this database is protected and whether its data key is in memory:
 * - `off`: no key vault, records are stored as they are (the sealing layer passes them through);
 * - `locked`: a vault exists and the key is not in memory: sealed records cannot be read, nothing
 *   can be written;
 * - `unlocked`: the key is in memory; records are sealed on the way in and opened on the way out.
 */
export type ProtectionMode = 'off' | 'locked' | 'unlocked';

/**
 * A performance mark made at each unlock: the moment the key is in memory, which the lock screen
 * cannot show. `npm run bench -- encryption-browser` times the start-up after the unlock from it.
 */
export const UNLOCKED_MARK = 'delegation-desk:unlocked';

/** The database is locked: unlock it first. */
export class LockedError extends Error {
  constructor() {
    super('The database is locked');
    this.name = 'LockedError';
  }
}

/** The data key of one database, held in memory only while unlocked. */
export class KeyHolder {
  mode: ProtectionMode = 'off';
  /** Which vault the key in memory belongs to (a database deleted and made again has another). */
  vaultId: string | null = null;
  private key: Uint8Array | null = null;
  private cryptoKey: CryptoKey | null = null;
  private cipher: PreparedAesGcm | null = null;
  private openedSoFar: OpenedRecords | null = null;
  private readonly listeners = new Set<() => void>();

  /** The key bytes for sealing records; throws when locked. */
  recordKey(): Uint8Array {
    if (!this.key) throw new LockedError();
    return this.key;
  }

  /**
   * AES-256-GCM prepared for the key in memory (its key schedule and GHASH table, made once per
   * unlock rather than once per record): what records are sealed and opened with; throws when locked.
   */
  recordCipher(): PreparedAesGcm {
    if (!this.cipher) throw new LockedError();
    return this.cipher;
  }

  /** Records opened or sealed under the key in memory (openedRecords.ts); throws when locked. */
  openedRecords(): OpenedRecords {
    if (!this.openedSoFar) throw new LockedError();
    return this.openedSoFar;
  }

  /** The WebCrypto key for sealing contents (photos, files); throws when locked. */
  contentKey(): CryptoKey {
    if (!this.cryptoKey) throw new LockedError();
    return this.cryptoKey;
  }

  async unlock(vaultId: string, key: Uint8Array): Promise<void> {
    const [cryptoKey] = await Promise.all([importAesKey(key), loadRecordCodec()]);
    this.unlockWith(vaultId, key, cryptoKey);
  }

  /**
   * The same, with the WebCrypto key already made and the record codec loaded (loadRecordCodec):
   * synchronous, for use inside a transaction.
   */
  unlockWith(vaultId: string, key: Uint8Array, cryptoKey: CryptoKey): void {
    this.cipher?.wipe();
    this.cipher = recordCodec().prepareRecordKey(key);
    this.openedSoFar?.clear();
    this.openedSoFar = new OpenedRecords();
    this.key = key;
    this.cryptoKey = cryptoKey;
    this.vaultId = vaultId;
    performance.mark(UNLOCKED_MARK);
    this.setMode('unlocked');
  }

  /** Forgets the key (its bytes and what was prepared from them are overwritten): unlock again. */
  lock(): void {
    this.key?.fill(0);
    this.key = null;
    this.cipher?.wipe();
    this.cipher = null;
    this.openedSoFar?.clear();
    this.openedSoFar = null;
    this.cryptoKey = null;
    this.setMode(this.vaultId === null ? 'off' : 'locked');
  }

  /** What a database holds when opened: a vault (locked, unless its key is already here) or none. */
  opened(vaultId: string | null): void {
    if (vaultId === null) {
      this.lock();
      this.vaultId = null;
      this.setMode('off');
    } else if (vaultId !== this.vaultId || !this.key) {
      this.vaultId = vaultId;
      this.lock();
    }
  }

  setMode(mode: ProtectionMode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    for (const listener of this.listeners) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

import type { DecodedBundle } from '../backup/decodeBundle';
import type { BackupErrorCode, BackupErrorDetails } from '../backup/errors';
import type { FileEnvelopeErrorCode, FileKey } from '../../lib/crypto/fileEnvelope';
import type { FileQuestion, FileSecret } from '../../lib/crypto/openEncryptedFile';
import type { Contact, Organisation } from '../../domain/entities';
import type { ImportProgress } from '../../domain/imports/importProgress';
import type { TextTooLong } from '../../domain/imports/textTooLong';
import type { TourBundle } from '../../domain/tourBundle';
import type { ImportEntry } from '../../domain/vcard/importPlan';
import type { VCardErrorCode } from '../../domain/vcard/parseVcard';

/**
 * The conversation between the window and the import worker (importWorker.ts). The window starts
 * one job per worker with the file (its bytes transferred, not copied, or the picked File) and
 * what the job needs from the database; the worker answers with progress, perhaps a question for
 * the passphrase, and finally what it read or the reason it was refused. Cancelling is terminating
 * the worker: it writes nothing, so there is nothing to undo.
 */
export type BundlePurpose = 'backup' | 'exchange';

/** `file`: the bytes, or the picked file itself, read in the worker. */
type ImportFile = Uint8Array | Blob;

/** What the worker is asked to read: one kind of file the app imports. */
export type ImportJob =
  /** A backup or exchange file: decrypted with `keys` (or an asked passphrase), unzipped, checked. */
  | { kind: 'bundle'; purpose: BundlePurpose; file: ImportFile; keys: FileKey[] }
  /** A .vcf file: read and planned against the tour's contacts (the preview to confirm). */
  | { kind: 'vcard'; file: ImportFile; contacts: Contact[]; organisations: Organisation[] }
  /** A tour file (the study-tour-sample JSON format): validated and made a new tour's records. */
  | { kind: 'tour'; file: ImportFile; deviceId: string; now: string };

/** What a job hands back: nothing of it is written yet. */
export type ImportOutcome =
  | { kind: 'bundle'; decoded: DecodedBundle; newKey: FileKey | null }
  | { kind: 'vcard'; entries: ImportEntry[] }
  | { kind: 'tour'; bundle: TourBundle };

export type OutcomeOf<Job extends ImportJob> = Extract<ImportOutcome, { kind: Job['kind'] }>;

export type ToImportWorker =
  | { type: 'start'; job: ImportJob }
  /** The answer to `ask`: the typed passphrase (or recovery key), or null when the person gave up. */
  | { type: 'passphrase'; secret: FileSecret | null }
  /** The person is acting in the window: leave it the processor for `ms` (see importPacer.ts). */
  | { type: 'hold'; ms: number };

export type FromImportWorker =
  /** The worker's script has loaded: the file can be handed over (transferred) now. */
  | { type: 'ready' }
  | ({ type: 'progress' } & ImportProgress)
  /**
   * A slice of a vCard job's entries, in order, before its `done` (whose own entries come last):
   * 10,000 entries in one message took the window's thread ~50–100 ms to unpack, at whatever
   * moment the reading ended; slices leave room for a click between them.
   */
  | { type: 'entries'; entries: ImportEntry[] }
  | { type: 'ask'; question: FileQuestion }
  | { type: 'done'; outcome: ImportOutcome }
  | { type: 'failed'; error: WireError };

/** An error as it crosses to the window (class instances lose their class in a message). */
export type WireError =
  | { kind: 'backup'; code: BackupErrorCode; details: BackupErrorDetails }
  | { kind: 'envelope'; code: FileEnvelopeErrorCode }
  | {
      kind: 'vcard';
      code: VCardErrorCode;
      detail: string;
      cardNumber: number | null;
      values: Record<string, string | number>;
    }
  | { kind: 'tourFormat'; detail: string }
  | { kind: 'textTooLong'; detail: TextTooLong }
  | { kind: 'read' }
  | { kind: 'other'; message: string };

/**
 * How far a file being imported is (backup, exchange file, vCard, tour file), as the import worker
 * reports it and the progress bar shows it. `done`/`total` measure the stage: bytes unpacked, cards
 * read; a stage without a measure of its own (decrypting, one WebCrypto call) reports 0.
 */
export type ImportStage =
  | 'reading'
  | 'decrypting'
  | 'unpacking'
  /** vCard: cards read. */
  | 'cards'
  /** vCard: cards compared with the tour's contacts. */
  | 'matching'
  /** Tour file: parsed and every record validated. */
  | 'tour';

export interface ImportProgress {
  stage: ImportStage;
  done: number;
  total: number;
}

/** What a check of a file gets besides the file: where to report progress, and the signal of Cancel. */
export interface InspectJob {
  signal: AbortSignal;
  onProgress: (progress: ImportProgress) => void;
}

/** The person pressed Cancel (or left the screen): nothing was written. */
export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled');
    this.name = 'ImportCancelled';
  }
}

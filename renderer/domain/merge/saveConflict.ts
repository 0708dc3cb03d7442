import type { VersionVector } from './versionVector';

/** The version a form was opened on: enough to tell whether the stored record is still that one. */
export interface SaveBasis {
  id: string;
  deviceId: string;
  revision: number;
  vv?: VersionVector | undefined;
}

/** The version of `record` as a form keeps it: its stamps, not its content (no Blobs in drafts). */
export function basisOf(record: SaveBasis): SaveBasis {
  return {
    id: record.id,
    deviceId: record.deviceId,
    revision: record.revision,
    ...(record.vv ? { vv: record.vv } : {}),
  };
}

/** What a save is told about the version its input was typed on (db/repository's `save`). */
export interface SaveOptions {
  /**
   * The version the form was opened on. When the stored record is another version by now,
   * the save raises SaveConflictError instead of overwriting it.
   */
  basedOn?: SaveBasis;
  /**
   * Fields written over the draft's: the texts the user merged by hand in the conflict dialog
   * (ui/SaveConflictDialog). Only ever given together with `basedOn`, the version merged with.
   */
  patch?: Readonly<Record<string, unknown>>;
}

/**
 * The record changed since the form was opened (another tab, an exchange import): nothing was
 * written. `stored` is the version now in the database (a tombstone when it was deleted),
 * `draft` what the form wanted to save; the user chooses (ui/useSaveAction, ui/saveConflictHost).
 */
export class SaveConflictError<
  T extends SaveBasis & { deletedAt: string | null } = SaveBasis & { deletedAt: string | null },
> extends Error {
  constructor(
    readonly stored: T,
    readonly draft: object,
  ) {
    super(`Record ${stored.id} changed since the form was opened`);
    this.name = 'SaveConflictError';
  }
}

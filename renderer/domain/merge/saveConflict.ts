import { historyKey, historyOf, type VersionVector } from './versionVector';

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
  /**
   * The user's choices about records written along with the form's own (a finding's photos):
   * by id, the version seen in the conflict dialog and what to do with it. Given by
   * ui/useSaveAction after an `alongside` conflict; the save checks those records against it.
   */
  alongside?: Readonly<Record<string, AlongsideChoice>>;
}

/** What the user chose about one record written along with the form's own. */
export interface AlongsideChoice {
  /** The version shown in the conflict dialog: written over only if it is still the stored one. */
  basedOn: SaveBasis;
  /** Texts merged by hand, written over the form's values. */
  patch?: Readonly<Record<string, unknown>>;
  /** Keep the version stored: that record is not written; the rest of the form is. */
  keepStored?: boolean;
}

/** What kind of write met a record changed meanwhile. */
export interface SaveConflictKind {
  /** A deletion: the user chose to delete a version that is no longer the stored one. */
  deletion?: boolean;
  /**
   * Not the form's own record but one written along with it (a photo's caption in a finding's
   * form): keeping the stored version leaves that record alone and saves the rest.
   */
  alongside?: boolean;
}

/**
 * The record changed since the form was opened (another tab, an exchange import): nothing was
 * written. `stored` is the version now in the database (a tombstone when it was deleted),
 * `draft` what the form wanted to save — for a deletion, the version the user saw when choosing
 * to delete it; the user chooses (ui/useSaveAction, ui/saveConflictHost).
 */
export class SaveConflictError<
  T extends SaveBasis & { deletedAt: string | null } = SaveBasis & { deletedAt: string | null },
> extends Error {
  constructor(
    readonly stored: T,
    readonly draft: object,
    readonly kind: SaveConflictKind = {},
  ) {
    super(`Record ${stored.id} changed since the form was opened`);
    this.name = 'SaveConflictError';
  }
}

/** Whether `stored` is still the version `basedOn` names (a save or deletion against it may go on). */
export function isStillVersion(stored: SaveBasis, basedOn: SaveBasis): boolean {
  // A basis without a history (a record written before histories) keeps the stored one's.
  return historyKey(historyOf(stored)) === historyKey(historyOf({ ...stored, ...basedOn }));
}

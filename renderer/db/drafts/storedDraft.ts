/**
 * A form's unsaved input, as the user left it. Kept per laptop in its own table, outside every
 * tour's records: backups and exchange files read tours' tables only, so drafts never travel.
 */
export interface StoredDraft {
  /** Which form and which record: see `draftKey`. */
  key: string;
  /** The form's values, structured-cloneable (plain objects, arrays, strings…). */
  value: unknown;
  /** When it was last written: shown when the draft is offered. */
  updatedAt: string;
  /**
   * What the input was typed on: the record's version (forms) or the text typed over
   * (translations). A draft continued later saves against it, so a change made meanwhile (an
   * exchange import, another tab) is shown, not overwritten. Absent in drafts of before.
   */
  basedOn?: unknown;
}

/**
 * The key of a form's draft: the form, then the record edited (its id) or, for a new record,
 * `new` and the tour it will belong to, so a new finding in one tour is not offered in another.
 */
export function draftKey(form: string, record: { id: string } | { newIn: string }): string {
  return 'id' in record ? `${form}:${record.id}` : `${form}:new:${record.newIn}`;
}

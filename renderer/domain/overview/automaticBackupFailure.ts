/**
 * Why the last automatic backup failed, as far as the user can act on it: a full disk, a folder
 * that cannot be written, a backup too large for the folder, a write that failed otherwise, or
 * anything else. Kept until the next automatic backup succeeds.
 */
export const AUTOMATIC_BACKUP_FAILURE_REASONS = [
  'disk-full',
  'not-writable',
  'too-large',
  'write-failed',
  'unexpected',
] as const;
export type AutomaticBackupFailureReason = (typeof AUTOMATIC_BACKUP_FAILURE_REASONS)[number];

export interface AutomaticBackupFailure {
  /** ISO time of the failed attempt. */
  at: string;
  reason: AutomaticBackupFailureReason;
}

/** A stored value read back: anything malformed counts as no failure rather than a crash. */
export function asAutomaticBackupFailure(value: unknown): AutomaticBackupFailure | null {
  if (typeof value !== 'object' || value === null) return null;
  const { at, reason } = value as { at?: unknown; reason?: unknown };
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return null;
  const known = AUTOMATIC_BACKUP_FAILURE_REASONS.find((candidate) => candidate === reason);
  return known === undefined ? null : { at, reason: known };
}

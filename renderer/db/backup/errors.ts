/**
 * Why a backup or exchange file was refused, or why writing it failed. Each code has its own
 * translated message (`backup.errors.<code>`); `details` fill the message's placeholders.
 * Whenever one of these is thrown, nothing was written.
 */
export const BACKUP_ERROR_CODES = [
  'not-a-backup',
  'newer-version',
  'corrupted',
  'invalid-record',
  'text-too-long',
  'dangling-reference',
  'attachment-mismatch',
  'too-large',
  'forbidden-key',
  'own-bundle',
  'bad-signature',
  'unsigned',
  'key-changed',
  'changed-meanwhile',
  'quota-exceeded',
  'write-failed',
] as const;
export type BackupErrorCode = (typeof BACKUP_ERROR_CODES)[number];

export type BackupErrorDetails = Record<string, string | number>;

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    readonly details: BackupErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(`Backup refused (${code}) ${JSON.stringify(details)}`, options);
    this.name = 'BackupError';
  }
}

function hasName(value: unknown, name: string): boolean {
  return typeof value === 'object' && value !== null && (value as { name?: unknown }).name === name;
}

/** True when the engine refused a write for lack of space; Dexie wraps the DOMException in several ways. */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  if (hasName(error, 'QuotaExceededError')) return true;
  const wrapped = error as { inner?: unknown; cause?: unknown; failures?: unknown };
  if (isQuotaError(wrapped.inner, depth + 1) || isQuotaError(wrapped.cause, depth + 1)) return true;
  const failures = Array.isArray(wrapped.failures)
    ? wrapped.failures
    : wrapped.failures && typeof wrapped.failures === 'object'
      ? Object.values(wrapped.failures)
      : [];
  return failures.some((failure) => isQuotaError(failure, depth + 1));
}

/** The error to show for a failed write: a full disk gets its own message. */
export function writeError(cause: unknown): BackupError {
  if (cause instanceof BackupError) return cause;
  return new BackupError(isQuotaError(cause) ? 'quota-exceeded' : 'write-failed', {}, { cause });
}

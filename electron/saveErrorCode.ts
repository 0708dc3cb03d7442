// Maps a failed write to a code the renderer can explain; shared by the save dialog and the backups folder.

export type WriteErrorCode = 'not-writable' | 'disk-full' | 'write-failed';

export function saveErrorCodeFor(error: unknown): WriteErrorCode {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EBUSY':
    case 'EROFS':
      return 'not-writable';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    default:
      return 'write-failed';
  }
}

import { describe, expect, it } from 'vitest';
import { backupIsDue, backupFileName, safeFileName } from '../../../renderer/db/backup';

describe('the browser reminder to back up', () => {
  const now = new Date('2026-11-25T12:00:00.000Z');

  it('shows when there is data and no backup, or the last one is older than a day', () => {
    expect(backupIsDue(undefined, now, true)).toBe(true);
    expect(backupIsDue('2026-11-24T11:59:00.000Z', now, true)).toBe(true);
    expect(backupIsDue('2026-11-24T12:01:00.000Z', now, true)).toBe(false);
  });

  it('stays quiet in an empty app', () => {
    expect(backupIsDue(undefined, now, false)).toBe(false);
  });
});

describe('file names in a bundle', () => {
  it('are sortable by time and safe on every file system', () => {
    expect(backupFileName('2026-11-25T14:32:10.000Z', 'tour')).toBe(
      'delegation-desk-tour-2026-11-25-1432.ddbackup',
    );
  });

  it('never climb out of their folder or carry control characters', () => {
    expect(safeFileName('../../etc/passwd', 'file')).toBe('_.._etc_passwd');
    expect(safeFileName('a\u0000b:c?.jpg', 'file')).toBe('a_b_c_.jpg');
    expect(safeFileName('...', 'file')).toBe('file');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { readBackupFile, restoreBackup } from '../../../renderer/db/backup';
import { db } from '../../../renderer/db/database';
import { applyExchangeImport, planExchangeImport } from '../../../renderer/db/exchange';
import { findings } from '../../../renderer/db/repositories';
import { deviceId } from '../../../renderer/db/settings';
import { historyOf } from '../../../renderer/domain/merge';
import { resetDb } from '../db/resetDb';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

/**
 * A backup and an exchange file as the app wrote them before records carried histories and
 * exchange files were signed (bundle format 1), made by that app's own code (see git history
 * of tests/fixtures/bundle-v1): the same tour, with one finding edited and one deleted.
 */
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/bundle-v1/${name}.ddbackup`, import.meta.url)));

describe('files of bundle format 1', () => {
  it('a backup restores; its records read as their writer’s n-th version and take edits', async () => {
    await resetDb();
    const decoded = await readBackupFile(fixture('backup'));
    expect(decoded.manifest.formatVersion).toBe(1);
    await restoreBackup(decoded);
    const edited = (await db.findings.toArray()).find((f) => f.title.en === 'Edited before the upgrade')!;
    expect(edited.vv).toBeUndefined();
    expect(historyOf(edited)).toEqual({ [edited.deviceId]: 2 });
    await findings.save({ ...edited, title: { ...edited.title, en: 'Edited after the upgrade' } });
    const after = await findings.get(edited.id);
    expect(after?.vv).toEqual({ [edited.deviceId]: 2, [await deviceId()]: 1 });
  });

  it('an exchange file imports as unsigned, and on the same records asks nothing', async () => {
    await resetDb();
    const plan = await planExchangeImport(fixture('exchange'));
    expect(plan.signature).toBeNull();
    expect(plan.senderName).toBe('Boris');
    expect(plan.conflicts).toEqual([]);
    const summary = await applyExchangeImport(plan, new Map());
    expect(summary.added).toBeGreaterThan(70);

    await resetDb();
    await restoreBackup(await readBackupFile(fixture('backup')));
    const again = await planExchangeImport(fixture('exchange'));
    expect(again.conflicts).toEqual([]);
    expect(again.preview).toEqual({ added: 0, updated: 0, deleted: 0, conflictsResolved: 0 });
  });
});

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { makeBackup, readBackupFile, restoreBackup } from '../../../renderer/db/backup';
import { db } from '../../../renderer/db/database';
import { applyExchangeImport, exportForExchange, planExchangeImport } from '../../../renderer/db/exchange';
import { findings } from '../../../renderer/db/repositories';
import { importSampleFile } from '../../../renderer/db/sampleImport';
import { resetDb } from '../db/resetDb';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

/**
 * A backup and an exchange file as the app wrote them with histories and signed exchange files,
 * before review states, authorship, key points of recommendations and translation fingerprints
 * (bundle format 2). Made by this code the first time it runs, then kept: delete the folder to
 * make them again (only ever with the app of that format).
 */
const folder = new URL('../../fixtures/bundle-v2/', import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`${name}.ddbackup`, folder)));

async function writeFixturesOnce(): Promise<void> {
  if (existsSync(new URL('backup.ddbackup', folder))) return;
  await resetDb();
  const sample = JSON.parse(
    readFileSync(
      new URL('../../../renderer/assets/sample/study-tour-hungary-2010.json', import.meta.url),
      'utf8',
    ),
  ) as unknown;
  const tourId = await importSampleFile(sample);
  const [first, second] = await db.findings.where('tourId').equals(tourId).sortBy('id');
  await findings.save({ ...first!, title: { ...first!.title, en: 'Edited before the upgrade' } });
  await findings.remove(second!.id);
  mkdirSync(folder, { recursive: true });
  writeFileSync(new URL('backup.ddbackup', folder), (await makeBackup({ tourId }, '0.2.0')).bytes);
  const exchange = await exportForExchange({ tourId, senderName: 'Boris', appVersion: '0.2.0' });
  writeFileSync(new URL('exchange.ddbackup', folder), exchange.bytes);
}

describe('files of bundle format 2', () => {
  it('a backup restores with the edit and the deletion it carried', async () => {
    await writeFixturesOnce();
    await resetDb();
    const decoded = await readBackupFile(fixture('backup'));
    expect(decoded.manifest.formatVersion).toBe(2);
    await restoreBackup(decoded);
    const all = await db.findings.toArray();
    const edited = all.find((f) => f.title.en === 'Edited before the upgrade')!;
    expect(edited.vv).toBeDefined();
    expect(all.filter((f) => f.deletedAt !== null)).toHaveLength(1);
    await findings.save({ ...edited, title: { ...edited.title, en: 'Edited after the upgrade' } });
    expect((await findings.get(edited.id))?.title.en).toBe('Edited after the upgrade');
  });

  it('a signed exchange file imports, and on the same records asks nothing', async () => {
    await writeFixturesOnce();
    await resetDb();
    const plan = await planExchangeImport(fixture('exchange'));
    expect(plan.signature).not.toBeNull();
    expect(plan.senderName).toBe('Boris');
    const summary = await applyExchangeImport(plan, new Map());
    expect(summary.added).toBeGreaterThan(70);

    await resetDb();
    await restoreBackup(await readBackupFile(fixture('backup')));
    const again = await planExchangeImport(fixture('exchange'));
    expect(again.conflicts).toEqual([]);
    expect(again.preview).toEqual({ added: 0, updated: 0, deleted: 0, conflictsResolved: 0 });
  });
});

import { exchangeFileOf as exportTour, onLaptop as on } from '../backup/laptop';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBackup, readBackupFile, restoreBackup } from '../../../renderer/db/backup';
import { db } from '../../../renderer/db/database';
import { applyExchangeImport, planExchangeImport } from '../../../renderer/db/exchange';
import { saveFinding } from '../../../renderer/db/findings';
import { findings } from '../../../renderer/db/repositories';
import { listByTour } from '../../../renderer/db/repository';
import { setCurrentDelegateId } from '../../../renderer/db/identity';
import {
  checkTranslation,
  confirmTranslation,
  saveTranslation,
  saveTranslations,
} from '../../../renderer/db/translations';
import type { Finding } from '../../../renderer/domain/entities';
import { translationState } from '../../../renderer/domain/translations';
import { resetDb } from '../db/resetDb';
import { dumpDb, sampleTourWithPhoto } from '../backup/laptop';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

// Two laptops in one process: each reads its own device id from its own database.
vi.mock('../../../renderer/db/settings', async (importOriginal) =>
  (await import('../backup/laptopDeviceId')).withPerLaptopDeviceId(
    await importOriginal<typeof import('../../../renderer/db/settings')>(),
  ),
);

const importAll = async (bytes: Uint8Array) =>
  applyExchangeImport(await planExchangeImport(bytes), new Map());

/** Says which delegate this laptop's user is on the tour (the identity setting). */
const iAm = (tourId: string, delegateId: string) => setCurrentDelegateId(tourId, delegateId);

const enState = (finding: Finding) => translationState(finding.translationMeta, 'text', finding.text, 'en');

/** The sample tour, and a finding of it with an English text (translated before fingerprints existed). */
async function sampleWithEnglish() {
  const { tourId } = await sampleTourWithPhoto();
  const translated = (await listByTour(db.findings, tourId)).find((finding) => finding.text.en);
  return { tourId, findingId: translated!.id };
}

/** Edits the Russian text through the finding form's save, as a delegate does. */
async function editRussian(id: string, ru: string) {
  const stored = await findings.get(id);
  const { id: _id, createdAt, updatedAt, deviceId, revision, deletedAt, vv, ...fields } = stored!;
  void [createdAt, updatedAt, deviceId, revision, deletedAt, vv];
  await saveFinding({ ...fields, id, text: { ...stored!.text, ru } });
}

describe('translation notes in the database', () => {
  let tourId: string;
  let findingId: string;

  beforeEach(async () => {
    await resetDb();
    ({ tourId, findingId } = await sampleWithEnglish());
  });

  it('editing the Russian text in the finding form marks its English as needing review', async () => {
    const before = (await findings.get(findingId))!;
    expect(before.text.en).toBeTruthy();
    expect(enState(before).status).toBe('untracked');

    await editRussian(findingId, `${before.text.ru} Дополнено на месте.`);
    const after = (await findings.get(findingId))!;
    expect(enState(after)).toMatchObject({
      status: 'needsReview',
      oldSource: before.text.ru,
      newSource: `${before.text.ru} Дополнено на месте.`,
    });
    expect(after.text.en).toBe(before.text.en);
  });

  it('the Translation screen’s save notes the source and translator; confirm and check clear and mark', async () => {
    const [anna, boris] = (await listByTour(db.delegates, tourId)).map((d) => d.id);
    const target = { kind: 'finding' as const, recordId: findingId, field: 'text' };
    await iAm(tourId, anna!);
    await saveTranslation(target, 'be', 'Беларускі тэкст.', { from: 'ru' });
    let stored = (await findings.get(findingId))!;
    expect(stored.translationMeta?.text?.be).toMatchObject({ from: 'ru', by: { delegateId: anna } });

    await editRussian(findingId, 'Новый русский текст.');
    stored = (await findings.get(findingId))!;
    expect(translationState(stored.translationMeta, 'text', stored.text, 'be').status).toBe('needsReview');

    await confirmTranslation(target, 'be');
    stored = (await findings.get(findingId))!;
    expect(translationState(stored.translationMeta, 'text', stored.text, 'be').status).toBe('current');
    // Anna made it: she cannot check it; Boris can.
    await expect(checkTranslation(target, 'be')).rejects.toThrow(/selfCheck/);
    await iAm(tourId, boris!);
    await checkTranslation(target, 'be');
    stored = (await findings.get(findingId))!;
    expect(translationState(stored.translationMeta, 'text', stored.text, 'be').checked).toBe(true);
    expect(stored.translationMeta?.text?.be?.checked?.by).toEqual({ delegateId: boris });
  });

  it('many translations from an imported file are written all together or not at all', async () => {
    const all = await listByTour(db.findings, tourId);
    const writes = all.slice(0, 3).map((finding) => ({
      kind: 'finding' as const,
      recordId: finding.id,
      field: 'title',
      language: 'hu' as const,
      value: `Cím ${finding.id.slice(0, 4)}`,
      from: 'ru' as const,
      translator: { name: 'Kovács Éva' },
    }));
    const before = await dumpDb();
    await expect(
      saveTranslations([...writes, { ...writes[0]!, recordId: 'no-such-finding' }]),
    ).rejects.toThrow(/No finding/);
    expect(await dumpDb()).toEqual(before);

    await saveTranslations(writes);
    for (const write of writes) {
      const stored = (await findings.get(write.recordId))!;
      expect(stored.title.hu).toBe(write.value);
      expect(stored.translationMeta?.title?.hu).toMatchObject({ from: 'ru', by: { name: 'Kovács Éva' } });
    }
  });
});

describe('translation notes between laptops and through backups', () => {
  it('a source edited on one laptop shows the translation made on the other as needing review', async () => {
    let tourId = '';
    let findingId = '';
    let bytes: Uint8Array;
    // Anna translates into Belarusian and sends the tour to Boris.
    let [anna] = await on(null, async () => {
      ({ tourId, findingId } = await sampleWithEnglish());
      await saveTranslation({ kind: 'finding', recordId: findingId, field: 'title' }, 'be', 'Загаловак', {
        from: 'ru',
      });
    });
    [anna, bytes] = await on(anna, () => exportTour(tourId, 'Anna'));
    const [received] = await on(null, () => importAll(bytes));
    // Boris rewrites the Russian title and the text (whose English was translated before fingerprints).
    [, bytes] = await on(received, async () => {
      const stored = (await findings.get(findingId))!;
      expect(stored.translationMeta?.title?.be?.from).toBe('ru');
      await findings.save({
        ...stored,
        title: { ...stored.title, ru: 'Новый заголовок' },
        text: { ...stored.text, ru: 'Новый текст.' },
      });
      return exportTour(tourId, 'Boris');
    });
    // Anna receives it: both translations need review on her laptop too.
    await on(anna, async () => {
      await importAll(bytes);
      const stored = (await findings.get(findingId))!;
      expect(translationState(stored.translationMeta, 'title', stored.title, 'be')).toMatchObject({
        status: 'needsReview',
        newSource: 'Новый заголовок',
      });
      expect(enState(stored)).toMatchObject({ status: 'needsReview', newSource: 'Новый текст.' });
    });
  });

  it('a backup keeps the notes, and restoring it brings them back', async () => {
    await resetDb();
    const { tourId, findingId } = await sampleWithEnglish();
    await editRussian(findingId, 'Изменённый текст.');
    const backup = (await makeBackup({ tourId }, '0.1.0')).bytes;
    const noted = (await findings.get(findingId))!;
    expect(enState(noted).status).toBe('needsReview');

    await resetDb();
    await restoreBackup(await readBackupFile(backup));
    const restored = (await findings.get(findingId))!;
    expect(restored.translationMeta).toEqual(noted.translationMeta);
    expect(enState(restored)).toMatchObject({ status: 'needsReview', newSource: 'Изменённый текст.' });
  });
});

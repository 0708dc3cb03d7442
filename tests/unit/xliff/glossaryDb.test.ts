import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBackup, readBackupFile, restoreBackup } from '../../../renderer/db/backup';
import { deleteGlossaryTerm, saveGlossaryTerm } from '../../../renderer/db/glossary';
import { importSampleFile } from '../../../renderer/db/sampleImport';
import { tours } from '../../../renderer/db/repositories';
import { deleteTour } from '../../../renderer/db/tours';
import { resetDb } from '../db/resetDb';
import { sampleJson } from '../findings/sampleTour';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

describe('the tour’s glossary', () => {
  beforeEach(resetDb);

  it('adds, edits and deletes terms, trimmed, each write a new version of the tour', async () => {
    const tourId = await importSampleFile(structuredClone(sampleJson));
    const added = await saveGlossaryTerm(tourId, {
      text: { ru: ' участковый инспектор ', en: 'community police officer', hu: '' },
      note: ' not "district inspector" ',
    });
    expect(added.text).toEqual({ ru: 'участковый инспектор', en: 'community police officer' });
    expect(added.note).toBe('not "district inspector"');
    await saveGlossaryTerm(tourId, {
      id: 'seed:theme:x',
      text: { ru: 'Профилактика', en: 'Prevention' },
      note: '',
    });
    await saveGlossaryTerm(tourId, { ...added, text: { ...added.text, be: 'участковы інспектар' } });
    let tour = (await tours.get(tourId))!;
    expect(tour.glossary?.map((term) => term.id)).toEqual([added.id, 'seed:theme:x']);
    expect(tour.glossary?.[0]?.text.be).toBe('участковы інспектар');

    await deleteGlossaryTerm(tourId, 'seed:theme:x');
    tour = (await tours.get(tourId))!;
    expect(tour.glossary?.map((term) => term.id)).toEqual([added.id]);
    await expect(saveGlossaryTerm(tourId, { text: { ru: ' ' }, note: '' })).rejects.toThrow();
  });

  it('travels with the tour in a backup', async () => {
    const tourId = await importSampleFile(structuredClone(sampleJson));
    const added = await saveGlossaryTerm(tourId, { text: { ru: 'НКО', en: 'NGO' }, note: 'abbreviation' });
    const backup = await makeBackup({ tourId }, '0.1.0');
    await deleteTour(tourId);
    await restoreBackup(await readBackupFile(backup.bytes));
    expect((await tours.get(tourId))?.glossary).toEqual([added]);
  });
});

import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/db/database';
import { saveFinding } from '../../../renderer/db/findings';
import * as repos from '../../../renderer/db/repositories';
import { SaveConflictError, listByTour } from '../../../renderer/db/repository';
import { importSampleFile } from '../../../renderer/db/sampleImport';
import { updateTour } from '../../../renderer/db/tours';
import type { Attachment, Finding, Tour } from '../../../renderer/domain/entities';
import { basisOf } from '../../../renderer/domain/merge';
import { resetDb } from './resetDb';

// Real IndexedDB work on shared, often overloaded machines: allow more than the default 5 s.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const sample: unknown = JSON.parse(
  readFileSync(
    new URL('../../../renderer/assets/sample/study-tour-hungary-2010.json', import.meta.url),
    'utf8',
  ),
);

let tourId: string;
beforeEach(async () => {
  await resetDb();
  tourId = await importSampleFile(sample);
});

describe("the Documents screen's requisites, saved against the part the editor was opened on", () => {
  // What the requisites editor shows: the report's place in Russian and its registration number.
  const part = (tour: Tour) => ({
    place: tour.requisites?.place?.ru ?? '',
    number: tour.requisites?.registration?.report?.number ?? '',
  });
  const withRequisites = (place: string, number: string) => (tour: Tour) => ({
    ...tour,
    requisites: {
      ...tour.requisites,
      place: { ...tour.requisites?.place, ru: place },
      registration: { ...tour.requisites?.registration, report: { date: '', number } },
    },
  });
  const stored = async () => (await repos.tours.get(tourId))!;

  it('refuses when another tab changed those requisites meanwhile, overwriting nothing', async () => {
    const opened = part(await stored());
    await updateTour(tourId, withRequisites('г. Минск', '01-12/345'));
    const stale = updateTour(tourId, withRequisites('г. Брест', '7'), { typedOver: { part, opened } });
    const conflict = (await stale.catch((error: unknown) => error)) as SaveConflictError;
    expect(conflict).toBeInstanceOf(SaveConflictError);
    expect(part(conflict.stored as unknown as Tour)).toEqual({ place: 'г. Минск', number: '01-12/345' });
    expect(part(await stored())).toEqual({ place: 'г. Минск', number: '01-12/345' });
  });

  it('saves once the user has seen the version stored ("keep mine"), against that version', async () => {
    const opened = part(await stored());
    await updateTour(tourId, withRequisites('г. Минск', '01-12/345'));
    const shown = await stored();
    await updateTour(tourId, withRequisites('г. Брест', '7'), {
      typedOver: { part, opened },
      basedOn: basisOf(shown),
    });
    expect(part(await stored())).toEqual({ place: 'г. Брест', number: '7' });
    // Changed yet again after the dialog: asked again.
    await updateTour(tourId, withRequisites('г. Гродно', '8'));
    await expect(
      updateTour(tourId, withRequisites('г. Брест', '9'), {
        typedOver: { part, opened },
        basedOn: basisOf(shown),
      }),
    ).rejects.toBeInstanceOf(SaveConflictError);
  });

  it('is no conflict when other parts of the tour changed (the other editors of the screen)', async () => {
    const opened = part(await stored());
    await updateTour(tourId, (tour) => ({ ...tour, abbreviations: [] }));
    await updateTour(tourId, (tour) => ({ ...tour, funding: { ru: 'Бюджет' } }));
    await updateTour(tourId, withRequisites('г. Минск', '1'), { typedOver: { part, opened } });
    const now = await stored();
    expect(part(now)).toEqual({ place: 'г. Минск', number: '1' });
    expect(now.funding?.ru).toBe('Бюджет');
  });

  it('is no conflict when the change made meanwhile is the one being saved', async () => {
    const opened = part(await stored());
    await updateTour(tourId, withRequisites('г. Минск', '1'));
    await expect(
      updateTour(tourId, withRequisites('г. Минск', '1'), { typedOver: { part, opened } }),
    ).resolves.toBeDefined();
  });
});

describe("a stored photo's caption, saved with its finding against the version the form was opened on", () => {
  async function findingWithPhoto(): Promise<{ finding: Finding; photo: Attachment }> {
    const findings = await listByTour(db.findings, tourId);
    const finding = findings[0]!;
    await saveFinding(finding, {
      add: [
        {
          blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' }),
          thumbnail: null,
          width: 10,
          height: 10,
          fileName: 'street.jpg',
          mimeType: 'image/jpeg',
          caption: { en: 'The street' },
        },
      ],
    });
    const photo = (await db.attachments.where('ownerId').equals(finding.id).toArray()).find(
      (attachment) => attachment.fileName === 'street.jpg',
    )!;
    return { finding: (await repos.findings.get(finding.id))!, photo };
  }
  const captionOf = async (id: string) => (await db.attachments.get(id))?.caption;
  const captionElsewhere = async (photo: Attachment, en: string) =>
    repos.attachments.save({ ...(await db.attachments.get(photo.id))!, caption: { en } });

  it('refuses a caption changed meanwhile in another tab: nothing of the form is written', async () => {
    const { finding, photo } = await findingWithPhoto();
    await captionElsewhere(photo, 'Caption from the other tab');
    const stale = saveFinding(
      { ...finding, tags: ['stale form'] },
      {
        captions: { [photo.id]: { en: 'Caption of the stale form' } },
        versions: { [photo.id]: basisOf(photo) },
      },
      { basedOn: basisOf(finding) },
    );
    const conflict = (await stale.catch((error: unknown) => error)) as SaveConflictError;
    expect(conflict).toBeInstanceOf(SaveConflictError);
    expect(conflict.kind.alongside).toBe(true);
    expect(conflict.stored.id).toBe(photo.id);
    expect(await captionOf(photo.id)).toEqual({ en: 'Caption from the other tab' });
    expect((await repos.findings.get(finding.id))?.tags).toEqual(finding.tags);
  });

  it('"keep mine" writes my caption over the version shown; "keep the saved one" keeps it and saves the rest', async () => {
    const { finding, photo } = await findingWithPhoto();
    const other = await captionElsewhere(photo, 'Caption from the other tab');
    const changes = {
      captions: { [photo.id]: { en: 'Mine' } },
      versions: { [photo.id]: basisOf(photo) },
    };
    await saveFinding({ ...finding, tags: ['mine'] }, changes, {
      basedOn: basisOf(finding),
      alongside: { [photo.id]: { basedOn: basisOf(other) } },
    });
    expect(await captionOf(photo.id)).toEqual({ en: 'Mine' });

    const again = await captionElsewhere(photo, 'Changed once more');
    const saved = (await repos.findings.get(finding.id))!;
    await saveFinding({ ...saved, tags: ['the rest of the form'] }, changes, {
      basedOn: basisOf(saved),
      alongside: { [photo.id]: { basedOn: basisOf(again), keepStored: true } },
    });
    expect(await captionOf(photo.id)).toEqual({ en: 'Changed once more' });
    expect((await repos.findings.get(finding.id))?.tags).toEqual(['the rest of the form']);
  });

  it('a caption the form did not change is not written: no new version, no conflict', async () => {
    const { finding, photo } = await findingWithPhoto();
    await saveFinding(finding, {
      captions: { [photo.id]: photo.caption },
      versions: { [photo.id]: basisOf(photo) },
    });
    expect((await db.attachments.get(photo.id))?.revision).toBe(photo.revision);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { organisations, tours } from '../../../renderer/db/repositories';
import { RecordValidationError } from '../../../renderer/db/repository';
import { createTour, deleteTour, updateTour } from '../../../renderer/db/tours';
import { resetDb } from './resetDb';
import { TOUR_DRAFT as tourDraft } from './tourDraft';

describe('repository writes', () => {
  beforeEach(resetDb);

  it('stamps a new record with id, revision 1, device and timestamps', async () => {
    const tour = await tours.save(tourDraft);
    expect(tour.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(tour.revision).toBe(1);
    expect(tour.deviceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(tour.createdAt).toBe(tour.updatedAt);
    expect(tour.deletedAt).toBeNull();
  });

  it('bumps revision and updatedAt on every update, keeps createdAt', async () => {
    const first = await tours.save(tourDraft);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await tours.save({ ...first, title: { en: 'Renamed' } });
    expect(second.revision).toBe(2);
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.updatedAt > first.updatedAt).toBe(true);
    expect((await db.tours.get(first.id))?.title.en).toBe('Renamed');
  });

  it('refuses an invalid record and stores nothing', async () => {
    await expect(tours.save({ ...tourDraft, hostCountry: 'Hungary' })).rejects.toBeInstanceOf(
      RecordValidationError,
    );
    expect(await db.tours.count()).toBe(0);
  });

  it('leaves a tombstone on delete, which get() no longer returns', async () => {
    const tour = await tours.save(tourDraft);
    const org = await organisations.save({
      tourId: tour.id,
      kind: 'police',
      name: { hu: 'Országos Rendőr-főkapitányság' },
      city: 'Budapest',
      address: '',
      website: '',
      notes: '',
    });
    await organisations.remove(org.id);
    expect(await organisations.get(org.id)).toBeUndefined();
    const stored = await db.organisations.get(org.id);
    expect(stored?.deletedAt).not.toBeNull();
    expect(stored?.revision).toBe(2);
  });

  it('starts a new tour with the five key points in four languages', async () => {
    const tour = await createTour(tourDraft);
    const keyPoints = await db.themes.where('tourId').equals(tour.id).sortBy('order');
    expect(keyPoints).toHaveLength(5);
    for (const point of keyPoints) expect(Object.keys(point.title).sort()).toEqual(['be', 'en', 'hu', 'ru']);
  });

  it('deletes a tour with all its records as tombstones', async () => {
    const tour = await createTour(tourDraft);
    await deleteTour(tour.id);
    const keyPoints = await db.themes.where('tourId').equals(tour.id).toArray();
    expect(keyPoints.every((point) => point.deletedAt !== null)).toBe(true);
    expect((await db.tours.get(tour.id))?.deletedAt).not.toBeNull();
  });

  it('updates the tour over what is stored now, keeping what another screen changed meanwhile', async () => {
    const tour = await createTour(tourDraft);
    // Another screen changes the purpose after this one read the tour.
    await tours.save({ ...tour, purpose: { ru: 'Изучение опыта' } });
    const updated = await updateTour(tour.id, (current) => ({ ...current, funding: { en: 'OSCE' } }));
    expect(updated.funding).toEqual({ en: 'OSCE' });
    expect(updated.purpose).toEqual({ ru: 'Изучение опыта' });
    expect(updated.revision).toBe(3);
    await expect(updateTour('no-such-tour', (current) => current)).rejects.toThrow(/No tour/);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import {
  addKeyPoint,
  deleteFinding,
  deleteMaterial,
  DraftProblemsError,
  recommendationsBasedOn,
  renameKeyPoint,
  reorderKeyPoints,
  reorderRecommendations,
  saveFinding,
  saveMaterial,
  saveRecommendation,
  type NewPhoto,
} from '../../../renderer/db/findings';
import { listByTour } from '../../../renderer/db/repository';
import {
  danglingLinks,
  groupByKeyPoint,
  groupByVisit,
  moveTo,
  numberByOrder,
  sortByOrder,
} from '../../../renderer/domain/findings';
import type { Finding } from '../../../renderer/domain/entities';
import { resetDb } from '../db/resetDb';
import { loadSampleTour, readTour, sampleJson } from './sampleTour';

const photo = (name: string): NewPhoto => ({
  blob: new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' }),
  thumbnail: new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' }),
  width: 2000,
  height: 1500,
  fileName: name,
  mimeType: 'image/jpeg',
});

function findingDraft(
  tourId: string,
  themeId: string,
): Omit<Finding, 'id' | 'createdAt' | 'updatedAt' | 'deviceId' | 'revision' | 'deletedAt'> {
  return {
    tourId,
    themeId,
    eventId: null,
    kind: 'observation',
    title: { ru: 'Приёмная открыта круглосуточно' },
    text: { ru: 'Первый абзац.\n\n- пункт' },
    sourceContactIds: [],
    authorDelegateId: null,
    date: null,
    tags: [],
    applicability: null,
    applicabilityNote: {},
    includeInReport: false,
  };
}

describe('findings in the database', () => {
  beforeEach(resetDb);

  it("shows the sample tour's 16 findings under the right key points and visits", async () => {
    const tour = await loadSampleTour();
    expect(tour.findings).toHaveLength(16);
    expect(tour.recommendations).toHaveLength(7);
    expect(tour.materials).toHaveLength(5);
    const byKeyPoint = groupByKeyPoint(tour.themes, tour.findings);
    expect(byKeyPoint.map((group) => group.findings.length)).toEqual([3, 4, 3, 3, 3]);
    expect(byKeyPoint.every((group) => group.key !== null)).toBe(true);
    const byTitle = new Map(tour.findings.map((f) => [f.title.ru, f]));
    const sortedKeyPoints = sortByOrder(tour.themes);
    const sortedEvents = [...tour.events].sort((a, b) => (a.start < b.start ? -1 : 1));
    for (const sample of sampleJson.findings) {
      const stored = byTitle.get(sample.title.ru)!;
      expect(stored.themeId).toBe(sortedKeyPoints[Number(sample.themeId.slice(1)) - 1]!.id);
      if (sample.eventId) expect(stored.eventId).toBe(sortedEvents[Number(sample.eventId.slice(1)) - 1]!.id);
    }
    const byVisit = groupByVisit(sortedEvents, tour.findings);
    expect(byVisit.reduce((sum, group) => sum + group.findings.length, 0)).toBe(16);
    expect(danglingLinks(tour.recommendations, tour.findings)).toEqual([]);
  });

  it('saves a finding with its photos in one go', async () => {
    const tour = await loadSampleTour();
    const keyPoint3 = sortByOrder(tour.themes)[2]!;
    const finding = await saveFinding(findingDraft(tour.tour.id, keyPoint3.id), {
      add: [photo('a.jpg'), photo('b.jpg')],
    });
    const photos = await db.attachments.where('ownerId').equals(finding.id).sortBy('order');
    expect(photos.map((p) => [p.fileName, p.order, p.ownerType])).toEqual([
      ['a.jpg', 0, 'finding'],
      ['b.jpg', 1, 'finding'],
    ]);
    expect(photos[0]!.blob).toBeInstanceOf(Blob);
    expect(photos[0]!.blob.size).toBe(4);

    await saveFinding(finding, {
      remove: [photos[0]!.id],
      captions: { [photos[1]!.id]: { en: 'Reception room' } },
    });
    const kept = await listByTour(db.attachments, tour.tour.id);
    expect(kept.map((p) => [p.fileName, p.caption])).toEqual([['b.jpg', { en: 'Reception room' }]]);
  });

  it('refuses an empty title or a missing key point and writes nothing, photos included', async () => {
    const tour = await loadSampleTour();
    const themeId = tour.themes[0]!.id;
    await expect(
      saveFinding({ ...findingDraft(tour.tour.id, themeId), title: { ru: '  ' } }, { add: [photo('a.jpg')] }),
    ).rejects.toBeInstanceOf(DraftProblemsError);
    await expect(
      saveFinding({ ...findingDraft(tour.tour.id, '') }, { add: [photo('a.jpg')] }),
    ).rejects.toMatchObject({
      problems: { themeId: 'keyPointRequired' },
    });
    await expect(
      saveFinding(findingDraft(tour.tour.id, 'no-such-key-point'), { add: [photo('a.jpg')] }),
    ).rejects.toBeInstanceOf(DraftProblemsError);
    expect(await db.findings.count()).toBe(16);
    expect(await db.attachments.count()).toBe(0);
  });

  it('rolls back the finding when a photo cannot be stored', async () => {
    const tour = await loadSampleTour();
    const broken = { ...photo('x.jpg'), width: 0 };
    await expect(
      saveFinding(findingDraft(tour.tour.id, tour.themes[0]!.id), { add: [broken] }),
    ).rejects.toThrow();
    expect(await db.findings.count()).toBe(16);
  });

  it('deleting a finding unlinks it from every recommendation in the same transaction, leaving no dangling link', async () => {
    const tour = await loadSampleTour();
    const used = tour.findings.find((f) => tour.recommendations.some((r) => r.findingIds.includes(f.id)))!;
    const users = await recommendationsBasedOn(used);
    expect(users.length).toBeGreaterThan(0);
    await saveFinding(used, { add: [photo('p.jpg')] });

    const unlinked = await deleteFinding(used.id);
    expect(unlinked.sort()).toEqual(users.map((r) => r.id).sort());

    const after = await readTour(tour.tour.id);
    expect(after.findings).toHaveLength(15);
    expect(after.recommendations).toHaveLength(7);
    expect(danglingLinks(after.recommendations, after.findings)).toEqual([]);
    for (const rec of after.recommendations.filter((r) => unlinked.includes(r.id))) {
      expect(rec.findingIds).not.toContain(used.id);
      expect(rec.revision).toBe(2);
    }
    expect(await listByTour(db.attachments, tour.tour.id)).toEqual([]);
    expect((await db.findings.get(used.id))?.deletedAt).not.toBeNull();
  });

  it('a deletion that fails half-way changes nothing', async () => {
    const tour = await loadSampleTour();
    const used = tour.findings.find((f) => tour.recommendations.some((r) => r.findingIds.includes(f.id)))!;
    // Corrupt one of the recommendations so that its re-save fails validation inside the transaction.
    const victim = (await recommendationsBasedOn(used))[0]!;
    await db.recommendations.put({ ...victim, priority: 'urgent' as never });
    await expect(deleteFinding(used.id)).rejects.toThrow();
    const after = await readTour(tour.tour.id);
    expect(after.findings).toHaveLength(16);
    expect(after.recommendations.every((r) => r.revision === 1)).toBe(true);
  });
});

describe('recommendations in the database', () => {
  beforeEach(resetDb);

  it('a proposed recommendation goes last, links its finding, and drops links to deleted findings', async () => {
    const tour = await loadSampleTour();
    const [first, second] = tour.findings;
    await deleteFinding(second!.id);
    const rec = await saveRecommendation({
      tourId: tour.tour.id,
      text: { ru: 'Открыть приёмные' },
      findingIds: [first!.id, second!.id, first!.id],
      priority: 'medium',
      horizon: 'short',
      responsible: {},
      status: 'draft',
    });
    expect(rec.findingIds).toEqual([first!.id]);
    const numbers = numberByOrder(await listByTour(db.recommendations, tour.tour.id));
    expect(numbers.get(rec.id)).toBe(8);
  });

  it('refuses a recommendation without text', async () => {
    const tour = await loadSampleTour();
    await expect(
      saveRecommendation({
        tourId: tour.tour.id,
        text: {},
        findingIds: [],
        priority: 'medium',
        horizon: 'short',
        responsible: {},
        status: 'draft',
      }),
    ).rejects.toBeInstanceOf(DraftProblemsError);
  });

  it('re-orders in one transaction and renumbers 1..n', async () => {
    const tour = await loadSampleTour();
    const recs = tour.recommendations;
    const last = sortByOrder(recs).at(-1)!;
    await reorderRecommendations(tour.tour.id, moveTo(recs, last.id, 0));
    const after = await listByTour(db.recommendations, tour.tour.id);
    const numbers = numberByOrder(after);
    expect(numbers.get(last.id)).toBe(1);
    expect([...numbers.values()].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // Every record moved by one place, so all seven were re-stamped.
    expect(after.every((r) => r.revision === 2)).toBe(true);
  });
});

describe('key points and materials', () => {
  beforeEach(resetDb);

  it('adds, renames and re-orders key points', async () => {
    const tour = await loadSampleTour();
    const added = await addKeyPoint(tour.tour.id, { en: 'Youth work' });
    expect(added.order).toBe(5);
    await renameKeyPoint(added.id, { en: 'Work with young people', ru: 'Работа с молодёжью' });
    await reorderKeyPoints(tour.tour.id, moveTo([...tour.themes, added], added.id, 0));
    const themes = sortByOrder(await listByTour(db.themes, tour.tour.id));
    expect(themes[0]!.title).toEqual({ en: 'Work with young people', ru: 'Работа с молодёжью' });
    expect(themes.map((t) => t.order)).toEqual([0, 1, 2, 3, 4, 5]);
    await expect(renameKeyPoint(added.id, { en: '' })).rejects.toBeInstanceOf(DraftProblemsError);
  });

  it("keeps a material's file as a Blob, replaces and removes it, and deletes both together", async () => {
    const tour = await loadSampleTour();
    const material = tour.materials[0]!;
    const bytes = new TextEncoder().encode('%PDF-1.4 fake law');
    const withFile = await saveMaterial(material, {
      blob: new Blob([bytes], { type: 'application/pdf' }),
      fileName: 'law.pdf',
      mimeType: 'application/pdf',
    });
    const attachment = await db.attachments.get(withFile.attachmentId!);
    expect(attachment?.ownerId).toBe(material.id);
    expect(new Uint8Array(await attachment!.blob.arrayBuffer())).toEqual(bytes);

    const unchanged = await saveMaterial({ ...withFile, kind: 'other' });
    expect(unchanged.attachmentId).toBe(withFile.attachmentId);

    const removed = await saveMaterial(withFile, null);
    expect(removed.attachmentId).toBeNull();
    expect((await db.attachments.get(withFile.attachmentId!))?.deletedAt).not.toBeNull();

    const again = await saveMaterial(removed, { blob: new Blob([bytes]), fileName: 'law.pdf', mimeType: '' });
    await deleteMaterial(again.id);
    expect(await listByTour(db.attachments, tour.tour.id)).toEqual([]);
    expect(await listByTour(db.materials, tour.tour.id)).toHaveLength(4);
  });

  it('refuses a material without a title', async () => {
    const tour = await loadSampleTour();
    await expect(saveMaterial({ ...tour.materials[0]!, title: {} })).rejects.toBeInstanceOf(
      DraftProblemsError,
    );
  });
});

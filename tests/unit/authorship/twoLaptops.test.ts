import { exchangeFileOf as exportTour, onLaptop as on } from '../backup/laptop';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/db/database';
import { applyExchangeImport, planExchangeImport } from '../../../renderer/db/exchange';
import { currentDelegateId, setCurrentDelegateId } from '../../../renderer/db/identity';
import { findings } from '../../../renderer/db/repositories';
import { takeReviewStep } from '../../../renderer/db/review';
import { reviewStateOf } from '../../../renderer/domain/review';
import { listByTour } from '../../../renderer/db/repository';
import type { Delegate } from '../../../renderer/domain/entities';
import { sampleTourWithPhoto } from '../backup/laptop';

// Real IndexedDB work on shared, often overloaded machines: allow more than the default 5 s.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

// Two laptops in one process: each reads its own device id from its own database.
vi.mock('../../../renderer/db/settings', async (importOriginal) =>
  (await import('../backup/laptopDeviceId')).withPerLaptopDeviceId(
    await importOriginal<typeof import('../../../renderer/db/settings')>(),
  ),
);

async function importAll(bytes: Uint8Array) {
  await applyExchangeImport(await planExchangeImport(bytes), new Map());
}

describe('who wrote what, across two laptops', () => {
  it('a finding created by delegate A on laptop A and approved by the head on laptop B names both on both laptops', async () => {
    let tourId = '';
    let head: Delegate | undefined;
    let member: Delegate | undefined;
    let findingId = '';
    const [laptopA, fromA] = await on(null, async () => {
      tourId = (await sampleTourWithPhoto()).tourId;
      const delegates = await listByTour(db.delegates, tourId);
      head = delegates.find((d) => d.role === 'head');
      member = delegates.find((d) => d.role !== 'head');
      await setCurrentDelegateId(tourId, member!.id);
      const [theme] = await listByTour(db.themes, tourId);
      const finding = await findings.save({
        tourId,
        themeId: theme!.id,
        eventId: null,
        kind: 'good-practice',
        title: { ru: 'Участковый принимает по вечерам' },
        text: { ru: 'Приём граждан с 17 до 20 часов.' },
        sourceContactIds: [],
        authorDelegateId: member!.id,
        date: null,
        tags: [],
        applicability: 'adapt',
        applicabilityNote: {},
        includeInReport: true,
      });
      findingId = finding.id;
      await takeReviewStep('findings', finding.id, 'propose');
      return exportTour(tourId, 'A');
    });

    const [laptopB, fromB] = await on(null, async () => {
      await importAll(fromA);
      // "Which delegate am I" is this laptop's own: it did not come with the file.
      expect(await currentDelegateId(tourId)).toBeNull();
      await setCurrentDelegateId(tourId, head!.id);
      await takeReviewStep('findings', findingId, 'approve');
      const stored = await findings.get(findingId);
      await findings.save({ ...stored!, title: { ...stored!.title, en: 'Evening office hours' } });
      return exportTour(tourId, 'B');
    });

    const [, onA] = await on(laptopA, async () => {
      await importAll(fromB);
      return findings.get(findingId);
    });
    const [, onB] = await on(laptopB, () => findings.get(findingId));
    for (const finding of [onA, onB]) {
      expect(finding?.createdBy).toBe(member!.id);
      expect(finding?.updatedBy).toBe(head!.id);
      // Approved by the head on laptop B; a translation added after it keeps the approval.
      expect(reviewStateOf(finding!)).toBe('approved');
      expect(finding?.review?.by).toBe(head!.id);
      expect(finding?.changes?.map((entry) => [entry.action, entry.by, entry.fields])).toEqual([
        ['created', member!.id, []],
        ['changed', member!.id, ['review', 'status']],
        ['changed', head!.id, ['review.at', 'review.by', 'status']],
        ['changed', head!.id, ['title.en']],
      ]);
    }
  });
});

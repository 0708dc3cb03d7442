import { exchangeFileOf as exportTour, onLaptop as on } from '../backup/laptop';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/db/database';
import { mergeContacts } from '../../../renderer/db/duplicates';
import { applyExchangeImport, planExchangeImport } from '../../../renderer/db/exchange';
import { deleteEventKeepingFindings } from '../../../renderer/db/programme';
import { restoreDeleted } from '../../../renderer/db/recycleBin';
import { listByTour } from '../../../renderer/db/repository';
import { sampleTourWithPhoto } from '../backup/laptop';

// Real IndexedDB work on shared, often overloaded machines: allow more than the default 5 s.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

// Two laptops in one process: each laptop's device id is read from its own database.
vi.mock('../../../renderer/db/settings', async (importOriginal) =>
  (await import('../backup/laptopDeviceId')).withPerLaptopDeviceId(
    await importOriginal<typeof import('../../../renderer/db/settings')>(),
  ),
);

async function importAll(bytes: Uint8Array) {
  const plan = await planExchangeImport(bytes);
  expect(plan.conflicts).toEqual([]);
  return applyExchangeImport(plan, new Map());
}

describe('merges and deletions travel by exchange with their links', () => {
  it('a colleague gets the merged contact, and can restore an event deleted here with its findings', async () => {
    let tourId = '';
    let keptId = '';
    let removedId = '';
    let eventId = '';
    let noted: string[] = [];
    const [anna, first] = await on(null, async () => {
      tourId = (await sampleTourWithPhoto()).tourId;
      return exportTour(tourId);
    });
    const [boris] = await on(null, () => importAll(first));

    const [, bytes] = await on(anna, async () => {
      const events = await listByTour(db.events, tourId);
      const findings = await listByTour(db.findings, tourId);
      const host = events.find((event) => event.hostContactIds.length > 0)!;
      keptId = host.hostContactIds[0]!;
      removedId = findings.flatMap((f) => f.sourceContactIds).find((id) => id !== keptId)!;
      await mergeContacts(keptId, removedId);
      const event = events.find((candidate) => findings.some((f) => f.eventId === candidate.id))!;
      eventId = event.id;
      noted = findings.filter((f) => f.eventId === eventId).map((f) => f.id);
      await deleteEventKeepingFindings(eventId);
      return exportTour(tourId);
    });

    await on(boris, async () => {
      await importAll(bytes);
      expect((await db.contacts.get(removedId))?.deletedAt).not.toBeNull();
      const records = [...(await listByTour(db.events, tourId)), ...(await listByTour(db.findings, tourId))];
      expect(JSON.stringify(records)).not.toContain(removedId);
      // Boris restores the event Anna deleted, from "Recently deleted": its findings are linked again.
      await restoreDeleted('events', eventId);
      for (const id of noted) expect((await db.findings.get(id))?.eventId).toBe(eventId);
    });
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { mergeContacts, mergeOrganisations } from '../../../renderer/db/duplicates';
import { deviceId } from '../../../renderer/db/settings';
import { resetDb } from '../db/resetDb';
import { loadSampleTour, readTour } from '../findings/sampleTour';

type Tour = Awaited<ReturnType<typeof loadSampleTour>>;
const contactLinks = (record: Record<string, unknown>) =>
  [record.hostContactIds, record.interpreterContactId, record.sourceContactIds, record.receivedFromContactId]
    .flat()
    .filter((id): id is string => typeof id === 'string');

function byId(tour: Tour) {
  return new Map(
    [...tour.events, ...tour.findings, ...tour.materials, ...tour.contacts].map((record) => [
      record.id,
      record,
    ]),
  );
}

describe('merging two contacts in the database', () => {
  beforeEach(resetDb);

  it('moves every visit, source and material to the kept contact and leaves a tombstone, as new versions', async () => {
    const tour = await loadSampleTour();
    const host = tour.events.find((event) => event.hostContactIds.length > 0)!;
    const keptId = host.hostContactIds[0]!;
    const source = tour.findings.find((finding) => finding.sourceContactIds.some((id) => id !== keptId))!;
    const removedId = source.sourceContactIds.find((id) => id !== keptId)!;
    const before = byId(tour);
    const device = await deviceId();

    await mergeContacts(keptId, removedId);

    expect((await db.contacts.get(removedId))?.deletedAt).not.toBeNull();
    const kept = (await db.contacts.get(keptId))!;
    expect(kept.deletedAt).toBeNull();
    expect(kept.revision).toBe(before.get(keptId)!.revision + 1);

    const after = await readTour(tour.tour.id);
    let moved = 0;
    for (const record of [...after.events, ...after.findings, ...after.materials]) {
      const links = contactLinks(record as unknown as Record<string, unknown>);
      const old = before.get(record.id)!;
      const oldLinks = contactLinks(old as unknown as Record<string, unknown>);
      expect(links).not.toContain(removedId);
      if (oldLinks.includes(removedId)) {
        moved++;
        expect(links).toContain(keptId);
        // A change of this laptop like any other: it travels by exchange.
        expect(record.revision).toBe(old.revision + 1);
        expect(record.vv?.[device]).toBeGreaterThan(old.vv?.[device] ?? 0);
      } else {
        expect(record).toEqual(old);
      }
    }
    expect(moved).toBeGreaterThan(0);
    // The other contacts stay as they were.
    for (const contact of after.contacts)
      if (contact.id !== keptId) expect(contact).toEqual(before.get(contact.id));
  });

  it('moves an organisation’s people and programme events to the kept organisation', async () => {
    const tour = await loadSampleTour();
    const [kept, removed] = tour.organisations.filter((organisation) =>
      tour.contacts.some((contact) => contact.organisationId === organisation.id),
    );
    const people = tour.contacts.filter((contact) => contact.organisationId === removed!.id).map((c) => c.id);
    await mergeOrganisations(kept!.id, removed!.id);
    expect((await db.organisations.get(removed!.id))?.deletedAt).not.toBeNull();
    const after = await readTour(tour.tour.id);
    expect(after.contacts.filter((contact) => contact.organisationId === removed!.id)).toEqual([]);
    expect(after.events.filter((event) => event.organisationId === removed!.id)).toEqual([]);
    for (const id of people) expect(after.contacts.find((c) => c.id === id)?.organisationId).toBe(kept!.id);
  });

  it('writes nothing when the merge is refused', async () => {
    const tour = await loadSampleTour();
    const contact = tour.contacts[0]!;
    await expect(mergeContacts(contact.id, contact.id)).rejects.toThrow(/Cannot merge/);
    expect((await db.contacts.get(contact.id))?.revision).toBe(contact.revision);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { removeOrganisation } from '../../../renderer/db/contacts';
import { db } from '../../../renderer/db/database';
import { deleteFinding, deleteMaterial, saveMaterial } from '../../../renderer/db/findings';
import { deleteDelegate, deleteEventKeepingFindings } from '../../../renderer/db/programme';
import { listRecentlyDeleted, restoreDeleted } from '../../../renderer/db/recycleBin';
import { findings as findingRepository, recommendations } from '../../../renderer/db/repositories';
import {
  delegateUsage,
  linksToRestore,
  organisationUsage,
  relinked,
} from '../../../renderer/domain/recycleBin';
import { resetDb } from '../db/resetDb';
import { loadSampleTour, readTour } from '../findings/sampleTour';

describe('links a restore puts back', () => {
  it('only in fields that refer to the deleted record’s table', () => {
    expect(
      linksToRestore('delegates', {
        'events.delegateIds': ['e1', 'e1'],
        'findings.authorDelegateId': ['f1'],
        'findings.themeId': ['f2'], // not a link to a delegate: ignored
        'tours.title': ['t1'],
      }),
    ).toEqual([
      { kind: 'events', field: 'delegateIds', ids: ['e1'] },
      { kind: 'findings', field: 'authorDelegateId', ids: ['f1'] },
    ]);
    expect(linksToRestore('contacts', undefined)).toEqual([]);
  });

  it('adds to a list once, fills an empty link, and never overrides a later choice', () => {
    expect(relinked({ ids: ['a'] }, 'ids', 'b')).toEqual({ ids: ['a', 'b'] });
    expect(relinked({ ids: ['a', 'b'] }, 'ids', 'b')).toBeNull();
    expect(relinked({ eventId: null }, 'eventId', 'e1')).toEqual({ eventId: 'e1' });
    expect(relinked({ eventId: 'e2' }, 'eventId', 'e1')).toBeNull();
  });
});

describe('what the delete dialogs say refers to a record', () => {
  const live = { deletedAt: null };
  const gone = { deletedAt: '2026-11-30T10:00:00.000Z' };
  it('counts an organisation’s people and visits, live ones only', () => {
    expect(
      organisationUsage('o1', {
        contacts: [
          { ...live, organisationId: 'o1' },
          { ...gone, organisationId: 'o1' },
          { ...live, organisationId: 'o2' },
        ],
        events: [{ ...live, organisationId: 'o1' }],
      }),
    ).toEqual({ contacts: 1, visits: 1 });
  });
  it('counts a delegate’s visits and the findings they wrote', () => {
    expect(
      delegateUsage('d1', {
        events: [
          { ...live, delegateIds: ['d1', 'd2'] },
          { ...gone, delegateIds: ['d1'] },
        ],
        findings: [
          { ...live, authorDelegateId: 'd1' },
          { ...live, authorDelegateId: null },
        ],
      }),
    ).toEqual({ visits: 1, findings: 1 });
  });
});

describe('every deletion comes back with its links', () => {
  beforeEach(resetDb);

  it('a delegation member, back in the visits and as the author of findings', async () => {
    const tour = await loadSampleTour();
    const delegate = tour.delegates.find((member) =>
      tour.events.some((event) => event.delegateIds.includes(member.id)),
    )!;
    const visits = tour.events.filter((event) => event.delegateIds.includes(delegate.id)).map((e) => e.id);
    const authored = tour.findings.find((finding) => finding.authorDelegateId !== delegate.id)!;
    await findingRepository.save({ ...authored, authorDelegateId: delegate.id });

    await deleteDelegate(delegate.id);
    const tombstone = (await db.delegates.get(delegate.id))!;
    expect(tombstone.unlinked?.['events.delegateIds']?.sort()).toEqual([...visits].sort());
    expect((await db.findings.get(authored.id))?.authorDelegateId).toBeNull();

    await restoreDeleted('delegates', delegate.id);
    const after = await readTour(tour.tour.id);
    expect(
      after.events
        .filter((event) => event.delegateIds.includes(delegate.id))
        .map((e) => e.id)
        .sort(),
    ).toEqual([...visits].sort());
    expect(after.findings.find((finding) => finding.id === authored.id)?.authorDelegateId).toBe(delegate.id);
    const restored = (await db.delegates.get(delegate.id))!;
    expect(restored.deletedAt).toBeNull();
    expect(restored.unlinked).toBeUndefined();
  });

  it('a programme event, with the findings and materials noted there', async () => {
    const tour = await loadSampleTour();
    const event = tour.events.find((candidate) =>
      tour.findings.some((finding) => finding.eventId === candidate.id),
    )!;
    const noted = tour.findings.filter((finding) => finding.eventId === event.id).map((f) => f.id);
    const material = tour.materials[0]!;
    await saveMaterial({ ...material, eventId: event.id });

    await deleteEventKeepingFindings(event.id);
    expect((await db.findings.get(noted[0]!))?.eventId).toBeNull();
    // One of them is moved to another visit before the restore: that later choice stays.
    const other = tour.events.find((candidate) => candidate.id !== event.id)!;
    const moved = (await db.findings.get(noted[0]!))!;
    await findingRepository.save({ ...moved, eventId: other.id });

    // From "Recently deleted", not Undo: the tombstone itself knows the links.
    const [entry] = await listRecentlyDeleted(tour.tour.id);
    expect(entry?.record.id).toBe(event.id);
    await restoreDeleted('events', event.id);
    const after = await readTour(tour.tour.id);
    expect(after.events.map((each) => each.id)).toContain(event.id);
    for (const id of noted.slice(1)) expect(after.findings.find((f) => f.id === id)?.eventId).toBe(event.id);
    expect(after.findings.find((f) => f.id === noted[0])?.eventId).toBe(other.id);
    expect(after.materials.find((m) => m.id === material.id)?.eventId).toBe(event.id);
  });

  it('an organisation, with its people', async () => {
    const tour = await loadSampleTour();
    const organisation = tour.organisations.find((candidate) =>
      tour.contacts.some((contact) => contact.organisationId === candidate.id),
    )!;
    const people = tour.contacts.filter((c) => c.organisationId === organisation.id).map((c) => c.id);
    await removeOrganisation(organisation.id);
    expect((await db.contacts.get(people[0]!))?.organisationId).toBeNull();
    await restoreDeleted('organisations', organisation.id);
    const after = await readTour(tour.tour.id);
    expect(
      after.contacts
        .filter((c) => c.organisationId === organisation.id)
        .map((c) => c.id)
        .sort(),
    ).toEqual([...people].sort());
  });

  it('a finding restored from "Recently deleted", back in its recommendations', async () => {
    const tour = await loadSampleTour();
    const recommendation = tour.recommendations.find((rec) => rec.findingIds.length > 0)!;
    const findingId = recommendation.findingIds[0]!;
    await deleteFinding(findingId);
    expect((await recommendations.get(recommendation.id))?.findingIds).not.toContain(findingId);
    await restoreDeleted('findings', findingId);
    expect((await recommendations.get(recommendation.id))?.findingIds).toContain(findingId);
  });

  it('a material, with its file', async () => {
    const tour = await loadSampleTour();
    const { id: _sampleId, ...copy } = tour.materials[0]!;
    const material = await saveMaterial(copy, {
      blob: new Blob(['law text']),
      fileName: 'law.pdf',
      mimeType: 'application/pdf',
    });
    await deleteMaterial(material.id);
    expect((await db.attachments.get(material.attachmentId!))?.deletedAt).not.toBeNull();
    await restoreDeleted('materials', material.id);
    expect((await db.materials.get(material.id))?.deletedAt).toBeNull();
    expect((await db.attachments.get(material.attachmentId!))?.deletedAt).toBeNull();
  });
});

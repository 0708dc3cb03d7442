import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import {
  countFindingsOfEvent,
  deleteDelegate,
  deleteEventKeepingFindings,
} from '../../../renderer/db/programme';
import { importSampleFile } from '../../../renderer/db/sampleImport';
import { listByTour } from '../../../renderer/db/repository';
import { resetDb } from '../db/resetDb';
import { sampleFile } from './sampleBundle';

describe('itinerary writes across records', () => {
  beforeEach(resetDb);

  it('deletes an event and keeps its findings and materials, unlinked', async () => {
    const tourId = await importSampleFile(sampleFile);
    const events = await listByTour(db.events, tourId);
    const headquarters = events.find((event) => event.start === '2010-09-20T09:30');
    if (!headquarters) throw new Error('sample event missing');
    const linked = await countFindingsOfEvent(headquarters.id);
    expect(linked).toBeGreaterThan(0);
    const findingsBefore = await listByTour(db.findings, tourId);

    await deleteEventKeepingFindings(headquarters.id);

    expect(await listByTour(db.events, tourId)).toHaveLength(10);
    expect((await db.events.get(headquarters.id))?.deletedAt).not.toBeNull();
    const findingsAfter = await listByTour(db.findings, tourId);
    expect(findingsAfter).toHaveLength(findingsBefore.length);
    expect(findingsAfter.filter((finding) => finding.eventId === headquarters.id)).toEqual([]);
    expect(findingsAfter.filter((finding) => finding.eventId === null).length).toBeGreaterThanOrEqual(linked);
    expect(await countFindingsOfEvent(headquarters.id)).toBe(0);
    const materials = await listByTour(db.materials, tourId);
    expect(materials.some((material) => material.eventId === headquarters.id)).toBe(false);
  });

  it('deletes a delegate and takes them off the programme', async () => {
    const tourId = await importSampleFile(sampleFile);
    const [first] = (await listByTour(db.delegates, tourId)).sort((a, b) => a.order - b.order);
    if (!first) throw new Error('sample delegate missing');
    await deleteDelegate(first.id);
    expect(await listByTour(db.delegates, tourId)).toHaveLength(5);
    const events = await listByTour(db.events, tourId);
    expect(events.some((event) => event.delegateIds.includes(first.id))).toBe(false);
    const findings = await listByTour(db.findings, tourId);
    expect(findings.some((finding) => finding.authorDelegateId === first.id)).toBe(false);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { currentDelegateId, identityKey, setCurrentDelegateId } from '../../../renderer/db/identity';
import { delegates, findings, themes } from '../../../renderer/db/repositories';
import { createTour } from '../../../renderer/db/tours';
import { MAX_CHANGE_ENTRIES } from '../../../renderer/domain/authorship/changeLog';
import { resetDb } from '../db/resetDb';
import { TOUR_DRAFT as tourDraft } from '../db/tourDraft';

async function tourWithTwoDelegates() {
  const tour = await createTour(tourDraft);
  const person = (familyName: string, role: 'head' | 'member', order: number) =>
    delegates.save({
      tourId: tour.id,
      familyName,
      givenName: 'A',
      patronymic: '',
      rank: {},
      position: {},
      organisation: {},
      gender: 'unspecified',
      role,
      order,
    });
  const head = await person('Head', 'head', 0);
  const member = await person('Member', 'member', 1);
  const [theme] = await db.themes.where('tourId').equals(tour.id).toArray();
  return { tour, head, member, themeId: theme!.id };
}

const findingDraft = (tourId: string, themeId: string) => ({
  tourId,
  themeId,
  eventId: null,
  kind: 'observation' as const,
  title: { ru: 'Приёмная' },
  text: { ru: 'Текст' },
  sourceContactIds: [],
  authorDelegateId: null,
  date: null,
  tags: [],
  applicability: null,
  applicabilityNote: {},
  includeInReport: true,
});

describe('who wrote what', () => {
  beforeEach(resetDb);

  it('keeps "which delegate am I" per tour as a laptop setting', async () => {
    const { tour, member } = await tourWithTwoDelegates();
    expect(await currentDelegateId(tour.id)).toBeNull();
    await setCurrentDelegateId(tour.id, member.id);
    expect(await currentDelegateId(tour.id)).toBe(member.id);
    expect((await db.settings.get(identityKey(tour.id)))?.value).toBe(member.id);
    expect(await currentDelegateId('another tour')).toBeNull();
    await setCurrentDelegateId(tour.id, null);
    expect(await currentDelegateId(tour.id)).toBeNull();
  });

  it('stamps the creator and the last editor, and keeps who changed which field', async () => {
    const { tour, head, member, themeId } = await tourWithTwoDelegates();
    await setCurrentDelegateId(tour.id, member.id);
    const created = await findings.save(findingDraft(tour.id, themeId));
    expect(created.createdBy).toBe(member.id);
    expect(created.updatedBy).toBe(member.id);
    expect(created.changes).toEqual([
      { at: created.createdAt, by: member.id, device: created.deviceId, action: 'created', fields: [] },
    ]);

    await setCurrentDelegateId(tour.id, head.id);
    const edited = await findings.save({
      ...created,
      title: { ru: 'Приёмная', en: 'Reception' },
      tags: ['x'],
    });
    expect(edited.createdBy).toBe(member.id);
    expect(edited.updatedBy).toBe(head.id);
    expect(edited.changes?.at(-1)).toMatchObject({
      by: head.id,
      action: 'changed',
      fields: ['tags', 'title.en'],
    });

    // A form handing back stale or crafted stamps changes none of them.
    const stale = { ...edited, createdBy: 'someone', changes: [] };
    const again = await findings.save({ ...stale, tags: ['y'] });
    expect(again.createdBy).toBe(member.id);
    expect(again.changes).toHaveLength(3);

    await findings.remove(created.id);
    const tombstone = await db.findings.get(created.id);
    expect(tombstone?.changes?.at(-1)).toMatchObject({ by: head.id, action: 'deleted' });
  });

  it('leaves the author unknown (null) when nobody said who they are, and bounds the history', async () => {
    const { tour, themeId } = await tourWithTwoDelegates();
    let finding = await findings.save(findingDraft(tour.id, themeId));
    expect(finding.createdBy).toBeNull();
    for (let edit = 0; edit < MAX_CHANGE_ENTRIES + 3; edit += 1)
      finding = await findings.save({ ...finding, tags: [`t${edit}`] });
    expect(finding.changes).toHaveLength(MAX_CHANGE_ENTRIES);
    expect(finding.changes?.every((entry) => entry.action === 'changed')).toBe(true);
  });

  it('reads records written before authorship, and stamps their next edit', async () => {
    const { tour, member, themeId } = await tourWithTwoDelegates();
    const theme = await themes.get(themeId);
    const old = { ...theme! };
    delete old.createdBy;
    delete old.updatedBy;
    delete old.changes;
    await db.themes.put(old);
    await setCurrentDelegateId(tour.id, member.id);
    const edited = await themes.save({ ...old, title: { ...old.title, en: 'Renamed' } });
    expect(edited.createdBy).toBeUndefined();
    expect(edited.updatedBy).toBe(member.id);
    expect(edited.changes).toEqual([expect.objectContaining({ action: 'changed', fields: ['title.en'] })]);
  });
});

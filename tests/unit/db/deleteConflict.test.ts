import { readFileSync } from 'node:fs';
import type { Table } from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { removeOrganisation } from '../../../renderer/db/contacts';
import { db } from '../../../renderer/db/database';
import { deleteFinding, deleteMaterial, deleteRecommendation } from '../../../renderer/db/findings';
import { deleteDelegate, deleteEventKeepingFindings } from '../../../renderer/db/programme';
import * as repos from '../../../renderer/db/repositories';
import { SaveConflictError, listByTour, type SaveOptions } from '../../../renderer/db/repository';
import { importSampleFile } from '../../../renderer/db/sampleImport';
import { deleteTour } from '../../../renderer/db/tours';
import type { RecordMeta } from '../../../renderer/domain/entities';
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

type Loose = RecordMeta & Record<string, unknown>;

/** One kind of record as its screen deletes it (the same function), and a plain field to change. */
interface Kind {
  name: string;
  table: () => Table;
  field: string;
  remove(id: string, options: SaveOptions): Promise<unknown>;
}

const KINDS: Kind[] = [
  { name: 'finding', table: () => db.findings, field: 'tags', remove: deleteFinding },
  { name: 'material', table: () => db.materials, field: 'title', remove: deleteMaterial },
  { name: 'recommendation', table: () => db.recommendations, field: 'text', remove: deleteRecommendation },
  { name: 'delegate', table: () => db.delegates, field: 'patronymic', remove: deleteDelegate },
  { name: 'event', table: () => db.events, field: 'place', remove: deleteEventKeepingFindings },
  {
    name: 'contact',
    table: () => db.contacts,
    field: 'notes',
    remove: (id, options) => repos.contacts.remove(id, undefined, options),
  },
  { name: 'organisation', table: () => db.organisations, field: 'notes', remove: removeOrganisation },
  { name: 'tour', table: () => db.tours, field: 'purpose', remove: deleteTour },
];

let tourId: string;

/** The record a delete dialog shows: of a finding, one used by a recommendation (links to keep). */
async function shownOf(kind: Kind): Promise<Loose> {
  if (kind.name === 'tour') return (await db.tours.get(tourId)) as Loose;
  const all = await listByTour(kind.table() as Table<Loose & { tourId: string }, string>, tourId);
  if (kind.name === 'finding') {
    const used = new Set((await listByTour(db.recommendations, tourId)).flatMap((rec) => rec.findingIds));
    return all.find((record) => used.has(record.id))!;
  }
  return all[0]!;
}

/** Another tab (or an exchange import) saves the record meanwhile. */
async function changeMeanwhile(kind: Kind, shown: Loose): Promise<Loose> {
  const stored = (await kind.table().get(shown.id)) as Loose;
  const value = stored[kind.field];
  const next =
    kind.field === 'tags'
      ? ['changed in the other tab']
      : typeof value === 'object' && value !== null
        ? { ...value, en: 'Changed in the other tab' }
        : 'Changed in the other tab';
  const table = kind.table() as Table<Loose, string>;
  const repo = {
    finding: repos.findings,
    material: repos.materials,
    recommendation: repos.recommendations,
    delegate: repos.delegates,
    event: repos.events,
    contact: repos.contacts,
    organisation: repos.organisations,
    tour: repos.tours,
  }[kind.name]!;
  await repo.save({ ...stored, [kind.field]: next } as never);
  return (await table.get(shown.id))!;
}

const live = async (kind: Kind, id: string) => ((await kind.table().get(id)) as Loose).deletedAt === null;

beforeEach(async () => {
  await resetDb();
  tourId = await importSampleFile(sample);
});

describe.each(KINDS)('deleting a $name against the version the user chose to delete', (kind) => {
  it('deletes the version shown', async () => {
    const shown = await shownOf(kind);
    await kind.remove(shown.id, { basedOn: shown });
    expect(await live(kind, shown.id)).toBe(false);
  });

  it('refuses when the record changed meanwhile: nothing deleted, nothing unlinked, the newer version kept', async () => {
    const shown = await shownOf(kind);
    const newer = await changeMeanwhile(kind, shown);
    const recommendationsBefore = await listByTour(db.recommendations, tourId);
    const attempt = kind.remove(shown.id, { basedOn: shown });
    const conflict = (await attempt.catch((error: unknown) => error)) as SaveConflictError;
    expect(conflict).toBeInstanceOf(SaveConflictError);
    expect(conflict.kind.deletion).toBe(true);
    // The dialog shows the version the user saw beside the one stored now.
    expect((conflict.draft as Loose)[kind.field]).toEqual(shown[kind.field]);
    expect(conflict.stored[kind.field as never]).toEqual(newer[kind.field]);
    const now = (await kind.table().get(shown.id)) as Loose;
    expect(now.deletedAt).toBeNull();
    expect(now[kind.field]).toEqual(newer[kind.field]);
    expect(now.revision).toBe(newer.revision);
    // The deletion's other writes were rolled back with it (a finding stays in its recommendations).
    expect(await listByTour(db.recommendations, tourId)).toEqual(recommendationsBefore);
  });

  it('"delete anyway" deletes the version the user was shown in the dialog', async () => {
    const shown = await shownOf(kind);
    await changeMeanwhile(kind, shown);
    const conflict = (await kind
      .remove(shown.id, { basedOn: shown })
      .catch((error: unknown) => error)) as SaveConflictError;
    await kind.remove(shown.id, { basedOn: basisOf(conflict.stored) });
    expect(await live(kind, shown.id)).toBe(false);
  });
});

describe('a deletion that meets the record deleted meanwhile', () => {
  it('is done already: no conflict', async () => {
    const [contact] = await listByTour(db.contacts, tourId);
    await repos.contacts.remove(contact!.id);
    await expect(
      repos.contacts.remove(contact!.id, undefined, { basedOn: contact! }),
    ).resolves.toBeUndefined();
  });
});

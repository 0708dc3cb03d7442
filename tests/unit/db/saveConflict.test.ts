import { readFileSync } from 'node:fs';
import type { Table } from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/db/database';
import {
  saveFinding,
  saveMaterial,
  saveRecommendation,
  saveTranslation,
} from '../../../renderer/db/findings';
import * as repos from '../../../renderer/db/repositories';
import { SaveConflictError, listByTour, type SaveOptions } from '../../../renderer/db/repository';
import { importSampleFile } from '../../../renderer/db/sampleImport';
import type { RecordMeta } from '../../../renderer/domain/entities';
import { basisOf, compareHistories, historyOf } from '../../../renderer/domain/merge';
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

/**
 * One kind of record as its edit form saves it (the same function the form calls), with the
 * text field the test changes.
 */
interface Kind {
  name: string;
  table: () => Table;
  field: string;
  /** Whether the field is multilingual (the test writes its English version). */
  multilingual: boolean;
  save(record: Loose, options: SaveOptions): Promise<unknown>;
}

const KINDS: Kind[] = [
  {
    name: 'tour details',
    table: () => db.tours,
    field: 'purpose',
    multilingual: true,
    save: (r, o) => repos.tours.save(r as never, o),
  },
  {
    name: 'delegate',
    table: () => db.delegates,
    field: 'patronymic',
    multilingual: false,
    save: (r, o) => repos.delegates.save(r as never, o),
  },
  {
    name: 'event',
    table: () => db.events,
    field: 'place',
    multilingual: false,
    save: (r, o) => repos.events.save(r as never, o),
  },
  {
    name: 'contact',
    table: () => db.contacts,
    field: 'notes',
    multilingual: false,
    save: (r, o) => repos.contacts.save(r as never, o),
  },
  {
    name: 'organisation',
    table: () => db.organisations,
    field: 'notes',
    multilingual: false,
    save: (r, o) => repos.organisations.save(r as never, o),
  },
  {
    name: 'finding',
    table: () => db.findings,
    field: 'title',
    multilingual: true,
    save: (r, o) => saveFinding(r as never, {}, o),
  },
  {
    name: 'recommendation',
    table: () => db.recommendations,
    field: 'text',
    multilingual: true,
    save: (r, o) => saveRecommendation(r as never, o),
  },
  {
    name: 'material',
    table: () => db.materials,
    field: 'title',
    multilingual: true,
    save: (r, o) => saveMaterial(r as never, undefined, o),
  },
];

const withText = (kind: Kind, record: Loose, text: string): Loose => ({
  ...record,
  [kind.field]: kind.multilingual ? { ...(record[kind.field] as object), en: text } : text,
});
const textOf = (kind: Kind, record: Loose | undefined): unknown =>
  kind.multilingual ? (record?.[kind.field] as { en?: string } | undefined)?.en : record?.[kind.field];

let tourId: string;
const firstOf = async (kind: Kind): Promise<Loose> => {
  if (kind.name === 'tour details') return (await db.tours.get(tourId)) as Loose;
  const [first] = await listByTour(kind.table() as Table<Loose & { tourId: string }, string>, tourId);
  return first!;
};
const stored = async (kind: Kind, id: string) => (await kind.table().get(id)) as Loose | undefined;

beforeEach(async () => {
  await resetDb();
  tourId = await importSampleFile(sample);
});

describe.each(KINDS)('saving a $name against the version its form was opened on', (kind) => {
  it('refuses a save on a version changed meanwhile, overwriting nothing', async () => {
    const opened = await firstOf(kind);
    // Meanwhile another tab (or an exchange import) saves the same record.
    await kind.save(withText(kind, opened, 'Saved in the other tab'), {});
    const stale = kind.save(withText(kind, opened, 'The stale form'), { basedOn: basisOf(opened) });
    await expect(stale).rejects.toBeInstanceOf(SaveConflictError);
    const conflict = (await stale.catch((error: unknown) => error)) as SaveConflictError;
    expect(textOf(kind, conflict.stored as unknown as Loose)).toBe('Saved in the other tab');
    expect(textOf(kind, conflict.draft as Loose)).toBe('The stale form');
    expect(textOf(kind, await stored(kind, opened.id))).toBe('Saved in the other tab');
  });

  it('saves on the version it was opened on, and "keep mine" descends from both versions', async () => {
    const opened = await firstOf(kind);
    await kind.save(withText(kind, opened, 'Saved in the other tab'), {});
    const other = (await stored(kind, opened.id))!;
    // The user saw both versions and kept theirs: saved against the version now stored.
    await kind.save(withText(kind, opened, 'Mine, kept'), { basedOn: basisOf(other) });
    const final = (await stored(kind, opened.id))!;
    expect(textOf(kind, final)).toBe('Mine, kept');
    expect(compareHistories(historyOf(final), historyOf(other))).toBe('newer');
    expect(compareHistories(historyOf(final), historyOf(opened))).toBe('newer');
  });

  it('a hand-merged text is written over the form’s version', async () => {
    const opened = await firstOf(kind);
    await kind.save(withText(kind, opened, 'Saved in the other tab'), {});
    const other = (await stored(kind, opened.id))!;
    const merged = withText(kind, other, 'Both texts, merged by hand')[kind.field];
    await kind.save(withText(kind, opened, 'The stale form'), {
      basedOn: basisOf(other),
      patch: { [kind.field]: merged },
    });
    expect(textOf(kind, await stored(kind, opened.id))).toBe('Both texts, merged by hand');
  });
});

describe('a save against a record deleted meanwhile', () => {
  it('is a conflict whose stored version is the deletion; keeping mine brings the record back', async () => {
    const [opened] = await listByTour(db.contacts, tourId);
    await repos.contacts.remove(opened!.id);
    const stale = repos.contacts.save(
      { ...opened!, notes: 'Typed before the deletion' },
      { basedOn: opened! },
    );
    const conflict = (await stale.catch((error: unknown) => error)) as SaveConflictError;
    expect(conflict).toBeInstanceOf(SaveConflictError);
    expect(conflict.stored.deletedAt).not.toBeNull();
    expect(await repos.contacts.get(opened!.id)).toBeUndefined();
    await repos.contacts.save({ ...opened!, notes: 'Kept' }, { basedOn: basisOf(conflict.stored) });
    expect((await repos.contacts.get(opened!.id))?.notes).toBe('Kept');
  });
});

describe('a translation (or the conclusions) saved against the text it was typed over', () => {
  const title = (id: string) => ({ kind: 'finding' as const, recordId: id, field: 'title' });

  it('is refused when that language’s text changed meanwhile, and saved once the user has seen it', async () => {
    const [finding] = await listByTour(db.findings, tourId);
    const before = finding!.title.hu ?? '';
    await saveTranslation(title(finding!.id), 'hu', 'A másik lapon mentve', { typedOver: before });
    const stale = saveTranslation(title(finding!.id), 'hu', 'Az elavult sor', { typedOver: before });
    const conflict = (await stale.catch((error: unknown) => error)) as SaveConflictError;
    expect(conflict).toBeInstanceOf(SaveConflictError);
    expect((await repos.findings.get(finding!.id))?.title.hu).toBe('A másik lapon mentve');
    await saveTranslation(title(finding!.id), 'hu', 'Az elavult sor, megtartva', {
      typedOver: before,
      basedOn: basisOf(conflict.stored),
    });
    expect((await repos.findings.get(finding!.id))?.title.hu).toBe('Az elavult sor, megtartva');
  });

  it('is no conflict when only other fields or languages of the record changed', async () => {
    const [finding] = await listByTour(db.findings, tourId);
    const before = finding!.title.hu ?? '';
    await repos.findings.save({ ...finding!, text: { ...finding!.text, en: 'Another field, another tab' } });
    await saveTranslation(title(finding!.id), 'en', 'Another language', {
      typedOver: finding!.title.en ?? '',
    });
    await saveTranslation(title(finding!.id), 'hu', 'Mentve', { typedOver: before });
    const saved = await repos.findings.get(finding!.id);
    expect(saved?.title.hu).toBe('Mentve');
    expect(saved?.title.en).toBe('Another language');
    expect(saved?.text.en).toBe('Another field, another tab');
  });

  it('the conclusions of the report: the same check on the tour', async () => {
    const target = { kind: 'tour' as const, recordId: tourId, field: 'conclusions' };
    const before = (await repos.tours.get(tourId))?.conclusions.ru ?? '';
    await saveTranslation(target, 'ru', 'Выводы из другой вкладки', { typedOver: before });
    await expect(
      saveTranslation(target, 'ru', 'Устаревший текст', { typedOver: before }),
    ).rejects.toBeInstanceOf(SaveConflictError);
    expect((await repos.tours.get(tourId))?.conclusions.ru).toBe('Выводы из другой вкладки');
  });
});

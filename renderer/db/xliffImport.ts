import type { Table } from 'dexie';
import type { LocalizedText } from '../domain/entities';
import type { TranslatableKind } from '../domain/findings';
import { withText } from '../domain/localizedText';
import {
  entriesToWrite,
  planXliffImport,
  type PlannedTranslation,
  type XliffImportPlan,
} from '../domain/xliff/planImport';
import { readXliff, XliffError } from '../domain/xliff/readXliff';
import { db } from './database';
import { readTourWith } from './queries/tourRecords';
import * as repos from './repositories';
import type { Repository } from './repository';

/** The table and repository of each kind of record a translation is written to. */
function storeOf(kind: TranslatableKind): { repo: Repository<never>; table: Table } {
  // Heterogeneous: each entry is only used with a record read from its own table.
  const stores = {
    tour: [repos.tours, db.tours],
    theme: [repos.themes, db.themes],
    finding: [repos.findings, db.findings],
    recommendation: [repos.recommendations, db.recommendations],
    attachment: [repos.attachments, db.attachments],
    material: [repos.materials, db.materials],
    event: [repos.events, db.events],
    organisation: [repos.organisations, db.organisations],
    delegate: [repos.delegates, db.delegates],
    contact: [repos.contacts, db.contacts],
  } as const;
  const [repo, table] = stores[kind];
  return { repo: repo as unknown as Repository<never>, table };
}

const TABLES = [
  db.tours,
  db.themes,
  db.findings,
  db.recommendations,
  db.attachments,
  db.materials,
  db.events,
  db.organisations,
  db.delegates,
  db.contacts,
  db.settings,
];

/**
 * Writes an import plan's translations, all or nothing, in one transaction: every record is read
 * again and each text checked to be still the one the preview showed; if one changed meanwhile
 * (another tab, an exchange), nothing is written (XliffError 'stale') and the user previews again.
 * Returns how many translations were written.
 */
export async function applyXliffImport(
  plan: XliffImportPlan,
  options: { overwriteConflicts: boolean },
): Promise<number> {
  const chosen = entriesToWrite(plan, options.overwriteConflicts);
  // One save per record, however many of its fields the file translates.
  const byRecord = new Map<string, PlannedTranslation[]>();
  for (const entry of chosen) {
    const key = `${entry.kind}:${entry.recordId}`;
    byRecord.set(key, [...(byRecord.get(key) ?? []), entry]);
  }
  await db.transaction('rw', TABLES, async () => {
    for (const entries of byRecord.values()) {
      const { kind, recordId } = entries[0]!;
      const { repo, table } = storeOf(kind);
      const stored = (await table.get(recordId)) as Record<string, unknown> | undefined;
      if (!stored || stored.deletedAt !== null) throw new XliffError('stale', { id: entries[0]!.key });
      const draft: Record<string, unknown> = { ...stored };
      for (const entry of entries) {
        const text = (draft[entry.field] as LocalizedText | undefined) ?? {};
        if ((text[plan.trgLang] ?? '') !== entry.before) throw new XliffError('stale', { id: entry.key });
        draft[entry.field] = withText(text, plan.trgLang, entry.after);
      }
      await repo.save(draft as never);
    }
  });
  return chosen.length;
}

/** The kinds of records whose texts a file may translate. */
const TRANSLATABLE_RECORD_KINDS = [
  'themes',
  'findings',
  'recommendations',
  'attachments',
  'materials',
  'events',
  'organisations',
  'delegates',
  'contacts',
] as const;

/**
 * Reads a translated file and compares it with the tour as it is now: the preview of an import.
 * Throws XliffError for a file that cannot be imported (nothing is written either way).
 */
export async function planXliffFile(bytes: Uint8Array, tourId: string): Promise<XliffImportPlan> {
  const file = readXliff(bytes);
  const tour = await readTourWith(tourId, TRANSLATABLE_RECORD_KINDS);
  if (!tour) throw new XliffError('stale', { id: tourId });
  return planXliffImport(file, tour);
}

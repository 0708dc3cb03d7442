import type { Table } from 'dexie';
import type { LocalizedText } from '../domain/entities';
import type { TranslatableKind } from '../domain/findings';
import { TRANSLATABLE_RECORD_KINDS } from '../domain/findings/translatableFields';
import {
  entriesToWrite,
  parseUnitId,
  planXliffImport,
  type XliffImportPlan,
} from '../domain/xliff/planImport';
import { readXliff, XliffError } from '../domain/xliff/readXliff';
import { db } from './database';
import { readTourRecordsById } from './queries/tourRecords';
import { saveTranslations } from './translations';

/** The table of each kind of record a file translates. */
const tableOf = {
  tour: db.tours,
  theme: db.themes,
  finding: db.findings,
  recommendation: db.recommendations,
  attachment: db.attachments,
  material: db.materials,
  event: db.events,
  organisation: db.organisations,
  delegate: db.delegates,
  contact: db.contacts,
} satisfies Record<TranslatableKind, Table>;

const TABLES = [...Object.values(tableOf), db.settings];

type RecordKind = (typeof TRANSLATABLE_RECORD_KINDS)[number];
/** The kind of records (the tour's tables) each kind of text belongs to. */
const recordKindOf: Record<Exclude<TranslatableKind, 'tour'>, RecordKind> = {
  theme: 'themes',
  finding: 'findings',
  recommendation: 'recommendations',
  attachment: 'attachments',
  material: 'materials',
  event: 'events',
  organisation: 'organisations',
  delegate: 'delegates',
  contact: 'contacts',
};

/** The stored records the entries name, read at once per table: `kind:id` → record. */
async function storedRecords(
  entries: readonly { kind: TranslatableKind; recordId: string }[],
): Promise<Map<string, Record<string, unknown>>> {
  const ids = new Map<TranslatableKind, Set<string>>();
  for (const entry of entries) ids.set(entry.kind, (ids.get(entry.kind) ?? new Set()).add(entry.recordId));
  const found = new Map<string, Record<string, unknown>>();
  for (const [kind, set] of ids) {
    const list = [...set];
    const rows = (await tableOf[kind].bulkGet(list)) as (Record<string, unknown> | undefined)[];
    rows.forEach((row, index) => row && found.set(`${kind}:${list[index]}`, row));
  }
  return found;
}

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
  await db.transaction('rw', TABLES, async () => {
    const records = await storedRecords(chosen);
    for (const entry of chosen) {
      const stored = records.get(`${entry.kind}:${entry.recordId}`);
      if (!stored || stored.deletedAt !== null) throw new XliffError('stale', { id: entry.key });
      const text = (stored[entry.field] as LocalizedText | undefined) ?? {};
      if ((text[plan.trgLang] ?? '') !== entry.before) throw new XliffError('stale', { id: entry.key });
    }
    // The one way translations are written: each noted as made from the file's source language,
    // by the translator the file names (else this laptop's delegate); one whose source changed
    // since the file was written, as made from the file's source: it needs review.
    await saveTranslations(
      chosen.map((entry) => ({
        kind: entry.kind,
        recordId: entry.recordId,
        field: entry.field,
        language: plan.trgLang,
        value: entry.after,
        from: plan.srcLang,
        ...(entry.exportedSource !== undefined ? { madeFrom: entry.exportedSource } : {}),
        ...(entry.translator ? { translator: { name: entry.translator } } : {}),
      })),
    );
  });
  return chosen.length;
}

/**
 * Reads a translated file and compares it with the tour as it is now: the preview of an import.
 * Throws XliffError for a file that cannot be imported (nothing is written either way).
 */
export async function planXliffFile(bytes: Uint8Array, tourId: string): Promise<XliffImportPlan> {
  const file = readXliff(bytes);
  // Only the records the file names are read (a file of findings does not read the programme).
  const ids = Object.fromEntries(TRANSLATABLE_RECORD_KINDS.map((kind) => [kind, [] as string[]])) as Record<
    RecordKind,
    string[]
  >;
  for (const unit of file.units) {
    const parts = parseUnitId(unit.id);
    if (parts && parts.kind !== 'tour') ids[recordKindOf[parts.kind]].push(parts.recordId);
  }
  const tour = await readTourRecordsById(tourId, ids);
  if (!tour) throw new XliffError('stale', { id: tourId });
  return planXliffImport(file, tour);
}

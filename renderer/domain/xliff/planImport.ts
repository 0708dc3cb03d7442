import type { Language, LocalizedText } from '../entities';
import {
  TRANSLATABLE_FIELDS,
  TRANSLATABLE_KINDS,
  fieldKey,
  type TranslatableKind,
  type TranslatableTour,
} from '../findings';
import { textFingerprint } from './model';
import { XliffError, type ReadXliff } from './readXliff';

/** What importing a unit does to the text in the target language. */
export const IMPORT_STATUSES = ['new', 'changed', 'unchanged', 'conflict'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export interface PlannedTranslation {
  kind: TranslatableKind;
  recordId: string;
  field: string;
  key: string;
  /** The translation the tour holds now ('' when none): the import checks it is still so. */
  before: string;
  /** The file's translation. */
  after: string;
  status: ImportStatus;
  /** The source text changed since the file was written: the translation may be of the old one. */
  sourceChanged: boolean;
  /** The source the file's translation was made from (the unit's), when it changed since. */
  exportedSource?: string;
  /** The translator the unit names, else the file's. */
  translator?: string;
}

export interface XliffImportPlan {
  srcLang: Language;
  trgLang: Language;
  entries: PlannedTranslation[];
  counts: Record<ImportStatus, number>;
  /** Units the file leaves untranslated: nothing to import for them. */
  untranslated: number;
  /** Translations whose source text changed since the file was written. */
  sourceChanged: number;
  translator?: string;
}

type LooseRecord = { id: string; deletedAt: string | null } & Record<string, unknown>;

/** The live records of each kind by id, for resolving unit ids. */
function recordsByKind(tour: TranslatableTour): Record<TranslatableKind, Map<string, LooseRecord>> {
  const lists: Record<TranslatableKind, readonly object[] | undefined> = {
    tour: [tour.tour],
    theme: tour.themes,
    finding: tour.findings,
    recommendation: tour.recommendations,
    attachment: tour.attachments,
    material: tour.materials,
    event: tour.events,
    organisation: tour.organisations,
    delegate: tour.delegates,
    contact: tour.contacts,
  };
  const result = {} as Record<TranslatableKind, Map<string, LooseRecord>>;
  for (const kind of TRANSLATABLE_KINDS)
    result[kind] = new Map(
      ((lists[kind] ?? []) as readonly LooseRecord[])
        .filter((record) => record.deletedAt === null)
        .map((record) => [record.id, record]),
    );
  return result;
}

/** `kind:recordId:field` → its parts; null when the id is not one the app writes. */
export function parseUnitId(id: string): { kind: TranslatableKind; recordId: string; field: string } | null {
  const first = id.indexOf(':');
  const last = id.lastIndexOf(':');
  if (first <= 0 || last <= first + 1) return null;
  const kind = id.slice(0, first);
  const field = id.slice(last + 1);
  if (!(TRANSLATABLE_KINDS as readonly string[]).includes(kind)) return null;
  const fields: readonly string[] = TRANSLATABLE_FIELDS[kind as TranslatableKind];
  return fields.includes(field)
    ? { kind: kind as TranslatableKind, recordId: id.slice(first + 1, last), field }
    : null;
}

/** The writer's normalisation of a text, so a source read back compares equal to the stored one. */
const asWritten = (text: string) => text.replace(/\r\n?/g, '\n');

/**
 * What importing a translated file into the tour would do, text by text: new translations, changed
 * ones, unchanged ones, and conflicts (a translation made in the app since the file was written).
 * Refuses a file with an id the tour does not have, so nothing of a wrong file is written.
 */
export function planXliffImport(file: ReadXliff, tour: TranslatableTour): XliffImportPlan {
  const records = recordsByKind(tour);
  const unknown: string[] = [];
  const entries: PlannedTranslation[] = [];
  let untranslated = 0;
  for (const unit of file.units) {
    const parts = parseUnitId(unit.id);
    const record = parts ? records[parts.kind].get(parts.recordId) : undefined;
    if (!parts || !record) {
      unknown.push(unit.id);
      continue;
    }
    if (unit.target === null) {
      untranslated += 1;
      continue;
    }
    const text = (record[parts.field] as LocalizedText | undefined) ?? {};
    const before = text[file.trgLang] ?? '';
    const sourceNow = text[file.srcLang] ?? '';
    const after = unit.target;
    const status: ImportStatus =
      after === before
        ? 'unchanged'
        : before === ''
          ? 'new'
          : unit.targetAtExport !== undefined && unit.targetAtExport !== textFingerprint(before)
            ? 'conflict'
            : 'changed';
    const sourceChanged =
      unit.sourceAtExport !== undefined
        ? unit.sourceAtExport !== textFingerprint(sourceNow)
        : asWritten(unit.source) !== asWritten(sourceNow);
    const translator = unit.translator ?? file.translator;
    entries.push({
      ...parts,
      key: fieldKey(parts.kind, parts.recordId, parts.field),
      before,
      after,
      status,
      sourceChanged,
      ...(sourceChanged ? { exportedSource: unit.source } : {}),
      ...(translator ? { translator } : {}),
    });
  }
  if (unknown.length > 0)
    throw new XliffError('unknownIds', { count: unknown.length, ids: unknown.slice(0, 3).join(', ') });
  const counts = Object.fromEntries(IMPORT_STATUSES.map((status) => [status, 0])) as Record<
    ImportStatus,
    number
  >;
  for (const entry of entries) counts[entry.status] += 1;
  return {
    srcLang: file.srcLang,
    trgLang: file.trgLang,
    entries,
    counts,
    untranslated,
    sourceChanged: entries.filter((entry) => entry.sourceChanged && entry.status !== 'unchanged').length,
    ...(file.translator ? { translator: file.translator } : {}),
  };
}

/** The entries an import writes: new and changed ones, and the conflicts when the file is to win them. */
export function entriesToWrite(plan: XliffImportPlan, overwriteConflicts: boolean): PlannedTranslation[] {
  return plan.entries.filter(
    (entry) =>
      entry.status === 'new' ||
      entry.status === 'changed' ||
      (overwriteConflicts && entry.status === 'conflict'),
  );
}

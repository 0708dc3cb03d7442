import type { TFunction } from 'i18next';
import type { Language } from '../domain/entities';
import { LANGUAGES } from '../domain/entities';
import { contentKey } from '../domain/merge';
import { pickText } from '../domain/localizedText';
import { formatNumber } from '../i18n/formatters';

/** Stamps and ownership: the same for both versions, or meaningless to a reader. */
// `translationMeta`: notes about the texts' translations; the texts themselves are shown.
const HIDDEN_FIELDS = new Set([
  'id',
  'tourId',
  'createdAt',
  'updatedAt',
  'deviceId',
  'revision',
  'vv',
  'translationMeta',
  // Who changed it and the short history: both versions' are kept whatever the choice.
  'createdBy',
  'updatedBy',
  'changes',
]);

type Fields = Record<string, unknown>;

export const isLocalizedText = (value: unknown): value is Partial<Record<Language, string>> =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  !(value instanceof Blob) &&
  Object.keys(value).every((key) => (LANGUAGES as readonly string[]).includes(key));

/** What a person calls the record: its title or name in the interface language. */
export function recordLabel(record: object, language: Language): string {
  const fields = record as Fields;
  for (const key of ['title', 'name', 'text', 'caption']) {
    const value = fields[key];
    if (isLocalizedText(value)) {
      const picked = pickText(value, language).value;
      if (picked) return picked;
    }
  }
  const names = [fields.familyName, fields.givenName].filter((part) => typeof part === 'string' && part);
  if (names.length > 0) return names.join(' ');
  if (typeof fields.fileName === 'string' && fields.fileName) return fields.fileName;
  return String(fields.id ?? '');
}

/** A field value as text for the side-by-side view. */
export function formatValue(value: unknown, language: Language, t: TFunction): string {
  if (value === null || value === undefined || value === '') return t('backup.conflict.empty');
  if (typeof value === 'boolean') return value ? t('backup.conflict.yes') : t('backup.conflict.no');
  if (typeof value === 'number') return formatNumber(value, language);
  if (typeof value === 'string') return value;
  if (value instanceof Blob) return `${value.type} · ${formatNumber(value.size, language)} B`;
  if (Array.isArray(value))
    return value.length === 0
      ? t('backup.conflict.empty')
      : value.map((item) => formatValue(item, language, t)).join(', ');
  if (isLocalizedText(value)) {
    const lines = LANGUAGES.filter((lang) => value[lang]).map(
      (lang) => `${lang.toUpperCase()}: ${value[lang]}`,
    );
    return lines.length > 0 ? lines.join('\n') : t('backup.conflict.empty');
  }
  return JSON.stringify(value);
}

/** The fields whose values differ between the two versions, deletion first. */
export function differingFields(mine: object, theirs: object): string[] {
  const a = mine as Fields;
  const b = theirs as Fields;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => !HIDDEN_FIELDS.has(key));
  const differs = (key: string) => contentKey({ v: a[key] }) !== contentKey({ v: b[key] });
  return keys.filter(differs).sort((x, y) => (x === 'deletedAt' ? -1 : y === 'deletedAt' ? 1 : 0));
}

/** One row of the side-by-side view: a field, or a part of a nested one (the tour's requisites). */
export interface DifferingRow {
  path: readonly string[];
  mine: unknown;
  stored: unknown;
}

const isPlainObject = (value: unknown): value is Fields =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  !(value instanceof Blob) &&
  !isLocalizedText(value);

/**
 * The differing fields as rows; a field holding a nested object (requisites: place, approval,
 * registration per document) is opened into the parts that differ, so that each row shows text,
 * never a nested object's code.
 */
export function differingRows(mine: object, theirs: object): DifferingRow[] {
  const open = (path: string[], a: unknown, b: unknown): DifferingRow[] => {
    const nested = (isPlainObject(a) || a === undefined) && (isPlainObject(b) || b === undefined);
    if (!nested || (a === undefined && b === undefined)) return [{ path, mine: a, stored: b }];
    const x = (a ?? {}) as Fields;
    const y = (b ?? {}) as Fields;
    return differingFields(x, y).flatMap((key) => open([...path, key], x[key], y[key]));
  };
  const a = mine as Fields;
  const b = theirs as Fields;
  return differingFields(a, b).flatMap((key) => open([key], a[key], b[key]));
}

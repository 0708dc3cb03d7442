import { nameKey } from '../duplicates/findDuplicates';

/** Tables where the same thing is easily written down twice, on two laptops. */
export const DUPLICATE_KINDS = ['findings', 'contacts', 'organisations', 'recommendations'] as const;
export type DuplicateKind = (typeof DUPLICATE_KINDS)[number];

interface Candidate {
  id: string;
  tourId?: string;
  deletedAt: string | null;
}

/** A record that arrived and one already here that are likely the same thing. */
export interface LikelyDuplicate<T> {
  kind: DuplicateKind;
  incoming: T;
  local: T;
}

const normalise = (text: string) =>
  text
    .toLocaleLowerCase('ru')
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

/**
 * What makes two records the same thing in a person's eyes: a finding's or recommendation's
 * title or text, a contact's name, an organisation's name, in any of its languages.
 */
function keysOf(kind: DuplicateKind, record: Record<string, unknown>): string[] {
  // Names are compared as the forms compare them (domain/duplicates): folded, in any word order.
  const names =
    kind === 'contacts'
      ? [nameKey(`${String(record.familyName ?? '')} ${String(record.givenName ?? '')}`)]
      : kind === 'organisations'
        ? texts(record.name).map(nameKey)
        : null;
  const parts = names ?? (kind === 'findings' ? texts(record.title) : texts(record.text)).map(normalise);
  return parts.filter((key) => key.length >= 3).map((key) => `${String(record.tourId ?? '')}|${key}`);
}

/**
 * New live records of a colleague that match a live record here of the same tour under a
 * different id: the same finding or contact created on two laptops. Pointed out, never merged
 * silently.
 */
export function likelyDuplicates<T extends Candidate>(
  kind: DuplicateKind,
  added: readonly T[],
  local: readonly T[],
): LikelyDuplicate<T>[] {
  const byKey = new Map<string, T>();
  for (const record of local) {
    if (record.deletedAt !== null) continue;
    for (const key of keysOf(kind, record as unknown as Record<string, unknown>))
      if (!byKey.has(key)) byKey.set(key, record);
  }
  const found: LikelyDuplicate<T>[] = [];
  for (const record of added) {
    if (record.deletedAt !== null) continue;
    const match = keysOf(kind, record as unknown as Record<string, unknown>)
      .map((key) => byKey.get(key))
      .find((candidate) => candidate !== undefined && candidate.id !== record.id);
    if (match) found.push({ kind, incoming: record, local: match });
  }
  return found;
}

import type { z } from 'zod';

/**
 * A text in an imported file longer than the app allows (titles and names ≤ 300 characters, texts
 * ≤ 50,000: domain/entities/common.ts). Every import (backup, exchange, tour file, vCard) refuses
 * the whole file with this, naming the record, before anything is written: a 100,000-character
 * text would otherwise make the exported report take minutes to open.
 */
export interface TextTooLong {
  /** What the record is: a bundle kind ("contacts", "findings" …) or "card" for a vCard. */
  kind: string;
  /** The record as a person recognises it: its name or title, else its id or number. */
  record: string;
  /** Where in the record: "notes", "title.ru" … */
  field: string;
  /** The most characters allowed there. */
  limit: number;
}

/** How long a name or title may be when it names a record in a message. */
const LABEL_LENGTH = 60;

/** The first issue of a validation, when it is a string above its maximum length: field and limit. */
export function textTooLongIssue(
  issues: readonly z.core.$ZodIssue[],
): { field: string; limit: number } | null {
  const issue = issues.find((candidate) => candidate.code === 'too_big' && candidate.origin === 'string');
  if (!issue || issue.code !== 'too_big') return null;
  return { field: issue.path.map(String).join('.') || '—', limit: Number(issue.maximum) };
}

const shorten = (text: string) =>
  text.length > LABEL_LENGTH ? `${text.slice(0, LABEL_LENGTH - 1).trimEnd()}…` : text;

function firstText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'object' && value !== null) {
    for (const text of Object.values(value))
      if (typeof text === 'string' && text.trim() !== '') return text.trim();
  }
  return '';
}

/**
 * A record as a person recognises it in a message: a person's family and given name, else the
 * record's title or name (in whatever language it has), else `fallback` (its id or number). Never
 * longer than 60 characters: the name itself may be the text that is too long.
 */
export function recordLabel(record: unknown, fallback: string): string {
  if (typeof record !== 'object' || record === null) return fallback;
  const fields = record as Record<string, unknown>;
  const person = [firstText(fields.familyName), firstText(fields.givenName)].filter((part) => part !== '');
  const label = person.length > 0 ? person.join(' ') : firstText(fields.title) || firstText(fields.name);
  return label === '' ? fallback : shorten(label);
}

/** Thrown by importers without their own error codes (the tour file); its message names the record. */
export class TextTooLongError extends Error {
  constructor(readonly detail: TextTooLong) {
    super(
      `${detail.kind} "${detail.record}": ${detail.field} is longer than ${detail.limit} characters, ` +
        'the most the app allows; nothing was imported',
    );
    this.name = 'TextTooLongError';
  }
}

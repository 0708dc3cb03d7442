import type { Contact, Language } from '../entities';
import type { AutomaticBackupFailure } from './automaticBackupFailure';
import { notYetInReport, notYetTranslatedInto, translatableFields, type TranslatableTour } from '../findings';

const HOUR_MS = 60 * 60 * 1000;

/** Names in a Russian or Belarusian document need a translator-checked Cyrillic form. */
export type CyrillicLanguage = 'ru' | 'be';

/**
 * The Cyrillic forms a document in this language needs checked: its own for a Russian or Belarusian
 * document; for an English or Hungarian one (names stay in Latin there) both, since the delegation's
 * own report will be Russian or Belarusian in the end and the check is still work to do.
 */
export function cyrillicFormsNeeded(documentLanguage: Language): CyrillicLanguage[] {
  return documentLanguage === 'ru' || documentLanguage === 'be' ? [documentLanguage] : ['ru', 'be'];
}

/** Live contacts whose name lacks a checked Cyrillic form in a language the document needs. */
export function contactsWithoutCheckedCyrillic<T extends Pick<Contact, 'cyrillic' | 'deletedAt'>>(
  contacts: readonly T[],
  documentLanguage: Language,
): T[] {
  const needed = cyrillicFormsNeeded(documentLanguage);
  return contacts.filter(
    (contact) =>
      contact.deletedAt === null && needed.some((language) => contact.cyrillic[language]?.checked !== true),
  );
}

export interface BackupAge {
  /** The last backup, or null when none was ever made on this computer. */
  lastBackupAt: string | null;
  /** Whole hours since then (never negative, even with a clock set back); null without a backup. */
  hours: number | null;
}

export function backupAge(lastBackupAt: string | null | undefined, now: number): BackupAge {
  const at = lastBackupAt ? Date.parse(lastBackupAt) : Number.NaN;
  if (!lastBackupAt || Number.isNaN(at)) return { lastBackupAt: null, hours: null };
  return { lastBackupAt, hours: Math.max(0, Math.floor((now - at) / HOUR_MS)) };
}

/** A day: a backup older than this is due again. */
export const BACKUP_DUE_AFTER_MS = 24 * HOUR_MS;

/**
 * Where the backups stand, as one state so that no screen can say two contradicting things
 * ("no backup yet" and "the last backup is more than a day old"):
 * - `nothingToBackUp`: no records, so no backup is missing (neutral, never a green tick);
 * - `never`: records exist and no backup was ever made on this computer;
 * - `stale`: the last backup is more than a day old;
 * - `recent`: a backup of the last day exists.
 */
export type BackupState = 'nothingToBackUp' | 'never' | 'stale' | 'recent';

export function backupState(
  lastBackupAt: string | null | undefined,
  now: number,
  hasData: boolean,
): BackupState {
  if (!hasData) return 'nothingToBackUp';
  const at = lastBackupAt ? Date.parse(lastBackupAt) : Number.NaN;
  if (Number.isNaN(at)) return 'never';
  return now - at > BACKUP_DUE_AFTER_MS ? 'stale' : 'recent';
}

/** True when the user should be reminded to make a backup. */
export function backupDue(state: BackupState): boolean {
  return state === 'never' || state === 'stale';
}

export interface ReportReadiness {
  documentLanguage: Language;
  /** Live findings of the tour: with none, "every finding is marked" would be an empty boast. */
  findingCount: number;
  /** Live findings the user has not (yet) marked for the report. */
  findingsNotInReport: number;
  /** Multilingual texts with text in some language but not in the document language. */
  untranslatedTexts: number;
  contactsWithoutCheckedCyrillic: number;
  backup: BackupAge;
  /** True when findings exist and nothing above needs doing (the backup age is information, not a blocker). */
  ready: boolean;
}

/**
 * What still stands between the tour's records and a report in `documentLanguage`. The counts
 * are the ones the screens that fix them show: findings' "not in report" filter, the translation
 * backlog into that language, the contacts' Cyrillic name check.
 */
export function reportReadiness(
  source: TranslatableTour & { contacts: readonly Contact[] },
  documentLanguage: Language,
  lastBackupAt: string | null | undefined,
  now: number,
): ReportReadiness {
  const liveFindings = source.findings.filter((f) => f.deletedAt === null);
  const findingsNotInReport = notYetInReport(liveFindings).length;
  const untranslatedTexts = notYetTranslatedInto(translatableFields(source), documentLanguage).length;
  const withoutCyrillic = contactsWithoutCheckedCyrillic(source.contacts, documentLanguage).length;
  return {
    documentLanguage,
    findingCount: liveFindings.length,
    findingsNotInReport,
    untranslatedTexts,
    contactsWithoutCheckedCyrillic: withoutCyrillic,
    backup: backupAge(lastBackupAt, now),
    ready:
      liveFindings.length > 0 &&
      findingsNotInReport === 0 &&
      untranslatedTexts === 0 &&
      withoutCyrillic === 0,
  };
}

/**
 * How one line of the readiness list is shown: `done` (green tick), `toDo` (warning) or `empty`
 * (neutral: there is nothing yet to be done or undone, so neither a tick nor a warning).
 */
export type ReadinessStatus = 'done' | 'toDo' | 'empty';

export type ReadinessItem =
  | { id: 'findings'; status: ReadinessStatus; count: number }
  | { id: 'translation'; status: ReadinessStatus; count: number }
  | { id: 'names'; status: ReadinessStatus; count: number }
  | { id: 'backup'; status: ReadinessStatus; state: BackupState; hours: number | null }
  | { id: 'automaticBackup'; status: 'toDo'; failure: AutomaticBackupFailure };

/**
 * The lines of the readiness list, each with a status that cannot contradict its text: no tick
 * for "all findings marked" without findings, none for a backup that was never made, and the
 * backup line says either "none yet" or "last one N hours ago", never both.
 */
export function readinessItems(
  readiness: ReportReadiness,
  contactCount: number,
  now: number,
  hasData: boolean,
  /** The last automatic backup's failure (desktop app), shown until one succeeds. */
  automaticBackupFailure: AutomaticBackupFailure | null = null,
): ReadinessItem[] {
  const state = backupState(readiness.backup.lastBackupAt, now, hasData);
  const countStatus = (count: number, empty: boolean): ReadinessStatus =>
    count > 0 ? 'toDo' : empty ? 'empty' : 'done';
  return [
    {
      id: 'findings',
      status: countStatus(readiness.findingsNotInReport, readiness.findingCount === 0),
      count: readiness.findingsNotInReport,
    },
    {
      id: 'translation',
      // Untranslated texts are counted among texts that exist; with no records there are none.
      status: countStatus(readiness.untranslatedTexts, !hasData),
      count: readiness.untranslatedTexts,
    },
    {
      id: 'names',
      status: countStatus(readiness.contactsWithoutCheckedCyrillic, contactCount === 0),
      count: readiness.contactsWithoutCheckedCyrillic,
    },
    {
      id: 'backup',
      status: state === 'recent' ? 'done' : state === 'nothingToBackUp' ? 'empty' : 'toDo',
      state,
      hours: state === 'never' || state === 'nothingToBackUp' ? null : readiness.backup.hours,
    },
    ...(automaticBackupFailure
      ? [{ id: 'automaticBackup', status: 'toDo', failure: automaticBackupFailure } as const]
      : []),
  ];
}

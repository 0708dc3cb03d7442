import type { Contact, Language } from '../entities';
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

export interface ReportReadiness {
  documentLanguage: Language;
  /** Live findings the user has not (yet) marked for the report. */
  findingsNotInReport: number;
  /** Multilingual texts with text in some language but not in the document language. */
  untranslatedTexts: number;
  contactsWithoutCheckedCyrillic: number;
  backup: BackupAge;
  /** True when nothing above needs doing (the backup age is information, not a blocker). */
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
  const findingsNotInReport = notYetInReport(source.findings.filter((f) => f.deletedAt === null)).length;
  const untranslatedTexts = notYetTranslatedInto(translatableFields(source), documentLanguage).length;
  const withoutCyrillic = contactsWithoutCheckedCyrillic(source.contacts, documentLanguage).length;
  return {
    documentLanguage,
    findingsNotInReport,
    untranslatedTexts,
    contactsWithoutCheckedCyrillic: withoutCyrillic,
    backup: backupAge(lastBackupAt, now),
    ready: findingsNotInReport === 0 && untranslatedTexts === 0 && withoutCyrillic === 0,
  };
}

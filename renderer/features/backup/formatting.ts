import type { Language } from '../../domain/entities';
import { intlLocale } from '../../i18n/formatters';

/** A moment (ISO timestamp) in the user's own time zone, e.g. "25 Nov 2026, 14:32". */
export function formatMoment(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** Bytes as megabytes or gigabytes, written the way the language writes numbers and units. */
export function formatBytes(bytes: number, language: Language): string {
  const gigabytes = bytes / 1024 ** 3;
  const [value, unit] = gigabytes >= 1 ? [gigabytes, 'gigabyte'] : [bytes / 1024 ** 2, 'megabyte'];
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'unit',
    unit,
    maximumFractionDigits: 1,
  }).format(value);
}

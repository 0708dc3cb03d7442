import type { Language } from '../../domain/entities';
import { intlLocale } from '../../i18n/formatters';

export { formatMoment } from '../../i18n/formatters';

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

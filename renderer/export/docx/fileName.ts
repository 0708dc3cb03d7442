import type { DocumentModel } from '../../domain/documents/model';
import { docText } from './docStrings';
import { countryName } from './formatDates';

/** Characters no file system accepts in a name, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const UNSAFE = /[\\/:*?"<>|\u0000-\u001F\u007F-\u009F]/g;
const MAX_LENGTH = 120;

function safe(name: string): string {
  const cleaned = name
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  return cleaned.length > MAX_LENGTH ? cleaned.slice(0, MAX_LENGTH).trim() : cleaned;
}

/**
 * A file name in the document's language: the kind of document, the country and the month of the
 * tour ("Отчёт об ознакомительной поездке, Венгрия, 2010-09.docx"); a memo names its visit's date.
 * Dates stay ISO so the files sort in order in any folder. A draft's name ends with the draft mark.
 */
export function documentFileName(model: DocumentModel, options: { draft?: boolean } = {}): string {
  const t = docText(model.language);
  const title = t(`titles.${model.kind}`);
  const country = countryName(model.tour.hostCountry, model.language);
  const parts =
    model.kind === 'memo'
      ? [title, model.event.date, model.event.organisation || model.event.title].map((p) => p.slice(0, 60))
      : [title, country, model.tour.startDate.slice(0, 7)];
  const name = safe(parts.filter((p) => p.trim() !== '').join(', '));
  // A draft says so in its name too ("…, 2010-09, ПРОЕКТ.docx"), so it is not sent by mistake.
  const draft = options.draft ? `, ${t('draft.mark')}` : '';
  return `${name === '' ? 'document' : name}${draft}.docx`;
}

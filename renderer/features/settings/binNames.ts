import type { Language } from '../../domain/entities';
import { pickText } from '../../domain/localizedText';
import { delegateDisplayName, displayName } from '../../domain/names';
import type { BinRecord } from '../../domain/recycleBin';

/** How long a recommendation's text may be in the list before it is cut (it can be paragraphs). */
const EXCERPT = 80;

/** The name a deleted record is recognised by in "Recently deleted". */
export function binRecordName(entry: BinRecord, language: Language): string {
  switch (entry.kind) {
    case 'contacts':
      return displayName(entry.record, language);
    case 'organisations':
      return pickText(entry.record.name, language).value;
    case 'findings':
    case 'materials':
    case 'events':
      return pickText(entry.record.title, language).value;
    case 'recommendations': {
      const text = pickText(entry.record.text, language).value.replace(/\s+/g, ' ').trim();
      return text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
    }
    case 'delegates':
      return delegateDisplayName(entry.record, language);
  }
}

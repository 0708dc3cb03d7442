import type { Language, RecordMeta } from '../entities';
import { TOUR_RECORD_KINDS, type TourBundle } from '../tourBundle';
import { isLocalizedTextValue } from '../translations/localizedPaths';
import { translationState } from '../translations/translationState';
import type { TextPlace } from './fallbacks';

type AnyRecord = RecordMeta & Record<string, unknown>;

/**
 * Whether a text of the tour, in the document language, is a translation made from a source that
 * has changed since: the Documents screen counts such texts apart from those taken from another
 * language, and asks before a final export carries them.
 */
export function reviewLookup(bundle: TourBundle, language: Language): (place: TextPlace) => boolean {
  const byId = new Map<string, AnyRecord>([[bundle.tour.id, bundle.tour as AnyRecord]]);
  for (const kind of TOUR_RECORD_KINDS) {
    for (const record of bundle[kind]) if (record.translationMeta) byId.set(record.id, record as AnyRecord);
  }
  return ({ recordId, field }) => {
    const record = byId.get(recordId);
    const text = record?.[field];
    if (!record?.translationMeta?.[field] || !isLocalizedTextValue(text)) return false;
    return translationState(record.translationMeta, field, text, language).status === 'needsReview';
  };
}

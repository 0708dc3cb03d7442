import { useMemo } from 'react';
import type { Language } from '../../../domain/entities';
import type { TranslatableField, TranslatableTour } from '../../../domain/findings';
import { tourGlossary } from '../../../domain/glossary/tourGlossary';
import { translationAids, type TranslationAids } from '../../../domain/glossary/translationAids';
import { fieldState } from '../../../domain/translations';

/**
 * The glossary (agreed terms and the tour's names) and the memory of confirmed translations into
 * `target`, one per version of the tour: their indexes are built at the first text asked about.
 */
export function useTranslationAids(
  tour: TranslatableTour | undefined,
  fields: readonly TranslatableField[],
  target: Language,
): TranslationAids {
  const glossary = useMemo(() => (tour ? tourGlossary(tour) : []), [tour]);
  return useMemo(() => {
    const byKey = new Map(fields.map((field) => [field.key, field]));
    // A translation whose source changed since it was made is not offered as an earlier one.
    const unconfirmed = (key: string) => {
      const field = byKey.get(key);
      return field !== undefined && fieldState(field, target).status === 'needsReview';
    };
    return translationAids(glossary, fields, target, unconfirmed);
  }, [glossary, fields, target]);
}

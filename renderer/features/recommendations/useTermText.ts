import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecommendationTerm } from '../../domain/entities';
import { formatTerm } from '../../domain/recommendationTerm';
import { formatDate } from '../../i18n/formatters';
import { useUiLanguage } from '../../i18n/useUiLanguage';

/** A recommendation's term as the interface writes it ("IV квартал 2010 г.", "Q4 2010", "2010. IV. negyedév"). */
export function useTermText(): (term: RecommendationTerm) => string {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return useCallback(
    (term: RecommendationTerm) =>
      formatTerm(
        term,
        (key, values) => t(key, values),
        'recommendations.termFormat',
        (iso) => formatDate(iso, language),
      ),
    [t, language],
  );
}

import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language, Translator } from '../../domain/entities';
import {
  REVIEW_FILTERS,
  UNKNOWN_TRANSLATOR,
  translatorKey,
  type ReviewFilter,
} from '../../domain/translations';
import { LANGUAGE_NATIVE_NAMES } from '../../i18n/languages';

const ANYONE = '';

/** Which texts to list by the state of their translation into the target, and by translator. */
export function ReviewFilters({
  target,
  filter,
  onFilter,
  translator,
  onTranslator,
  translators,
  nameOf,
}: {
  target: Language;
  filter: ReviewFilter;
  onFilter(filter: ReviewFilter): void;
  translator: string | null;
  onTranslator(translator: string | null): void;
  translators: readonly Translator[];
  nameOf(who: Translator): string;
}) {
  const { t } = useTranslation();
  const language = LANGUAGE_NATIVE_NAMES[target];
  const people = translators
    .map((who) => ({ value: translatorKey(who), label: nameOf(who) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return (
    <>
      <NativeSelect
        label={t('translation.review.filterLabel')}
        data={REVIEW_FILTERS.map((value) => ({
          value,
          label: t(`translation.review.filters.${value}`, { language }),
        }))}
        value={filter}
        onChange={(event) => onFilter(event.currentTarget.value as ReviewFilter)}
      />
      <NativeSelect
        label={t('translation.review.translatorLabel')}
        data={[
          { value: ANYONE, label: t('translation.review.anyone') },
          ...people,
          { value: UNKNOWN_TRANSLATOR, label: t('translation.review.notRecorded') },
        ]}
        value={translator ?? ANYONE}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onTranslator(value === ANYONE ? null : value);
        }}
      />
    </>
  );
}

import type { ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import type { TFunction } from 'i18next';
import { matchesQuery } from '../domain/names';

/**
 * At most this many options are in an open dropdown: a large tour has 2,000 findings and 400
 * contacts, and a dropdown holding them all takes long to open. Typing narrows the choice.
 */
export const LONG_OPTIONS_LIMIT = 50;

/**
 * Mantine's option filter with the app's folding, so "szoke" finds "Szőke" and "ковалев" finds
 * "Ковалёв" as everywhere else in the app; it keeps to `limit` as Mantine's own filter does.
 */
export const foldedOptionsFilter: OptionsFilter = ({ options, search, limit }) => {
  const found: ComboboxParsedItem[] = [];
  for (const option of options) {
    if (found.length >= limit) break;
    if ('group' in option) {
      const items = option.items.filter((item) => matchesQuery(search, [item.label]));
      if (items.length > 0) found.push({ ...option, items: items.slice(0, limit - found.length) });
    } else if (matchesQuery(search, [option.label])) {
      found.push(option);
    }
  }
  return found;
};

/** Props for a searchable select of records that may number in the thousands. */
export function longOptionsProps(t: TFunction, optionCount: number) {
  return {
    searchable: true,
    filter: foldedOptionsFilter,
    limit: LONG_OPTIONS_LIMIT,
    nothingFoundMessage: t('common.nothingFound'),
    placeholder: optionCount > LONG_OPTIONS_LIMIT ? t('common.typeToSearch') : undefined,
  };
}

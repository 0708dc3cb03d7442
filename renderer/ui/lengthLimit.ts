import type { TFunction } from 'i18next';
import { TEXT_MAX_LENGTH, TITLE_MAX_LENGTH } from '../domain/entities';

export type LengthLimit = 'title' | 'text';

const MAXIMUM: Record<LengthLimit, number> = { title: TITLE_MAX_LENGTH, text: TEXT_MAX_LENGTH };
/** The counter appears from this share of the limit on: earlier it would only be noise. */
const COUNTER_FROM = 0.8;

/**
 * Props for a Mantine text input that holds a title (≤ 300 characters) or a text (≤ 50,000):
 * the browser stops typing and pasting at the limit, and near it a counter says what is left.
 * The same limits are in the domain's zod schemas, which guard imported files too.
 */
export function lengthProps(t: TFunction, value: string, limit: LengthLimit, description?: string) {
  const maximum = MAXIMUM[limit];
  const left = maximum - value.length;
  let hint: string | undefined = description;
  if (left <= 0) hint = t('forms.limit.reached', { count: maximum });
  else if (value.length >= maximum * COUNTER_FROM) hint = t('forms.limit.left', { count: left });
  return { maxLength: maximum, description: hint };
}

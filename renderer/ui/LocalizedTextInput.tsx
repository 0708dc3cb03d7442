import { Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, LocalizedText } from '../domain/entities';
import { lengthProps } from './lengthLimit';

interface Props {
  label: string;
  value: LocalizedText;
  /** The translation being typed; the others are kept as they are. */
  language: Language;
  onChange(next: LocalizedText): void;
  /** A text of paragraphs (≤ 50,000 characters) instead of a one-line title (≤ 300). */
  multiline?: boolean;
  minRows?: number;
  maxRows?: number;
  required?: boolean;
  description?: string;
  error?: ReactNode;
  placeholder?: string;
}

/**
 * The one input for a translatable text: shows and edits one language's version, keeps the
 * others, and holds the length limit. Kept raw while typing (a trailing space is not lost
 * mid-word); blank versions are removed when the form saves.
 */
export function LocalizedTextInput({
  value,
  language,
  onChange,
  multiline,
  minRows,
  maxRows,
  ...rest
}: Props) {
  const { t } = useTranslation();
  const text = value[language] ?? '';
  const update = (next: string) => onChange({ ...value, [language]: next });
  const limits = lengthProps(t, text, multiline ? 'text' : 'title', rest.description);
  return multiline ? (
    <Textarea
      {...rest}
      {...limits}
      autosize
      minRows={minRows ?? 3}
      maxRows={maxRows ?? 16}
      value={text}
      onChange={(event) => update(event.currentTarget.value)}
    />
  ) : (
    <TextInput {...rest} {...limits} value={text} onChange={(event) => update(event.currentTarget.value)} />
  );
}

import { useId } from 'react';
import { List, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GlossaryTerm, Language } from '../../../domain/entities';

interface Props {
  terms: readonly GlossaryTerm[];
  source: Language;
  target: Language;
}

/** Glossary terms of the source whose agreed translation the translation does not use. */
export function DivergentTerms({ terms, source, target }: Props) {
  const { t } = useTranslation();
  const heading = useId();
  if (terms.length === 0) return null;
  return (
    <Paper
      withBorder
      p="xs"
      component="section"
      aria-labelledby={heading}
      style={{ borderColor: 'var(--mantine-color-orange-7)' }}
    >
      <Text id={heading} size="xs" fw={600} c="orange.9">
        {t('glossary.divergent.label', { count: terms.length })}
      </Text>
      <List size="sm" spacing={0}>
        {terms.map((term) => (
          <List.Item key={term.id}>
            <span lang={source}>{term.text[source]?.trim()}</span> →{' '}
            <span lang={target}>{term.text[target]?.trim()}</span>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}

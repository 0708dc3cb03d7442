import { useId } from 'react';
import { Badge, Group, Kbd, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../domain/entities';
import type { Suggestion } from '../../../domain/glossary/translationAids';

interface Props {
  suggestions: readonly Suggestion[];
  source: Language;
  target: Language;
  onInsert(suggestion: Suggestion): void;
}

/** The shortcut of the n-th suggestion (from 1): Alt+1 … Alt+9, typed in the translation box. */
export const suggestionShortcut = (number: number) => `Alt+${number}`;

/**
 * The glossary's terms and the earlier translations offered for the text being translated, beside
 * its box: each a button, and Alt+its number in the box inserts it at the caret.
 */
export function SuggestionsPanel({ suggestions, source, target, onInsert }: Props) {
  const { t } = useTranslation();
  const heading = useId();
  if (suggestions.length === 0) return null;
  return (
    <Paper withBorder p="xs" component="section" aria-labelledby={heading} bg="gray.0">
      <Stack gap={4}>
        <Text id={heading} size="xs" fw={600}>
          {t('glossary.suggestions.label')}
        </Text>
        <Stack component="ul" gap={2} m={0} p={0} style={{ listStyle: 'none' }}>
          {suggestions.map((suggestion, index) => {
            const shortcut = suggestionShortcut(index + 1);
            return (
              <li key={`${suggestion.kind}:${suggestion.insert}:${suggestion.source}`}>
                <UnstyledButton
                  w="100%"
                  p={4}
                  aria-keyshortcuts={shortcut}
                  aria-label={t('glossary.suggestions.insert', { text: suggestion.insert, shortcut })}
                  onClick={() => onInsert(suggestion)}
                  style={{ borderRadius: 4 }}
                >
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Kbd size="xs">{shortcut}</Kbd>
                    <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                      <Text size="sm" lang={target}>
                        {suggestion.insert}
                      </Text>
                      <Text size="xs" c="dimmed" lang={source} lineClamp={2}>
                        {suggestion.source}
                        {suggestion.kind === 'term' && suggestion.note !== '' && ` — ${suggestion.note}`}
                      </Text>
                    </Stack>
                    <Badge size="xs" variant="light" color={suggestion.kind === 'term' ? 'teal.9' : 'blue.9'}>
                      {suggestion.kind === 'term'
                        ? t('glossary.suggestions.term')
                        : t('glossary.suggestions.match', { score: suggestion.score })}
                    </Badge>
                  </Group>
                </UnstyledButton>
              </li>
            );
          })}
        </Stack>
      </Stack>
    </Paper>
  );
}

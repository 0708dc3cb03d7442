import { useState } from 'react';
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CyrillicName } from '../../domain/entities';
import { suggestCyrillicName, type CyrillicLanguage, type NameParts } from '../../domain/names';

interface CyrillicNameFieldProps {
  language: CyrillicLanguage;
  parts: NameParts;
  /** The stored form; only a form with `checked: true` is ever stored by this field. */
  value: CyrillicName | undefined;
  onChange(value: CyrillicName | undefined): void;
}

/** The Latin name parts a Cyrillic form is made from, as one comparable string. */
function latinOf(parts: NameParts): string {
  return JSON.stringify([
    parts.prefix ?? '',
    parts.familyName.trim(),
    parts.givenName.trim(),
    parts.nameOrder,
  ]);
}

/**
 * The name in Russian or Belarusian: the form the transcription rules suggest, which the translator
 * accepts as it is or corrects; either way it is then stored and marked checked.
 */
export function CyrillicNameField({ language, parts, value, onChange: store }: CyrillicNameFieldProps) {
  const { t } = useTranslation();
  const [correcting, setCorrecting] = useState(false);
  // The Latin name a checked form was made for: a form checked for "Szőke Ödön" says nothing about
  // "Szőke Ödönné", so editing the Latin name afterwards asks for the form to be checked again.
  const [checkedFor, setCheckedFor] = useState(() => (value?.checked ? latinOf(parts) : null));
  const onChange = (next: CyrillicName | undefined) => {
    setCheckedFor(next?.checked ? latinOf(parts) : null);
    store(next);
  };
  const languageName = t(`contacts.cyrillic.${language}`);
  const suggestion = suggestCyrillicName(parts, language);
  const checked = value?.checked === true;
  const stale = checked && checkedFor !== null && checkedFor !== latinOf(parts);
  const shown = checked ? value : suggestion;
  const hasName = parts.familyName.trim() !== '';
  const headingId = `cyrillic-${language}-heading`;

  return (
    <Paper withBorder p="sm" role="group" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text id={headingId} fw={600} size="sm">
            {languageName}
          </Text>
          {hasName && (
            <Badge color={stale ? 'orange' : checked ? 'green' : 'gray'} variant="light">
              {stale
                ? t('contacts.cyrillic.stale')
                : checked
                  ? t('contacts.cyrillic.checked')
                  : t('contacts.cyrillic.suggested')}
            </Badge>
          )}
        </Group>
        {correcting ? (
          <SimpleGrid cols={2}>
            <TextInput
              label={t('contacts.cyrillic.familyName', { language: languageName })}
              value={value?.familyName ?? suggestion.familyName}
              onChange={(event) =>
                onChange({
                  familyName: event.currentTarget.value,
                  givenName: value?.givenName ?? suggestion.givenName,
                  checked: true,
                })
              }
            />
            <TextInput
              label={t('contacts.cyrillic.givenName', { language: languageName })}
              value={value?.givenName ?? suggestion.givenName}
              onChange={(event) =>
                onChange({
                  familyName: value?.familyName ?? suggestion.familyName,
                  givenName: event.currentTarget.value,
                  checked: true,
                })
              }
            />
          </SimpleGrid>
        ) : hasName ? (
          <Text lang={language} data-testid={`cyrillic-${language}`}>
            {`${shown.familyName} ${shown.givenName}`.trim()}
          </Text>
        ) : (
          <Text c="dimmed" size="sm">
            {t('contacts.cyrillic.needName')}
          </Text>
        )}
        {hasName && (
          <Group gap="xs">
            {!checked && !correcting && (
              <Button
                size="xs"
                variant="light"
                aria-label={t('contacts.cyrillic.acceptLabel', { language: languageName })}
                onClick={() => onChange({ ...suggestion, checked: true })}
              >
                {t('contacts.cyrillic.accept')}
              </Button>
            )}
            {!correcting && (
              <Button
                size="xs"
                variant="default"
                aria-label={t('contacts.cyrillic.correctLabel', { language: languageName })}
                onClick={() => {
                  if (!checked) onChange({ ...suggestion, checked: true });
                  setCorrecting(true);
                }}
              >
                {t('contacts.cyrillic.correct')}
              </Button>
            )}
            {correcting && (
              <Button
                size="xs"
                variant="light"
                onClick={() => {
                  setCorrecting(false);
                  // Done: the form as it stands is checked for the Latin name as it stands.
                  if (value) onChange(value);
                }}
              >
                {t('contacts.cyrillic.done')}
              </Button>
            )}
            {checked && (
              <Button
                size="xs"
                variant="subtle"
                onClick={() => {
                  setCorrecting(false);
                  onChange(undefined);
                }}
              >
                {t('contacts.cyrillic.useSuggestion')}
              </Button>
            )}
          </Group>
        )}
        {hasName && !checked && (
          <Text size="xs" c="dimmed">
            {t('contacts.cyrillic.hint')}
          </Text>
        )}
        {stale && (
          <Text size="xs" fw={500}>
            {t('contacts.cyrillic.staleHint', {
              suggestion: `${suggestion.familyName} ${suggestion.givenName}`.trim(),
            })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

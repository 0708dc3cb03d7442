import { useState } from 'react';
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A name form in another script or spelling, as a translator confirmed it. */
export interface CheckedNameForm {
  familyName: string;
  givenName: string;
  checked: boolean;
}

export interface SuggestedNameFieldProps {
  /** The section of the interface strings this field speaks with (…suggested, …accept, …hint, …). */
  keyPrefix: string;
  /** The name of the form, e.g. "Russian" or "Hungarian": heading and part of the buttons' names. */
  formName: string;
  /** The language the form is written in (the `lang` of the shown name). */
  lang: string;
  /** What the rules make of the name as it stands. */
  suggestion: { familyName: string; givenName: string };
  /** The name the suggestion is made from, as one comparable string: a change makes a checked form stale. */
  source: string;
  /** False while there is no name to suggest from. */
  hasName: boolean;
  /** The stored form; only a form with `checked: true` is ever stored by this field. */
  value: CheckedNameForm | undefined;
  onChange(value: CheckedNameForm | undefined): void;
  testId: string;
}

/**
 * A form of a name the transcription rules suggest, which the translator accepts as it is or
 * corrects; either way it is then stored and marked checked. Shared by the Cyrillic forms of the
 * contacts' names and the Hungarian form of the delegates' names.
 */
export function SuggestedNameField({
  keyPrefix,
  formName,
  lang,
  suggestion,
  source,
  hasName,
  value,
  onChange: store,
  testId,
}: SuggestedNameFieldProps) {
  const { t } = useTranslation();
  const [correcting, setCorrecting] = useState(false);
  // The name a checked form was made for: a form checked for "Szőke Ödön" says nothing about
  // "Szőke Ödönné", so editing the name afterwards asks for the form to be checked again.
  const [checkedFor, setCheckedFor] = useState(() => (value?.checked ? source : null));
  const onChange = (next: CheckedNameForm | undefined) => {
    setCheckedFor(next?.checked ? source : null);
    store(next);
  };
  const checked = value?.checked === true;
  const stale = checked && checkedFor !== null && checkedFor !== source;
  const shown = checked ? value : suggestion;
  const headingId = `${testId}-heading`;
  const key = (name: string) => `${keyPrefix}.${name}`;

  return (
    <Paper withBorder p="sm" role="group" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text id={headingId} fw={600} size="sm">
            {formName}
          </Text>
          {hasName && (
            <Badge color={stale ? 'orange' : checked ? 'green' : 'gray'} variant="light">
              {stale ? t(key('stale')) : checked ? t(key('checked')) : t(key('suggested'))}
            </Badge>
          )}
        </Group>
        {correcting ? (
          <SimpleGrid cols={2}>
            <TextInput
              label={t(key('familyName'), { language: formName })}
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
              label={t(key('givenName'), { language: formName })}
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
          <Text lang={lang} data-testid={testId}>
            {`${shown.familyName} ${shown.givenName}`.trim()}
          </Text>
        ) : (
          <Text c="dimmed" size="sm">
            {t(key('needName'))}
          </Text>
        )}
        {hasName && (
          <Group gap="xs">
            {!checked && !correcting && (
              <Button
                size="xs"
                variant="light"
                aria-label={t(key('acceptLabel'), { language: formName })}
                onClick={() => onChange({ ...suggestion, checked: true })}
              >
                {t(key('accept'))}
              </Button>
            )}
            {!correcting && (
              <Button
                size="xs"
                variant="default"
                aria-label={t(key('correctLabel'), { language: formName })}
                onClick={() => {
                  if (!checked) onChange({ ...suggestion, checked: true });
                  setCorrecting(true);
                }}
              >
                {t(key('correct'))}
              </Button>
            )}
            {correcting && (
              <Button
                size="xs"
                variant="light"
                onClick={() => {
                  setCorrecting(false);
                  // Done: the form as it stands is checked for the name as it stands.
                  if (value) onChange(value);
                }}
              >
                {t(key('done'))}
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
                {t(key('useSuggestion'))}
              </Button>
            )}
          </Group>
        )}
        {hasName && !checked && (
          <Text size="xs" c="dimmed">
            {t(key('hint'))}
          </Text>
        )}
        {stale && (
          <Text size="xs" fw={500}>
            {t(key('staleHint'), {
              suggestion: `${suggestion.familyName} ${suggestion.givenName}`.trim(),
            })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

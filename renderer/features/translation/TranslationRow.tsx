import { Badge, Button, Card, Grid, Group, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { saveTranslation } from '../../db/findings';
import type { Language } from '../../domain/entities';
import type { TranslatableField } from '../../domain/findings';
import { pickText } from '../../domain/localizedText';
import { LANGUAGE_NATIVE_NAMES } from '../../i18n/languages';
import { PlainText } from '../../ui/PlainText';
import { lengthProps } from '../../ui/lengthLimit';
import { useSaveAction } from '../../ui/useSaveAction';

/** Titles and names are one line of at most 300 characters; the other fields are texts. */
const TITLE_FIELDS = new Set(['title', 'name', 'rank', 'position', 'organisation', 'responsible']);

interface Props {
  field: TranslatableField;
  heading: string;
  source: Language;
  target: Language;
  /** What is typed in the translation box, saved or not (the screen keeps drafts). */
  value: string;
  /** The stored translation `value` was typed over: the save is refused if it changed meanwhile. */
  typedOver: string;
  onChange(value: string): void;
  /** The typed value is stored: it is no longer a draft. */
  onSaved(): void;
}

/** One text side by side: the source on the left, the translation being written on the right. */
export function TranslationRow(props: Props) {
  const { field, heading, source, target, value, typedOver, onChange, onSaved } = props;
  const { t } = useTranslation();
  const stored = field.text[target] ?? '';
  const shown = pickText(field.text, source);
  const saving = useSaveAction();

  const save = async () => {
    const outcome = await saving.run(
      (options) => saveTranslation(field, target, value, { typedOver, ...options }),
      { success: t('translation.saved') },
    );
    // Saved, or the user kept the translation saved meanwhile: either way no draft is left.
    if (outcome.done) onSaved();
  };

  return (
    <Card withBorder padding="sm" component="article" aria-label={heading}>
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {heading}
        </Text>
        <Grid>
          <Grid.Col span={{ base: 12, md: 6 }} lang={shown.language ?? undefined}>
            <Group gap={4} mb={4}>
              <Badge size="xs" variant="outline" color="blue.9">
                {(shown.language ?? source).toUpperCase()}
              </Badge>
              {shown.isFallback && (
                <Text size="xs" fs="italic">
                  {t('translation.sourceFallback', { language: LANGUAGE_NATIVE_NAMES[source] })}
                </Text>
              )}
            </Group>
            <PlainText text={shown.value} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Stack gap="xs">
              <Textarea
                lang={target}
                label={t('translation.targetLabel', { language: LANGUAGE_NATIVE_NAMES[target] })}
                autosize
                minRows={2}
                {...lengthProps(t, value, TITLE_FIELDS.has(field.field) ? 'title' : 'text')}
                value={value}
                onChange={(event) => onChange(event.currentTarget.value)}
              />
              <Group justify="flex-end">
                <Button
                  size="xs"
                  disabled={value === stored}
                  loading={saving.pending}
                  onClick={() => void save()}
                >
                  {t('translation.save')}
                </Button>
              </Group>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Card>
  );
}

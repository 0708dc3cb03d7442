import { useMemo } from 'react';
import { Badge, Button, Card, Grid, Group, Stack, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { checkTranslation, confirmTranslation, saveTranslation } from '../../db/translations';
import type { Language, Translator } from '../../domain/entities';
import type { TranslatableField } from '../../domain/findings';
import { pickText } from '../../domain/localizedText';
import { fieldState } from '../../domain/translations';
import { LANGUAGE_NATIVE_NAMES } from '../../i18n/languages';
import { PlainText } from '../../ui/PlainText';
import { lengthProps } from '../../ui/lengthLimit';
import { useSaveAction } from '../../ui/useSaveAction';
import { SourceChange } from './SourceChange';
import { TranslationByline } from './TranslationByline';
import type { TranslationAids } from '../../domain/glossary/translationAids';
import { DivergentTerms } from './glossary/DivergentTerms';
import { SuggestionsPanel } from './glossary/SuggestionsPanel';
import { useSuggestionInsert } from './glossary/useSuggestionInsert';

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
  /** This laptop's user, who may check others' translations (null: not said who they are). */
  actor: Translator | null | undefined;
  nameOf(who: Translator): string;
  /** The tour's glossary and memory into `target`. */
  aids: TranslationAids;
  /** The text being translated: only its row computes suggestions (the list stays quick). */
  active: boolean;
  /** The translation box got the focus. */
  onActivate(): void;
}

/** One text side by side: the source on the left, the translation being written on the right. */
export function TranslationRow(props: Props) {
  const { field, heading, source, target, value, typedOver, onChange, onSaved, actor, nameOf } = props;
  const { aids, active, onActivate } = props;
  const { t } = useTranslation();
  const stored = field.text[target] ?? '';
  const shown = pickText(field.text, source);
  const state = fieldState(field, target);
  const saving = useSaveAction();
  const confirming = useSaveAction();
  const checking = useSaveAction();
  const sourceLanguage = shown.language ?? source;
  const suggestions = useMemo(
    () => (active ? aids.suggestions(sourceLanguage, shown.value, field.key) : []),
    [active, aids, sourceLanguage, shown.value, field.key],
  );
  const divergent = useMemo(
    () => aids.divergent(sourceLanguage, shown.value, value),
    [aids, sourceLanguage, shown.value, value],
  );
  const inserting = useSuggestionInsert(value, onChange, suggestions);

  const save = async () => {
    // Made from the source shown beside the box (another language when the chosen one is missing).
    const from = shown.language ?? undefined;
    const outcome = await saving.run(
      (options) =>
        saveTranslation(field, target, value, { typedOver, ...(from ? { from } : {}), ...options }),
      { success: t('translation.saved') },
    );
    // Saved, or the user kept the translation saved meanwhile: either way no draft is left.
    if (outcome.done) onSaved();
  };
  const confirm = () =>
    void confirming.run((options) => confirmTranslation(field, target, options), {
      success: t('translation.review.confirmed'),
    });
  const check = () =>
    void checking.run((options) => checkTranslation(field, target, options), {
      success: t('translation.review.checked'),
    });

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
              {state.status === 'needsReview' && state.note && (
                <SourceChange
                  from={state.note.from}
                  oldSource={state.oldSource ?? ''}
                  newSource={state.newSource ?? ''}
                  confirming={confirming.pending}
                  onConfirm={confirm}
                />
              )}
              <Textarea
                ref={inserting.box}
                lang={target}
                label={t('translation.targetLabel', { language: LANGUAGE_NATIVE_NAMES[target] })}
                autosize
                minRows={2}
                {...lengthProps(t, value, TITLE_FIELDS.has(field.field) ? 'title' : 'text')}
                value={value}
                onChange={(event) => onChange(event.currentTarget.value)}
                onFocus={onActivate}
                onKeyDown={inserting.onKeyDown}
              />
              <DivergentTerms terms={divergent} source={sourceLanguage} target={target} />
              <SuggestionsPanel
                suggestions={suggestions}
                source={sourceLanguage}
                target={target}
                onInsert={inserting.insert}
              />
              <VisuallyHidden aria-live="polite" aria-atomic>
                {inserting.announcement ||
                  (active && suggestions.length > 0
                    ? t('glossary.suggestions.available', { count: suggestions.length })
                    : '')}
              </VisuallyHidden>
              <TranslationByline
                state={state}
                actor={actor}
                nameOf={nameOf}
                checking={checking.pending}
                onCheck={check}
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

import { useDeferredValue, useMemo, useState } from 'react';
import {
  Button,
  Center,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useActiveTour } from '../../ui/activeTour';
import { WindowVirtualList } from '../../ui/WindowVirtualList';
import { SHORT_LIST_LENGTH } from '../../ui/useWindowVirtualRows';
import { LANGUAGES, type Language } from '../../domain/entities';
import {
  translatableFields,
  translationCounts,
  TRANSLATABLE_KINDS,
  type TranslatableField,
  type TranslatableKind,
} from '../../domain/findings';
import { foldedHaystack, matchesFolded } from '../../domain/names';
import { LANGUAGE_NATIVE_NAMES, isLanguage } from '../../i18n/languages';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { recordNamer } from './recordNames';
import { TranslationCounts } from './TranslationCounts';
import { clearDraft, draftBase, draftKey, setDraft, useTranslationDrafts } from './translationDrafts';
import { TranslationRow } from './TranslationRow';
import { useTranslatableTour } from './useTranslatableTour';
import { XliffActions } from './xliff/XliffActions';
import { useTranslationActor } from '../../db/translationActor';
import {
  isReviewFilter,
  matchesReview,
  needingReviewCounts,
  translatorsOf,
  type ReviewFilter,
} from '../../domain/translations';
import { ReviewFilters } from './ReviewFilters';
import { translatorNamer } from './translatorNames';
import { GlossaryButton } from './glossary/GlossaryButton';
import { useTranslationAids } from './glossary/useTranslationAids';

/** A row with a one-line source, the translation box and its button, before it is measured. */
const ROW_HEIGHT_GUESS = 220;
const ROW_GAP = 16;

/** The translator's backlog: every multilingual text of the tour, source left, translation right. */
export function TranslationScreen() {
  const tour = useActiveTour();
  if (!tour) return null;
  return <TranslationOfTour tourId={tour.id} />;
}

function TranslationOfTour({ tourId }: { tourId: string }) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const snapshot = useTranslatableTour(tourId);
  // A link may ask for exactly some texts (the Documents screen's "taken from another language"):
  // ?texts=<key>,<key>&into=hu&from=ru. The filter stays in the address until the user lifts it.
  const [searchParams, setSearchParams] = useSearchParams();
  const linkedInto = searchParams.get('into');
  const linkedFrom = searchParams.get('from');
  const textsParam = searchParams.get('texts');
  const linkedTexts = useMemo(
    () => (textsParam === null ? null : new Set(textsParam.split(',').filter((key) => key !== ''))),
    [textsParam],
  );
  const [source, setSource] = useState<Language>(isLanguage(linkedFrom) ? linkedFrom : 'ru');
  const [target, setTarget] = useState<Language>(
    isLanguage(linkedInto) ? linkedInto : uiLanguage === 'ru' ? 'be' : uiLanguage,
  );
  // ?review=needsReview (the Documents screen's "texts needing review") opens on that state.
  const linkedReview = searchParams.get('review');
  const [review, setReview] = useState<ReviewFilter>(isReviewFilter(linkedReview) ? linkedReview : 'missing');
  const [translator, setTranslator] = useState<string | null>(null);
  const actor = useTranslationActor(tourId);
  const [kind, setKind] = useState<TranslatableKind | 'all'>('all');
  const [query, setQuery] = useState('');
  // Typing stays quick while thousands of texts are searched behind it.
  const deferredQuery = useDeferredValue(query);
  const drafts = useTranslationDrafts();
  // The text whose box has the focus: the only one suggestions are computed for.
  const [activeKey, setActiveKey] = useState<string | null>(null);

  const fields = useMemo(() => (snapshot ? translatableFields(snapshot) : []), [snapshot]);
  const aids = useTranslationAids(snapshot, fields, target);
  const nameOf = useMemo(() => snapshot && recordNamer(snapshot, uiLanguage), [snapshot, uiLanguage]);
  const translatorName = useMemo(
    () => translatorNamer(snapshot?.delegates, uiLanguage),
    [snapshot, uiLanguage],
  );
  // The long list keeps only what is near the window, so the browser's find cannot reach every
  // text: the Find box looks in all languages of a text and its record's name. Folding a large
  // tour's texts takes a tenth of a second or more, so each is folded once, at the first search.
  const haystackOf = useMemo(() => {
    const folded = new Map<string, string>();
    return (field: TranslatableField) => {
      let haystack = folded.get(field.key);
      if (haystack === undefined) {
        haystack = foldedHaystack([...Object.values(field.text), nameOf?.(field).name ?? '']);
        folded.set(field.key, haystack);
      }
      return haystack;
    };
  }, [nameOf]);
  // Drafts of texts this tour still has (one of a deleted record or another tour is not counted).
  const draftKeys = useMemo(
    () => new Set(fields.flatMap((field) => LANGUAGES.map((language) => draftKey(field.key, language)))),
    [fields],
  );
  const unsaved = [...drafts.keys()].filter((key) => draftKeys.has(key)).length;
  const backlog = useMemo(
    () =>
      fields.filter(
        (field) =>
          matchesReview(field, target, review, translator) &&
          (linkedTexts === null || linkedTexts.has(field.key)) &&
          (kind === 'all' || field.kind === kind) &&
          (deferredQuery.trim() === '' || matchesFolded(deferredQuery, haystackOf(field))),
      ),
    [fields, review, translator, target, kind, deferredQuery, haystackOf, linkedTexts],
  );
  if (!snapshot || !nameOf) {
    return (
      <Center>
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  const counts = translationCounts(fields);
  const reviewCounts = needingReviewCounts(fields);
  const languageOptions = LANGUAGES.map((language) => ({
    value: language,
    label: LANGUAGE_NATIVE_NAMES[language],
  }));
  const heading = (field: (typeof fields)[number]) => {
    const { name, number } = nameOf(field);
    const what = t(`translation.kinds.${field.kind}`, { number });
    const which = t(`translation.fields.${field.field}`);
    // Each language quotes a name its own way: «…» in Russian and Belarusian, „…” in Hungarian.
    return name
      ? t('translation.rowHeading', { what, name, which })
      : t('translation.rowHeadingUnnamed', { what, which });
  };

  // Why nothing is listed: what was searched for, or a selection with nothing left to translate.
  const emptyMessage = () => {
    if (query.trim() !== '') return t('translation.empty.noMatch', { query: query.trim() });
    if (review === 'missing')
      return t('translation.empty.allTranslated', { language: LANGUAGE_NATIVE_NAMES[target] });
    if (review !== 'all') return t('translation.review.empty');
    return t('translation.empty.noTexts');
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('translation.title')}
        </Title>
        <Group gap="xs">
          <GlossaryButton tour={snapshot} />
          <XliffActions tour={snapshot} source={source} target={target} />
        </Group>
      </Group>
      <TranslationCounts counts={counts} needingReview={reviewCounts} />
      {linkedTexts !== null && (
        <Paper withBorder p="sm" role="region" aria-label={t('translation.linked.label')}>
          <Group justify="space-between">
            <Text size="sm">{t('translation.linked.only', { count: linkedTexts.size })}</Text>
            <Button
              size="xs"
              variant="default"
              onClick={() =>
                setSearchParams(
                  (params) => {
                    params.delete('texts');
                    return params;
                  },
                  { replace: true },
                )
              }
            >
              {t('translation.linked.showAll')}
            </Button>
          </Group>
        </Paper>
      )}
      <Group align="flex-end">
        <NativeSelect
          label={t('translation.from')}
          data={languageOptions}
          value={source}
          onChange={(event) => isLanguage(event.currentTarget.value) && setSource(event.currentTarget.value)}
        />
        <NativeSelect
          label={t('translation.into')}
          data={languageOptions}
          value={target}
          onChange={(event) => isLanguage(event.currentTarget.value) && setTarget(event.currentTarget.value)}
        />
        <NativeSelect
          label={t('translation.show')}
          data={[
            { value: 'all', label: t('translation.allKinds') },
            ...TRANSLATABLE_KINDS.map((value) => ({ value, label: t(`translation.kindNames.${value}`) })),
          ]}
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as TranslatableKind | 'all')}
        />
        <TextInput
          type="search"
          label={t('translation.find')}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
        />
        <ReviewFilters
          target={target}
          filter={review}
          onFilter={setReview}
          translator={translator}
          onTranslator={setTranslator}
          translators={translatorsOf(fields, target)}
          nameOf={translatorName}
        />
      </Group>
      <Group gap="md" role="status">
        <Text size="sm" c="dimmed">
          {t('translation.shownCount', { count: backlog.length })}
        </Text>
        {unsaved > 0 && (
          <Text size="sm" fw={600}>
            {t('translation.unsavedCount', { count: unsaved })}
          </Text>
        )}
      </Group>
      {backlog.length === 0 && <Text c="dimmed">{emptyMessage()}</Text>}
      <WindowVirtualList
        items={backlog}
        itemKey={(field) => field.key}
        estimateHeight={ROW_HEIGHT_GUESS}
        gap={ROW_GAP}
        showAllUpTo={SHORT_LIST_LENGTH}
        renderItem={(field) => {
          const key = draftKey(field.key, target);
          const stored = field.text[target] ?? '';
          return (
            <TranslationRow
              field={field}
              heading={heading(field)}
              source={source}
              target={target}
              value={drafts.get(key) ?? stored}
              typedOver={draftBase(key) ?? stored}
              onChange={(value) => setDraft(key, value, stored)}
              onSaved={() => clearDraft(key)}
              actor={actor}
              nameOf={translatorName}
              aids={aids}
              active={field.key === activeKey}
              onActivate={() => setActiveKey(field.key)}
            />
          );
        }}
      />
    </Stack>
  );
}

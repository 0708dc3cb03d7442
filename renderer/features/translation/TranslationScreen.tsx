import { useMemo, useState } from 'react';
import { Button, Center, Checkbox, Group, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActiveTour } from '../../app/activeTour';
import { LANGUAGES, type Language } from '../../domain/entities';
import {
  notYetTranslatedInto,
  translatableFields,
  translationCounts,
  TRANSLATABLE_KINDS,
  type TranslatableKind,
} from '../../domain/findings';
import { LANGUAGE_NATIVE_NAMES, isLanguage } from '../../i18n/languages';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { recordNamer } from './recordNames';
import { TranslationCounts } from './TranslationCounts';
import { TranslationRow } from './TranslationRow';
import { useTranslatableTour } from './useTranslatableTour';

const PAGE = 25;

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
  const [source, setSource] = useState<Language>('ru');
  const [target, setTarget] = useState<Language>(uiLanguage === 'ru' ? 'be' : uiLanguage);
  const [onlyMissing, setOnlyMissing] = useState(true);
  const [kind, setKind] = useState<TranslatableKind | 'all'>('all');
  const [limit, setLimit] = useState(PAGE);

  const fields = useMemo(() => (snapshot ? translatableFields(snapshot) : []), [snapshot]);
  if (!snapshot) {
    return (
      <Center>
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  const counts = translationCounts(fields);
  const nameOf = recordNamer(snapshot, uiLanguage);
  const backlog = (onlyMissing ? notYetTranslatedInto(fields, target) : fields).filter(
    (field) => kind === 'all' || field.kind === kind,
  );
  const languageOptions = LANGUAGES.map((language) => ({
    value: language,
    label: LANGUAGE_NATIVE_NAMES[language],
  }));
  const heading = (field: (typeof fields)[number]) => {
    const { name, number } = nameOf(field);
    const what = t(`translation.kinds.${field.kind}`, { number });
    const which = t(`translation.fields.${field.field}`);
    return name ? `${what} “${name}” — ${which}` : `${what} — ${which}`;
  };

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('translation.title')}
      </Title>
      <TranslationCounts counts={counts} />
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
        <Checkbox
          mb={8}
          label={t('translation.onlyMissing', { language: LANGUAGE_NATIVE_NAMES[target] })}
          checked={onlyMissing}
          onChange={(event) => setOnlyMissing(event.currentTarget.checked)}
        />
      </Group>
      <Text size="sm" c="dimmed" role="status">
        {t('translation.shownCount', { count: backlog.length })}
      </Text>
      {backlog.slice(0, limit).map((field) => (
        <TranslationRow
          key={`${field.key}:${source}:${target}`}
          field={field}
          heading={heading(field)}
          source={source}
          target={target}
        />
      ))}
      {backlog.length > limit && (
        <Button variant="default" onClick={() => setLimit((old) => old + PAGE)}>
          {t('translation.showMore')}
        </Button>
      )}
    </Stack>
  );
}

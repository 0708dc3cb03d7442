import { useState } from 'react';
import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../domain/entities';
import {
  TRANSLATABLE_KINDS,
  numberByOrder,
  sortByOrder,
  type TranslatableKind,
  type TranslatableTour,
} from '../../../domain/findings';
import { tourGlossary } from '../../../domain/glossary/tourGlossary';
import { localized } from '../../../domain/names/recordLabels';
import { XLIFF_SELECTIONS, xliffExportOf, type XliffSelection } from '../../../domain/xliff/selectUnits';
import { LANGUAGE_NATIVE_NAMES, isLanguage } from '../../../i18n/languages';
import { useUiLanguage } from '../../../i18n/useUiLanguage';
import { saveFile } from '../../../platform';

const ALL = 'all';

interface Props {
  tour: TranslatableTour;
  /** The languages the screen translates between: the file's, unless changed here. */
  source: Language;
  target: Language;
  onClose(): void;
}

/** The file name: the tour's title as a file name allows, and the language pair. */
function fileName(title: string, source: Language, target: Language): string {
  const base =
    title
      .replace(/[\\/:*?"<>|\n\r\t]+/g, ' ')
      .trim()
      .slice(0, 60)
      .trim() || 'tour';
  return `${base} ${source}-${target}.xlf`;
}

/** Saves the tour's texts (all or missing; one kind; one key point) for one target language as XLIFF 2.0. */
export function XliffExportModal({ tour, source: initialSource, target: initialTarget, onClose }: Props) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const [source, setSource] = useState<Language>(initialSource);
  const [target, setTarget] = useState<Language>(initialTarget);
  const [which, setWhich] = useState<XliffSelection>('missing');
  const [kind, setKind] = useState<TranslatableKind | typeof ALL>(ALL);
  const [themeId, setThemeId] = useState<string>(ALL);
  const [saving, setSaving] = useState(false);

  const request = {
    source,
    target,
    which,
    kind,
    themeId: themeId === ALL ? null : themeId,
    glossary: tourGlossary(tour),
    kindLabel: (value: TranslatableKind) => t(`translation.kindNames.${value}`),
  };
  const { document, withoutSource } = xliffExportOf(tour, request);
  const keyPointNumbers = numberByOrder(tour.themes);
  const languageOptions = LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NATIVE_NAMES[code] }));

  const save = async () => {
    setSaving(true);
    try {
      // The XML writer is loaded only when a file is written.
      const { xliffBytes } = await import('../../../export/xliff/writeXliff');
      const outcome = await saveFile({
        suggestedName: fileName(document.original, source, target),
        bytes: xliffBytes(document),
        mimeType: 'application/xliff+xml',
        filters: [{ name: t('xliff.export.fileType'), extensions: ['xlf', 'xliff'] }],
      });
      if (outcome === 'saved') {
        notifications.show({
          color: 'green',
          message: t('xliff.export.done', { count: document.units.length }),
        });
        onClose();
      }
    } catch (cause) {
      console.error(cause);
      notifications.show({ color: 'red', message: t('xliff.export.failed') });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('xliff.export.title')}>
      <Stack>
        <Group grow>
          <NativeSelect
            label={t('xliff.export.from')}
            data={languageOptions}
            value={source}
            onChange={(event) =>
              isLanguage(event.currentTarget.value) && setSource(event.currentTarget.value)
            }
          />
          <NativeSelect
            label={t('xliff.export.into')}
            data={languageOptions}
            value={target}
            onChange={(event) =>
              isLanguage(event.currentTarget.value) && setTarget(event.currentTarget.value)
            }
          />
        </Group>
        <NativeSelect
          label={t('xliff.export.which')}
          data={XLIFF_SELECTIONS.map((value) => ({
            value,
            label: t(`xliff.export.selections.${value}`, { language: LANGUAGE_NATIVE_NAMES[target] }),
          }))}
          value={which}
          onChange={(event) => setWhich(event.currentTarget.value as XliffSelection)}
        />
        <NativeSelect
          label={t('xliff.export.kind')}
          data={[
            { value: ALL, label: t('translation.allKinds') },
            ...TRANSLATABLE_KINDS.map((value) => ({ value, label: t(`translation.kindNames.${value}`) })),
          ]}
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as TranslatableKind | typeof ALL)}
        />
        <NativeSelect
          label={t('xliff.export.keyPoint')}
          data={[
            { value: ALL, label: t('xliff.export.allKeyPoints') },
            ...sortByOrder(tour.themes.filter((theme) => theme.deletedAt === null)).map((theme) => ({
              value: theme.id,
              label: `${keyPointNumbers.get(theme.id) ?? ''}. ${localized(theme.title, uiLanguage)}`,
            })),
          ]}
          value={themeId}
          onChange={(event) => setThemeId(event.currentTarget.value)}
        />
        <Text size="sm" role="status">
          {source === target
            ? t('xliff.export.sameLanguage')
            : t('xliff.export.count', { count: document.units.length })}
          {source !== target && withoutSource > 0 && (
            <>
              {' '}
              {t('xliff.export.withoutSource', {
                count: withoutSource,
                language: LANGUAGE_NATIVE_NAMES[source],
              })}
            </>
          )}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={saving}
            onClick={() => void save()}
            disabled={source === target || document.units.length === 0}
          >
            {t('xliff.export.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { useState } from 'react';
import { ActionIcon, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSaveAction } from '../../ui/useSaveAction';
import { addKeyPoint, reorderKeyPoints, saveTranslation } from '../../db/findings';
import { themes as keyPointRepository } from '../../db/repositories';
import type { KeyPoint } from '../../domain/entities';
import { moveBy } from '../../domain/findings';
import { withText } from '../../domain/localizedText';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { localized } from '../../domain/names/recordLabels';
import { TranslationMarks } from '../../ui/TranslationMarks';

function KeyPointRow({
  theme,
  number,
  count,
  onMove,
}: {
  theme: KeyPoint;
  number: number;
  count: number;
  onMove(delta: -1 | 1): void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [value, setValue] = useState(theme.title[language] ?? '');
  // The title typed over: renamed meanwhile elsewhere (another tab, an import), the user chooses.
  const [typedOver, setTypedOver] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const changed = value !== (theme.title[language] ?? '');
  const saving = useSaveAction();

  const rename = async () => {
    if (value.trim() === '' && Object.keys(withText(theme.title, language, '')).length === 0) {
      setError(t('findings.errors.required'));
      return;
    }
    setError(null);
    const target = { kind: 'theme' as const, recordId: theme.id, field: 'title' };
    const outcome = await saving.run((options) =>
      saveTranslation(target, language, value, { typedOver, ...options }),
    );
    if (outcome.ok) setTypedOver(value.trim() === '' ? '' : value);
    else if (outcome.done) {
      // The user kept the title saved meanwhile: the field shows it, and is typed over from it.
      const kept = (await keyPointRepository.get(theme.id))?.title[language] ?? '';
      setValue(kept);
      setTypedOver(kept);
    }
  };

  return (
    <Group align="flex-end" wrap="nowrap">
      <Text w={24} ta="right" pb={6}>
        {number}.
      </Text>
      <TextInput
        style={{ flex: 1 }}
        label={t('findings.keyPoints.titleOf', { number })}
        placeholder={localized(theme.title, language)}
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
        error={error}
        description={<TranslationMarks text={theme.title} language={language} />}
      />
      <Button variant="light" size="sm" disabled={!changed} onClick={() => void rename()}>
        {t('common.save')}
      </Button>
      <ActionIcon
        variant="default"
        size="lg"
        disabled={number === 1}
        aria-label={t('findings.keyPoints.moveUp', { number })}
        onClick={() => onMove(-1)}
      >
        <IconArrowUp size={16} />
      </ActionIcon>
      <ActionIcon
        variant="default"
        size="lg"
        disabled={number === count}
        aria-label={t('findings.keyPoints.moveDown', { number })}
        onClick={() => onMove(1)}
      >
        <IconArrowDown size={16} />
      </ActionIcon>
    </Group>
  );
}

/** Rename (in the interface language), reorder and add the tour's key points. */
export function KeyPointsModal({
  tourId,
  themes,
  onClose,
}: {
  tourId: string;
  themes: readonly KeyPoint[];
  onClose(): void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [newTitle, setNewTitle] = useState('');
  const [error, setError] = useState<string | null>(null);

  const saving = useSaveAction();
  const run = async (action: () => Promise<unknown>) => {
    await saving.run(action);
  };
  const add = () => {
    if (newTitle.trim() === '') {
      setError(t('findings.errors.required'));
      return;
    }
    setError(null);
    void run(async () => {
      await addKeyPoint(tourId, withText({}, language, newTitle));
      setNewTitle('');
    });
  };

  return (
    <Modal opened onClose={onClose} size="xl" title={t('findings.keyPoints.title')}>
      <Stack>
        {themes.map((theme, index) => (
          <KeyPointRow
            key={`${theme.id}:${theme.revision}:${language}`}
            theme={theme}
            number={index + 1}
            count={themes.length}
            onMove={(delta) => void run(() => reorderKeyPoints(tourId, moveBy(themes, theme.id, delta)))}
          />
        ))}
        <Group align="flex-end">
          <TextInput
            style={{ flex: 1 }}
            label={t('findings.keyPoints.new')}
            value={newTitle}
            onChange={(event) => setNewTitle(event.currentTarget.value)}
            error={error}
          />
          <Button onClick={add}>{t('common.add')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

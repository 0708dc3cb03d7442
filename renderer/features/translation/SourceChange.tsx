import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../domain/entities';
import { wordDiff, type DiffPart } from '../../domain/translations';

const REMOVED_STYLE = {
  background: 'var(--mantine-color-red-1)',
  color: 'var(--mantine-color-red-9)',
  textDecorationThickness: 2,
};
const ADDED_STYLE = {
  background: 'var(--mantine-color-green-1)',
  color: 'var(--mantine-color-green-9)',
  textDecoration: 'underline',
  textDecorationThickness: 2,
};

/** One version of the source, with the words the other version lacks marked. */
function Version({ parts, side, language }: { parts: DiffPart[]; side: 'old' | 'new'; language: Language }) {
  return (
    <Text size="sm" lang={language} style={{ whiteSpace: 'pre-wrap' }}>
      {parts.map((part, index) => {
        if (part.kind === 'same') return <span key={index}>{part.text}</span>;
        if (side === 'old' && part.kind === 'removed')
          return (
            <del key={index} style={REMOVED_STYLE}>
              {part.text}
            </del>
          );
        if (side === 'new' && part.kind === 'added')
          return (
            <ins key={index} style={ADDED_STYLE}>
              {part.text}
            </ins>
          );
        return null;
      })}
    </Text>
  );
}

/**
 * A translation whose source changed since it was made: the source as it was and as it is now,
 * the words removed and added marked, and the translator's answer — still right as it is (or they
 * edit the translation and save it, which clears the mark too).
 */
export function SourceChange({
  from,
  oldSource,
  newSource,
  confirming,
  onConfirm,
}: {
  from: Language;
  oldSource: string;
  newSource: string;
  confirming: boolean;
  onConfirm(): void;
}) {
  const { t } = useTranslation();
  const parts = useMemo(() => wordDiff(oldSource, newSource), [oldSource, newSource]);
  const language = t(`documents.languages.${from}`);
  return (
    <Paper
      withBorder
      p="xs"
      role="group"
      aria-label={t('translation.review.changedLabel')}
      style={{ borderColor: 'var(--mantine-color-orange-8)' }}
    >
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {t('translation.review.changed', { language })}
        </Text>
        <div role="group" aria-label={t('translation.review.before')}>
          <Text size="xs" c="dimmed">
            {t('translation.review.before')}
          </Text>
          <Version parts={parts} side="old" language={from} />
        </div>
        <div role="group" aria-label={t('translation.review.now')}>
          <Text size="xs" c="dimmed">
            {t('translation.review.now')}
          </Text>
          {newSource.trim() === '' ? (
            <Text size="sm" fs="italic">
              {t('translation.review.sourceRemoved', { language })}
            </Text>
          ) : (
            <Version parts={parts} side="new" language={from} />
          )}
        </div>
        <Text size="xs" c="dimmed">
          {t('translation.review.legend')}
        </Text>
        <Group justify="flex-end">
          <Button size="xs" variant="light" loading={confirming} onClick={onConfirm}>
            {t('translation.review.confirm')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WindowVirtualList } from '../../ui/WindowVirtualList';
import { SHORT_LIST_LENGTH } from '../../ui/useWindowVirtualRows';
import type { ExchangeConflict } from '../../db/exchange';
import type { Resolution } from '../../domain/merge';
import { ConflictCard } from './ConflictCard';

interface Props {
  conflicts: readonly ExchangeConflict[];
  senderName: string;
  choices: ReadonlyMap<string, Resolution>;
  onChoose(id: string, choice: Resolution): void;
  /** One choice for every conflict at once (each can still be changed afterwards). */
  onChooseForAll(choice: Resolution): void;
}

/** A card with two versions of a few fields, before it is measured. */
const CARD_HEIGHT_GUESS = 260;
const CARD_GAP = 12;

/**
 * Every record changed on both laptops, with a choice for each. An exchange after days apart can
 * bring hundreds: one choice can be made for all of them, and only the cards near the window are
 * in the page (the choices live here, outside the cards).
 */
export function ConflictList({ conflicts, senderName, choices, onChoose, onChooseForAll }: Props) {
  const { t } = useTranslation();
  const left = conflicts.filter((conflict) => !choices.has(conflict.id)).length;
  return (
    <Stack gap="sm">
      {conflicts.length > 1 && (
        <Group gap="xs" role="group" aria-label={t('backup.exchange.forAll')}>
          <Text size="sm">{t('backup.exchange.forAll')}</Text>
          <Button size="xs" variant="default" onClick={() => onChooseForAll('mine')}>
            {t('backup.exchange.keepMineForAll')}
          </Button>
          <Button size="xs" variant="default" onClick={() => onChooseForAll('theirs')}>
            {t('backup.exchange.takeTheirsForAll', { name: senderName })}
          </Button>
        </Group>
      )}
      <WindowVirtualList
        items={conflicts}
        itemKey={(conflict) => `${conflict.kind}-${conflict.id}`}
        estimateHeight={CARD_HEIGHT_GUESS}
        gap={CARD_GAP}
        showAllUpTo={SHORT_LIST_LENGTH}
        renderItem={(conflict) => (
          <ConflictCard
            conflict={conflict}
            senderName={senderName}
            choice={choices.get(conflict.id)}
            onChoose={(choice) => onChoose(conflict.id, choice)}
          />
        )}
      />
      {left > 0 && <Text role="status">{t('backup.exchange.chooseLeft', { count: left })}</Text>}
    </Stack>
  );
}

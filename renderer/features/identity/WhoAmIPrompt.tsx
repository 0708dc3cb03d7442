import { useState } from 'react';
import { Button, Group, Paper, Select, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setCurrentDelegateId, useCurrentDelegate } from '../../db/identity';
import { useTourRecordsOf } from '../../db/queries/tourRecords';
import { sortByOrder } from '../../domain/findings';
import { delegateName } from '../../domain/names/recordLabels';
import type { Tour } from '../../domain/entities';
import { useUiLanguage } from '../../i18n/useUiLanguage';

/** Tours whose question was put off in this session ("Ask me later"): asked again at the next start. */
const askLater = new Set<string>();

const KINDS = ['delegates'] as const;

/**
 * "Which delegate are you?", asked on the first use of a tour on this laptop, so that what is written
 * here is stamped with its author. A panel above the screen, not a modal: the user can work first
 * and answer later (or in Settings); nothing is blocked.
 */
export function WhoAmIPrompt({ tour }: { tour: Tour }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const me = useCurrentDelegate(tour.id);
  const { delegates } = useTourRecordsOf(tour.id, KINDS);
  const [choice, setChoice] = useState<string | null>(null);
  const [later, setLater] = useState(() => askLater.has(tour.id));
  if (me !== null || later || !delegates || delegates.length === 0) return null;

  const headingId = `who-am-i-${tour.id}`;
  const putOff = () => {
    askLater.add(tour.id);
    setLater(true);
  };
  return (
    <Paper component="aside" aria-labelledby={headingId} withBorder p="md" mb="md" maw={760}>
      <Title order={2} size="h4" id={headingId}>
        {t('authorship.whoAmI.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('authorship.whoAmI.hint')}
      </Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (choice) void setCurrentDelegateId(tour.id, choice);
        }}
      >
        <Group align="flex-end" gap="sm">
          <Select
            label={t('authorship.whoAmI.label')}
            placeholder={t('authorship.whoAmI.placeholder')}
            data={sortByOrder(delegates).map((delegate) => ({
              value: delegate.id,
              label: delegateName(delegate, language),
            }))}
            value={choice}
            onChange={setChoice}
            w={320}
          />
          <Button type="submit" disabled={!choice}>
            {t('authorship.whoAmI.confirm')}
          </Button>
          <Button variant="subtle" onClick={putOff}>
            {t('authorship.whoAmI.later')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}

import { Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setCurrentDelegateId, useCurrentDelegate } from '../../db/identity';
import { useTourRecordsOf } from '../../db/queries/tourRecords';
import type { Tour } from '../../domain/entities';
import { sortByOrder } from '../../domain/findings';
import { delegateName } from '../../domain/names/recordLabels';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { useActiveTour } from '../../ui/activeTour';

const KINDS = ['delegates'] as const;

/** Which delegate this laptop's user is on the open tour: changed here, first asked on the tour's first use. */
export function IdentitySection() {
  const tour = useActiveTour();
  return tour ? <IdentityChoice tour={tour} /> : null;
}

function IdentityChoice({ tour }: { tour: Tour }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const me = useCurrentDelegate(tour.id);
  const { delegates } = useTourRecordsOf(tour.id, KINDS);
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('authorship.settings.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('authorship.settings.hint')}
      </Text>
      {delegates && delegates.length === 0 ? (
        <Text c="dimmed">{t('authorship.settings.noDelegates')}</Text>
      ) : (
        <Select
          label={t('authorship.settings.label')}
          placeholder={t('authorship.whoAmI.placeholder')}
          data={sortByOrder(delegates ?? []).map((delegate) => ({
            value: delegate.id,
            label: delegateName(delegate, language),
          }))}
          value={me?.id ?? null}
          onChange={(value) => void setCurrentDelegateId(tour.id, value)}
          clearable
          maw={360}
        />
      )}
    </Stack>
  );
}

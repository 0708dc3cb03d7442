import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Tour } from '../../domain/entities';
import { ExchangeExport } from './ExchangeExport';
import { ExchangeImport } from './ExchangeImport';
import type { IncomingFile } from './incomingFile';

interface ExchangeSectionProps {
  activeTour: Tour | null;
  incoming: IncomingFile | null;
}

export function ExchangeSection({ activeTour, incoming }: ExchangeSectionProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('backup.exchange.title')}
      </Title>
      <Text>{t('backup.exchange.hint')}</Text>
      {activeTour ? <ExchangeExport tour={activeTour} /> : <Text>{t('backup.exchange.noTour')}</Text>}
      <ExchangeImport incoming={incoming} />
    </Stack>
  );
}

import { useEffect, useState } from 'react';
import { Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { appInfo, type AppInfo } from '../../platform';

/** Version and where the data lives: what support asks first. */
export function AboutSection() {
  const { t } = useTranslation();
  const [desktop, setDesktop] = useState<AppInfo | null>(null);
  useEffect(() => {
    void appInfo().then(setDesktop);
  }, []);

  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('settings.aboutTitle')}
      </Title>
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={220}>{t('settings.version')}</Table.Th>
            <Table.Td>{__APP_VERSION__}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('settings.runsAs')}</Table.Th>
            <Table.Td>
              {desktop
                ? t('settings.runsAsDesktop', { platform: desktop.platform })
                : t('settings.runsAsWeb')}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('settings.dataLocation')}</Table.Th>
            <Table.Td>{desktop ? desktop.dataPath : t('settings.dataInBrowser')}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

import type { ReactNode } from 'react';
import { Box, Center, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../LanguageSwitcher';

/**
 * A screen shown instead of the app (the lock screen, the first-run choice): the app's name and the
 * interface language switch, nothing of any tour.
 */
export function StandaloneScreen({ children, width = 560 }: { children: ReactNode; width?: number }) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0">
      <Box
        component="header"
        px="md"
        py="sm"
        bg="white"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="lg">
            {t('app.name')}
          </Text>
          <LanguageSwitcher />
        </Group>
      </Box>
      <Center component="main" px="md" py="xl">
        <Paper withBorder shadow="xs" p="xl" w="100%" maw={width}>
          {children}
        </Paper>
      </Center>
    </Box>
  );
}

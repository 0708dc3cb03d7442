import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AboutSection } from './AboutSection';
import { IdentitySection } from './IdentitySection';
import { LanguageSection } from './LanguageSection';
import { RecentlyDeletedSection } from './RecentlyDeletedSection';
import { ToursSection } from './ToursSection';

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <Stack maw={760} gap="xl">
      <Title order={1}>{t('settings.title')}</Title>
      <LanguageSection />
      <IdentitySection />
      <ToursSection />
      <RecentlyDeletedSection />
      <AboutSection />
    </Stack>
  );
}

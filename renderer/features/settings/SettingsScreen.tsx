import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AboutSection } from './AboutSection';
import { IdentitySection } from './IdentitySection';
import { LanguageSection } from './LanguageSection';
import { ProtectionSection } from './ProtectionSection';
import { RecentlyDeletedSection } from './RecentlyDeletedSection';
import { ToursSection } from './ToursSection';

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <Stack maw={760} gap="xl">
      <Title order={1}>{t('settings.title')}</Title>
      <LanguageSection />
      <IdentitySection />
      <ProtectionSection />
      <ToursSection />
      <RecentlyDeletedSection />
      <AboutSection />
    </Stack>
  );
}

import { List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LeftOutSection } from '../../domain/documents/leftOut';

/**
 * The parts the document will not have because they are empty: an official document never says
 * "not written yet", so the user learns here what is missing before sending it.
 */
export function LeftOutList({ sections }: { sections: readonly LeftOutSection[] }) {
  const { t } = useTranslation();
  if (sections.length === 0) return null;
  return (
    <Paper withBorder p="md" style={{ borderColor: 'var(--mantine-color-orange-8)' }}>
      <Title order={2} size="h4">
        {t('documents.leftOut.title', { count: sections.length })}
      </Title>
      <Text size="sm" my="xs">
        {t('documents.leftOut.intro')}
      </Text>
      <List size="sm" spacing={2} aria-label={t('documents.leftOut.listLabel')}>
        {sections.map((section, i) => (
          <List.Item key={`${section.section}:${i}`}>
            {section.section === 'keyPoint' || section.section === 'keyPointConclusions'
              ? t(`documents.leftOut.${section.section}`, { title: section.title })
              : t(`documents.leftOut.sections.${section.section}`)}
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}

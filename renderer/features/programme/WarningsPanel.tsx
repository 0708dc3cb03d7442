import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Delegate, KeyPoint, TourEvent } from '../../domain/entities';
import type { ProgrammeWarning } from '../../domain/programme/warnings';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { delegateName, localized } from '../../domain/names/recordLabels';

interface WarningsPanelProps {
  warnings: readonly ProgrammeWarning[];
  events: readonly TourEvent[];
  delegates: readonly Delegate[];
  themes: readonly KeyPoint[];
}

/** What may be wrong with the programme; shown above the agenda, never blocking a save. */
export function WarningsPanel({ warnings, events, delegates, themes }: WarningsPanelProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  if (warnings.length === 0) return null;

  const eventTitle = (id: string) => {
    const event = events.find((candidate) => candidate.id === id);
    return event ? localized(event.title, language) || t('programme.agenda.untitled') : '';
  };
  const message = (warning: ProgrammeWarning): string => {
    switch (warning.type) {
      case 'delegateOverlap': {
        const delegate = delegates.find((candidate) => candidate.id === warning.delegateId);
        return t('programme.warnings.overlap', {
          delegate: delegate ? delegateName(delegate, language) : '',
          first: eventTitle(warning.eventIds[0]),
          second: eventTitle(warning.eventIds[1]),
        });
      }
      case 'eventOutsideTour':
        return t('programme.warnings.outside', { event: eventTitle(warning.eventId) });
      case 'keyPointNotAddressed': {
        const theme = themes.find((candidate) => candidate.id === warning.themeId);
        return t('programme.warnings.keyPoint', { keyPoint: theme ? localized(theme.title, language) : '' });
      }
    }
  };
  const key = (warning: ProgrammeWarning): string => {
    switch (warning.type) {
      case 'delegateOverlap':
        return `${warning.type}:${warning.delegateId}:${warning.eventIds.join(':')}`;
      case 'eventOutsideTour':
        return `${warning.type}:${warning.eventId}`;
      case 'keyPointNotAddressed':
        return `${warning.type}:${warning.themeId}`;
    }
  };

  return (
    <Alert
      color="yellow"
      variant="light"
      // The default yellow title is too pale on the light background to read (WCAG contrast).
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
      icon={<IconAlertTriangle aria-hidden />}
      title={t('programme.warnings.title', { count: warnings.length })}
      role="region"
      aria-label={t('programme.warnings.title', { count: warnings.length })}
    >
      <List size="sm" spacing={4}>
        {warnings.map((warning) => (
          <List.Item key={key(warning)}>{message(warning)}</List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt="xs">
        {t('programme.warnings.hint')}
      </Text>
    </Alert>
  );
}

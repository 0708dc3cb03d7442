import { Anchor, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Tour, TourEvent } from '../../domain/entities';
import { convertWallClock, timePart } from '../../domain/programme';
import { pickText } from '../../domain/localizedText';
import { todayAndTomorrow, tourPhase, type ProgrammeDay } from '../../domain/overview';
import { formatDate, formatDateRange } from '../../i18n/formatters';
import { useUiLanguage } from '../../i18n/useUiLanguage';

function PhaseText({ tour, now }: { tour: Tour; now: number }) {
  const { t } = useTranslation();
  const phase = tourPhase(tour, now);
  if (phase.phase === 'before') return <>{t('overview.phase.startsIn', { count: phase.daysToStart })}</>;
  if (phase.phase === 'after') return <>{t('overview.phase.endedAgo', { count: phase.daysSinceEnd })}</>;
  return (
    <>
      {t('overview.phase.day', { day: phase.day, total: phase.totalDays })}
      {' · '}
      {phase.daysLeft === 0
        ? t('overview.phase.lastDay')
        : t('overview.phase.daysLeft', { count: phase.daysLeft })}
    </>
  );
}

function Day({ heading, day, tour }: { heading: string; day: ProgrammeDay<TourEvent>; tour: Tour }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Card withBorder component="section" aria-label={heading}>
      <Title order={3} size="h5">
        {heading}
      </Title>
      <Text size="sm" mb="xs">
        {formatDate(day.date, language, 'full')}
      </Text>
      {day.events.length === 0 ? (
        <Text size="sm">{t('overview.programme.nothing')}</Text>
      ) : (
        <List size="sm" spacing={4} listStyleType="none" p={0}>
          {day.events.map((event) => (
            <List.Item key={event.id}>
              <Text span fw={600} mr="xs">
                {timePart(convertWallClock(event.start, event.timeZone, tour.timeZone) ?? event.start)}
              </Text>
              {pickText(event.title, language).value}
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}

/** The tour's dates, where today falls, and today's and tomorrow's programme on the venue's clock. */
export function TourStatus({ tour, events, now }: { tour: Tour; events: readonly TourEvent[]; now: number }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const days = todayAndTomorrow(events, tour.timeZone, now);
  return (
    <Stack gap="sm">
      <Group gap="md">
        <Text fw={600}>{formatDateRange(tour.startDate, tour.endDate, language)}</Text>
        <Text>
          <PhaseText tour={tour} now={now} />
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Day heading={t('overview.programme.today')} day={days.today} tour={tour} />
        <Day heading={t('overview.programme.tomorrow')} day={days.tomorrow} tour={tour} />
      </SimpleGrid>
      <Anchor component={Link} to="/programme" size="sm">
        {t('overview.programme.open')}
      </Anchor>
    </Stack>
  );
}

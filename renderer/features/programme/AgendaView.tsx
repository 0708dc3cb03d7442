import { Suspense, useMemo, useState } from 'react';
import { WindowVirtualList } from '../../ui/WindowVirtualList';
import { SHORT_LIST_LENGTH } from '../../ui/useWindowVirtualRows';
import { useDeepLink } from '../../ui/useDeepLink';
import { Badge, Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { IconCalendarDown, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Tour, TourEvent } from '../../domain/entities';
import { groupByDay, highlightAt } from '../../domain/programme/agenda';
import { todayIn } from '../../domain/programme/timeZones';
import { collectWarnings } from '../../domain/programme/warnings';
import { formatDate } from '../../i18n/formatters';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { EventCard } from './EventCard';
import { DeleteEventModal, EventFormModal, ExportIcsModal } from './lazyParts';
import { WarningsPanel } from './WarningsPanel';
import type { ProgrammeRecords } from './useProgrammeRecords';
import { useNow } from '../../ui/useNow';

type Editing = { event: TourEvent | null; day: string | null } | null;

/**
 * A day's usual height with a few visits: a guess the list corrects as days are shown. A week's
 * programme is shown whole; a longer one keeps only the days near the window in the page.
 */
const DAY_HEIGHT_GUESS = 520;

/** The programme day by day, with warnings, the home-time toggle and calendar export. */
export function AgendaView({ tour, records }: { tour: Tour; records: ProgrammeRecords }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const now = useNow();
  const [showHomeTime, setShowHomeTime] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<TourEvent | null>(null);
  const [exporting, setExporting] = useState(false);
  // Global search links here as /programme?event=<id>: open that event.
  useDeepLink('event', records.events, (event) => setEditing({ event, day: null }));

  const events = useMemo(() => records.events ?? [], [records.events]);
  const delegates = records.delegates ?? [];
  const themes = useMemo(() => records.themes ?? [], [records.themes]);
  const organisations = records.organisations ?? [];

  const days = useMemo(() => groupByDay(events), [events]);
  const warnings = useMemo(() => collectWarnings(tour, events, themes), [tour, events, themes]);
  const today = todayIn(tour.timeZone, now);
  const duringTour = today >= tour.startDate && today <= tour.endDate;
  const highlight = useMemo(() => (duringTour ? highlightAt(events, now) : null), [duringTour, events, now]);
  const homeZone = showHomeTime && tour.homeTimeZone !== tour.timeZone ? tour.homeTimeZone : null;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t('programme.agenda.venueTimes', { zone: tour.timeZone })}
          </Text>
          <Switch
            label={t('programme.agenda.homeToggle', { zone: tour.homeTimeZone })}
            checked={showHomeTime}
            onChange={(change) => setShowHomeTime(change.currentTarget.checked)}
          />
        </Stack>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconCalendarDown size={18} aria-hidden />}
            onClick={() => setExporting(true)}
            disabled={events.length === 0}
          >
            {t('programme.export.button')}
          </Button>
          <Button
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={() => setEditing({ event: null, day: null })}
          >
            {t('programme.agenda.addEvent')}
          </Button>
        </Group>
      </Group>

      {/* An empty programme is a start, not a list of faults: warnings come with the first event. */}
      {events.length > 0 && (
        <WarningsPanel warnings={warnings} events={events} delegates={delegates} themes={themes} />
      )}

      {records.events !== undefined && events.length === 0 && (
        <Paper withBorder p="xl" radius="md" component="section" aria-labelledby="agenda-empty-title">
          <Stack gap="sm" align="flex-start">
            <Title order={2} size="h4" id="agenda-empty-title">
              {t('programme.agendaEmpty.title')}
            </Title>
            <Text>{t('programme.agenda.empty')}</Text>
            <Text size="sm" c="dimmed">
              {t('programme.agendaEmpty.hint')}
            </Text>
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => setEditing({ event: null, day: tour.startDate })}
            >
              {t('programme.agendaEmpty.addFirst')}
            </Button>
          </Stack>
        </Paper>
      )}

      <WindowVirtualList
        items={days}
        itemKey={(day) => day.date}
        estimateHeight={DAY_HEIGHT_GUESS}
        gap={16}
        showAllUpTo={events.length <= SHORT_LIST_LENGTH ? days.length : 0}
        renderItem={(day) => {
          const headingId = `agenda-day-${day.date}`;
          return (
            <Stack gap="xs" component="section" aria-labelledby={headingId}>
              <Group gap="sm" align="center">
                <Title order={2} size="h4" id={headingId}>
                  {formatDate(day.date, language, 'full')}
                </Title>
                {day.date === today && <Badge color="green">{t('programme.agenda.today')}</Badge>}
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => setEditing({ event: null, day: day.date })}
                  aria-label={t('programme.agenda.addEventOn', {
                    date: formatDate(day.date, language, 'long'),
                  })}
                >
                  <IconPlus size={14} aria-hidden />
                </Button>
              </Group>
              {day.events.map((event) => (
                <EventCard
                  key={event.id}
                  event={event}
                  venueTimeZone={tour.timeZone}
                  homeTimeZone={homeZone}
                  delegates={delegates}
                  organisations={organisations}
                  highlight={
                    highlight?.currentIds.includes(event.id)
                      ? 'now'
                      : highlight?.nextId === event.id
                        ? 'next'
                        : null
                  }
                  onEdit={() => setEditing({ event, day: null })}
                  onDelete={() => setDeleting(event)}
                />
              ))}
            </Stack>
          );
        }}
      />

      <Suspense fallback={null}>
        {editing && (
          <EventFormModal
            tour={tour}
            event={editing.event}
            day={editing.day}
            delegates={delegates}
            themes={themes}
            organisations={organisations}
            onClose={() => setEditing(null)}
          />
        )}
        {deleting && <DeleteEventModal event={deleting} onClose={() => setDeleting(null)} />}
        {exporting && (
          <ExportIcsModal
            tour={tour}
            events={events}
            organisations={organisations}
            days={days.map((day) => day.date)}
            onClose={() => setExporting(false)}
          />
        )}
      </Suspense>
    </Stack>
  );
}

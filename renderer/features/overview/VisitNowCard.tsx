import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Organisation, Tour, TourEvent } from '../../domain/entities';
import { currentOrNextVisit } from '../../domain/findings';
import { convertWallClock, datePart, timePart, todayIn } from '../../domain/programme';
import { localized } from '../../domain/names/recordLabels';
import { formatDate } from '../../i18n/formatters';
import { useUiLanguage } from '../../i18n/useUiLanguage';

interface Props {
  tour: Tour;
  events: readonly TourEvent[];
  organisations: readonly Organisation[];
  now: number;
}

/**
 * The visit in progress, or the next one, with the quickest way to note what is seen there:
 * "Add a finding to this visit" opens the finding form filled in with the visit, its hosts and day.
 */
export function VisitNowCard({ tour, events, organisations, now }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const found = currentOrNextVisit(events, now);
  if (!found) return null;
  const { event, state } = found;
  // On the venue's clock, as the Today card shows the programme.
  const start = convertWallClock(event.start, event.timeZone, tour.timeZone) ?? event.start;
  const end = convertWallClock(event.end, event.timeZone, tour.timeZone) ?? event.end;
  const day = datePart(start) === todayIn(tour.timeZone, now) ? null : formatDate(datePart(start), language);
  const organisation = organisations.find((candidate) => candidate.id === event.organisationId);
  const headingId = 'overview-visit-now';
  const title = localized(event.title, language);

  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={headingId}>
          {state === 'now' ? t('overview.capture.now') : t('overview.capture.next')}
        </Title>
        <Text fw={600}>{title}</Text>
        <Text size="sm">
          {day ? `${day}, ` : ''}
          {timePart(start)}–{timePart(end)}
          {organisation ? ` · ${localized(organisation.name, language)}` : ''}
        </Text>
        <Group gap="sm">
          <Button component={Link} to={`/findings?new=1&visit=${encodeURIComponent(event.id)}`}>
            {t('overview.capture.addFinding')}
          </Button>
          <Anchor component={Link} to="/findings/photos" size="sm">
            {t('overview.capture.photos')}
          </Anchor>
        </Group>
      </Stack>
    </Card>
  );
}

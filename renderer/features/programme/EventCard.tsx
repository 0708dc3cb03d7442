import { Badge } from '@mantine/core';
import { RowActions } from '../../ui/RowActions';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delegate, Language, Organisation, TourEvent } from '../../domain/entities';
import { convertWallClock, datePart, timePart } from '../../domain/programme/timeZones';
import { formatDate, formatList } from '../../i18n/formatters';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { delegateName, localized } from '../../domain/names/recordLabels';
import './eventCard.css';

interface EventCardProps {
  event: TourEvent;
  venueTimeZone: string;
  /** Show the times also on the home clock (this zone); null to hide. */
  homeTimeZone: string | null;
  delegates: readonly Delegate[];
  organisations: readonly Organisation[];
  highlight: 'now' | 'next' | null;
  onEdit(): void;
  onDelete(): void;
}

/**
 * "09:30–12:30" on the day the agenda shows (`day`); a time on another day gets its date,
 * e.g. a night arrival that is already the next day on the home clock.
 */
function timeRange(start: string, end: string, day: string, language: Language): string {
  const at = (wallClock: string, sameDayAs: string) =>
    datePart(wallClock) === sameDayAs
      ? timePart(wallClock)
      : `${formatDate(datePart(wallClock), language, 'short')} ${timePart(wallClock)}`;
  return `${at(start, day)}–${at(end, datePart(start))}`;
}

/** One event of the agenda: when, what, where, who. */
export function EventCard(props: EventCardProps) {
  const { event, venueTimeZone, homeTimeZone, delegates, organisations, highlight } = props;
  const { t } = useTranslation();
  const language = useUiLanguage();
  const titleId = useId();
  const title = localized(event.title, language) || t('programme.agenda.untitled');
  const organisation = organisations.find((candidate) => candidate.id === event.organisationId);
  const attending = delegates
    .filter((delegate) => event.delegateIds.includes(delegate.id))
    .map((delegate) => delegateName(delegate, language));
  const homeStart = homeTimeZone ? convertWallClock(event.start, event.timeZone, homeTimeZone) : null;
  const homeEnd = homeTimeZone ? convertWallClock(event.end, event.timeZone, homeTimeZone) : null;
  const where = [event.place, event.address].filter((part) => part.trim() !== '').join(', ');

  return (
    <article className="event-card" aria-labelledby={titleId} data-highlight={highlight ?? undefined}>
      <div className="event-card-row">
        <div className="event-card-main">
          <div className="event-card-when">
            <p className="event-card-time">
              {timeRange(event.start, event.end, datePart(event.start), language)}
            </p>
            {event.timeZone !== venueTimeZone && (
              <p className="event-card-note event-card-dimmed">{event.timeZone}</p>
            )}
            {homeStart && homeEnd && (
              <p className="event-card-note event-card-dimmed">
                {t('programme.agenda.homeTime', {
                  range: timeRange(homeStart, homeEnd, datePart(event.start), language),
                })}
              </p>
            )}
          </div>
          <div className="event-card-what">
            <div className="event-card-badges">
              <Badge variant="light">{t(`programme.kinds.${event.kind}`)}</Badge>
              {highlight === 'now' && <Badge color="green">{t('programme.agenda.now')}</Badge>}
              {highlight === 'next' && <Badge color="blue">{t('programme.agenda.next')}</Badge>}
            </div>
            <p className="event-card-title" id={titleId}>
              {title}
            </p>
            {(where || organisation) && (
              <p className="event-card-small">
                {[organisation ? localized(organisation.name, language) : '', where]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            )}
            {attending.length > 0 && (
              <p className="event-card-small event-card-dimmed">
                {t('programme.agenda.attending', { names: formatList(attending, language) })}
              </p>
            )}
          </div>
        </div>
        <RowActions
          actions={[
            { label: t('programme.agenda.editEvent', { title }), icon: IconPencil, onClick: props.onEdit },
            {
              label: t('programme.agenda.deleteEvent', { title }),
              icon: IconTrash,
              onClick: props.onDelete,
              danger: true,
            },
          ]}
        />
      </div>
    </article>
  );
}

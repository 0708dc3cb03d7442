import type { Language, Organisation, Tour, TourEvent } from '../entities';
import { pickText } from '../localizedText';
import { compareEvents, eventsOnDay } from './agenda';

/** One programme event, ready for a calendar file: texts picked in the document language. */
export interface CalendarEntry {
  /** Stable across exports, so importing again updates the event instead of duplicating it. */
  uid: string;
  summary: string;
  /** Wall-clock "yyyy-MM-ddTHH:mm" in `timeZone`. */
  start: string;
  end: string;
  timeZone: string;
  location: string;
  description: string;
}

export interface CalendarModel {
  name: string;
  /** The venue's zone: the calendar's default. */
  timeZone: string;
  entries: CalendarEntry[];
}

export interface CalendarModelInput {
  tour: Pick<Tour, 'id' | 'title' | 'timeZone'>;
  events: readonly TourEvent[];
  organisations: readonly Pick<Organisation, 'id' | 'name'>[];
  language: Language;
  /** "yyyy-MM-dd" to export one day of the agenda; all days when absent. */
  day?: string;
}

/** The calendar to export, built from the tour's records in one language. */
export function buildCalendarModel(input: CalendarModelInput): CalendarModel {
  const { tour, language } = input;
  const live = input.events.filter((event) => event.deletedAt === null);
  const chosen = input.day === undefined ? [...live].sort(compareEvents) : eventsOnDay(live, input.day);
  const organisationNames = new Map(
    input.organisations.map((organisation) => [organisation.id, pickText(organisation.name, language).value]),
  );
  const entries = chosen.map((event) => {
    const organisation = event.organisationId ? (organisationNames.get(event.organisationId) ?? '') : '';
    const location = [event.place, event.address].map((part) => part.trim()).filter(Boolean);
    const notes = pickText(event.notes, language).value.trim();
    return {
      uid: `${event.id}@delegation-desk`,
      summary: pickText(event.title, language).value,
      start: event.start,
      end: event.end,
      timeZone: event.timeZone,
      location: location.length > 0 ? location.join(', ') : organisation,
      description: [organisation, notes].filter(Boolean).join('\n\n'),
    };
  });
  return { name: pickText(tour.title, language).value, timeZone: tour.timeZone, entries };
}

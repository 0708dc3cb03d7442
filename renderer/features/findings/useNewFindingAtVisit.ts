import { useMemo } from 'react';
import type { TourRecords } from '../../db/queries/useTourRecords';
import type { Attachment } from '../../domain/entities';
import { findingFromVisit, visitInProgress, type VisitPrefill } from '../../domain/findings';

/** How the finding form opens for a new finding. */
export interface NewFindingStart {
  finding: null;
  themeId: string;
  prefill?: VisitPrefill;
  trayPhotos?: readonly Attachment[];
}

/**
 * Opens a new finding at a visit: the one asked for (the Overview's "Add a finding to this visit",
 * a tray of photos), or else the visit in progress at the moment of asking (the shortcut, the
 * "New finding" button), or at none. Undefined while the programme loads.
 */
export function useNewFindingAtVisit(
  records: Pick<TourRecords, 'events' | 'contacts'>,
): ((visitId: string | null, trayPhotos?: readonly Attachment[]) => NewFindingStart) | undefined {
  const { events, contacts } = records;
  return useMemo(() => {
    if (!events || !contacts) return undefined;
    const liveContacts = new Set(contacts.map((contact) => contact.id));
    return (visitId, trayPhotos) => {
      const event =
        visitId === null
          ? visitInProgress(events, Date.now())
          : events.find((candidate) => candidate.id === visitId && candidate.deletedAt === null);
      if (!event) return { finding: null, themeId: '', trayPhotos };
      const prefill = findingFromVisit(event, liveContacts);
      return { finding: null, themeId: prefill.themeId, prefill, trayPhotos };
    };
  }, [events, contacts]);
}

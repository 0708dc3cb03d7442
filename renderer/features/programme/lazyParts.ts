import { lazy } from 'react';

/**
 * The programme's parts its first render does not show: the agenda's dialogs (forms with date
 * pickers and validation, the calendar writer) and the other tabs (the tour's form with its zone
 * and country tables). Each loads when first opened, or once the agenda is up (ProgrammeScreen).
 */
const loadEventForm = () => import('./EventFormModal');
const loadDeleteEvent = () => import('./DeleteEventModal');
const loadExportIcs = () => import('./ExportIcsModal');
const loadDelegation = () => import('./DelegationView');
const loadTourDetails = () => import('./TourDetailsForm');

export const EventFormModal = lazy(() =>
  loadEventForm().then((module) => ({ default: module.EventFormReadingContacts })),
);
export const DeleteEventModal = lazy(() =>
  loadDeleteEvent().then((module) => ({ default: module.DeleteEventModal })),
);
export const ExportIcsModal = lazy(() =>
  loadExportIcs().then((module) => ({ default: module.ExportIcsModal })),
);
export const DelegationView = lazy(() =>
  loadDelegation().then((module) => ({ default: module.DelegationView })),
);
export const TourDetailsForm = lazy(() =>
  loadTourDetails().then((module) => ({ default: module.TourDetailsForm })),
);

/** Starts loading all of them; the browser keeps one module per URL, so a later open shares the load. */
export function preloadProgrammeParts(): void {
  for (const load of [loadEventForm, loadDeleteEvent, loadExportIcs, loadDelegation, loadTourDetails])
    void load();
}

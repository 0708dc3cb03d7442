/**
 * The kinds of records the Programme screen shows: its live hook reads these, and start-up reads
 * them before the first render when it lands on the screen (app/screenChunks.ts). Not the
 * contacts: only the event form shows them, and reads them when it opens.
 */
export const PROGRAMME_RECORD_KINDS = ['events', 'delegates', 'themes', 'organisations'] as const;

/**
 * The kinds of records the Programme screen shows: its live hook reads these, and start-up reads
 * them before the first render when it lands on the screen (app/screenChunks.ts).
 */
export const PROGRAMME_RECORD_KINDS = ['events', 'delegates', 'themes', 'organisations', 'contacts'] as const;

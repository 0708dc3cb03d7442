/** The record kinds the programme screen shows: read by its hook, and by start-up when it lands there. */
export const PROGRAMME_RECORD_KINDS = ['events', 'delegates', 'themes', 'organisations', 'contacts'] as const;

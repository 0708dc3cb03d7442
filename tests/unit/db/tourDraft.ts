/** A tour as the new-tour form creates it (Hungary, September 2010): for tests that need one in the database. */
export const TOUR_DRAFT = {
  title: { en: 'Study tour' },
  purpose: {},
  hostCountry: 'HU',
  startDate: '2010-09-19',
  endDate: '2010-09-24',
  timeZone: 'Europe/Budapest',
  homeTimeZone: 'Europe/Minsk',
  supportedBy: {},
  followUp: {},
  conclusions: {},
};

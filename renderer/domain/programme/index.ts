export * from './timeZones';
export * from './validation';
export * from './agenda';
export * from './warnings';
export * from './calendarModel';
export * from './contactChoices';

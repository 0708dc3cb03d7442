export * from './timeZones';
export * from './validation';
export * from './agenda';
export * from './warnings';
export * from './calendarModel';

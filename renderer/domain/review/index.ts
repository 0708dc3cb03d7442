export * from './reviewState';
export * from './transitions';
export * from './counts';

export * from './exchangePeer';
export * from './peers';
export * from './exportForExchange';
export * from './importFromColleague';
export * from './laptopKey';

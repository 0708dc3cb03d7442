export * from './searchDocuments';
export * from './searchIndex';
export * from './highlight';
export * from './tokens';
export * from './presentHit';

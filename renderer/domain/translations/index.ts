export * from './fingerprint';
export * from './localizedPaths';
export * from './translationState';
export * from './reconcile';
export * from './wordDiff';
export * from './reviewFilter';

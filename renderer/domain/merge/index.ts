export * from './versionStamp';
export * from './sameContent';
export * from './planMerge';
export * from './resolveMerge';

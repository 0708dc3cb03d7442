export * from './versionVector';
export * from './versionStamp';
export * from './descend';
export * from './sameContent';
export * from './planMerge';
export * from './resolveMerge';
export * from './duplicates';
export * from './restoreVersion';

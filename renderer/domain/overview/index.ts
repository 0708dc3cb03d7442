export * from './keyPoints';
export * from './counts';
export * from './readiness';
export * from './tourDays';
export * from './automaticBackupFailure';

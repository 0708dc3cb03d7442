export * from './errors';
export * from './format';
export * from './backupLog';
export * from './makeBackup';
export * from './decodeBundle';
export * from './restoreBackup';
export type { BackupScope } from './snapshot';
export * from './retention';
export * from './automaticBackup';

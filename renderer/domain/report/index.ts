export * from './model';
export * from './fallbacks';
export * from './buildDocument';
export * from './personNames';
export * from './romanize';

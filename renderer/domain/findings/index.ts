export * from './ordering';
export * from './translatableFields';
export * from './links';
export * from './validation';
export * from './plainText';
export * from './findingViews';
export * from './visitCapture';
export * from './photoTrays';

export * from './model';
export * from './fallbacks';
export * from './buildDocument';
export * from './personNames';
export { hasCyrillic, romanizeCyrillic } from '../names/romanizeCyrillic';

// One interface language in one chunk: its strings, and its CLDR names (a chunk of their own, shared
// with the document writer). See i18n/loadLanguage.ts for why they travel together.
export { default as strings } from '../../../locales/ui/be.json';
export { default as cldr } from '../../../locales/cldr/be.json';

export { hungarianToRussian } from './hungarianToRussian';
export { russianToBelarusian } from './russianToBelarusian';
export { latinToRussian } from './latinToRussian';
export {
  CYRILLIC_LANGUAGES,
  cyrillicNameFor,
  suggestCyrillicName,
  type CyrillicLanguage,
  type NameParts,
} from './cyrillicName';
export { displayName, localizedPrefix, type NameStyle } from './displayName';
export { foldForSearch, foldedHaystack, matchesFolded, matchesQuery } from './searchFold';
export { cyrillicToHungarian } from './cyrillicToHungarian';
export { hasCyrillic, romanizeCyrillic } from './romanizeCyrillic';
export {
  delegateDisplayName,
  delegateLatinName,
  suggestHungarianName,
  suggestLatinName,
  type NamePair,
} from './delegateNames';

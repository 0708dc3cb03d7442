export { writeDocx, type WriteOptions } from './writeDocument';
export {
  PRESETS,
  PRESET_IDS,
  defaultPresetFor,
  isPresetId,
  type PresetId,
  type DocumentPreset,
} from './presets';
export { sanitizeText, sanitizeModel } from './sanitize';
export { documentFileName } from './fileName';

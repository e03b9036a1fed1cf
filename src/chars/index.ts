export { normalize, normalizeWithOffsets } from './normalize.js';
export {
  foldAlef,
  foldHamza,
  foldLookalikes,
  foldPresentationForms,
  foldTehMarbuta,
  foldYa,
  normalizeWhitespace,
  stripDiacritics,
  stripInvisibles,
  stripTatweel,
  toAsciiDigits,
} from './helpers.js';
export { describeNormalization } from './describe.js';
export { isNormalizationBoundary, lastNormalizationBoundary } from './boundary.js';
export { NORMALIZATION_RULES } from './rule-info.js';
export type {
  DiacriticsOptions,
  NormalizationDescription,
  NormalizedText,
  NormalizeOptions,
  ProfileName,
  RuleInfo,
  RuleName,
  SafetyClass,
} from './types.js';

export { normalize, normalizeWithOffsets } from './normalize.js';
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
export { NORMALIZATION_RULES } from './rules.js';

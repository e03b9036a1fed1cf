export { normalize, normalizeWithOffsets } from './normalize.js';
export type { NormalizedText, NormalizeOptions, ProfileName } from './types.js';

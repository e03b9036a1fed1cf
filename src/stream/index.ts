export { createNormalizeStream } from './normalize-stream.js';
export type { NormalizeStreamOptions } from './types.js';

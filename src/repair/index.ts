export { repair } from './repair.js';
export { applyEdits } from './edits.js';
export type { Edit, EditKind, RepairOptions, RepairResult } from './types.js';

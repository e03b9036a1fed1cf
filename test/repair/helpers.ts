import { repair, type RepairOptions } from '../../src/repair/index.js';

/** The repaired text. */
export function fixed(text: string, options?: RepairOptions): string {
  return repair(text, options).text;
}

/** The kinds of the edits made. */
export function kinds(text: string, options?: RepairOptions): string[] {
  return repair(text, options).edits.map((e) => e.kind);
}

/** Comparison key used by the invariants: no marks or tatweel, alef variants أ إ ٱ folded. */
export function testKey(word: string): string {
  return word.replace(/[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d]/gu, '').replace(/[أإٱ]/gu, 'ا');
}

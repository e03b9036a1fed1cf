import { expect } from 'vitest';
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

/** A table row for a text that `repair` changes: label, input, expected text, edit kinds, options. */
export type Changed = [label: string, input: string, expected: string, kinds: string[], options?: RepairOptions];
/** A table row for a text that `repair` leaves alone: label, input, options. */
export type Kept = [label: string, input: string, options?: RepairOptions];

/** Asserts the repaired text and the kinds of the edits, in order. */
export function expectRepaired(input: string, expected: string, editKinds: string[], options?: RepairOptions): void {
  const result = repair(input, options);
  expect(result.text).toBe(expected);
  expect(result.edits.map((e) => e.kind)).toEqual(editKinds);
}

/** Asserts that `repair` returns the input unchanged, with no edits. */
export function expectKept(input: string, options?: RepairOptions): void {
  expect(repair(input, options)).toEqual({ text: input, edits: [] });
}

// Reference point, not a baseline to beat: the bare minimum a single-pass engine does for the
// `search` folds (one Uint16Array lookup per code unit, deletions, one string built at the end),
// with no context rules, no whitespace handling and no offsets. It approximates the ceiling of
// the engine's design on this machine.

import { TextDecoder } from 'node:util';

const DELETE = 0xffff;
const TABLE = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) TABLE[c] = c;
const fold = (to, ...from) => {
  for (const c of from) TABLE[c] = to;
};
fold(0x627, 0x622, 0x623, 0x625, 0x671, 0x672, 0x673); // alef
fold(0x64a, 0x649, 0x626, 0x6cc); // ya, hamza on ya, Farsi yeh
fold(0x647, 0x629, 0x6c3); // teh marbuta
fold(0x648, 0x624); // hamza on waw
for (let d = 0; d < 10; d++) fold(0x30 + d, 0x660 + d, 0x6f0 + d); // digits
for (const [from, to] of [
  [0x60c, 0x2c],
  [0x61b, 0x3b],
  [0x61f, 0x3f],
  [0x66a, 0x25],
]) {
  fold(to, from); // punctuation
}
fold(DELETE, 0x640, 0x200e, 0x200f, 0x61c); // tatweel, bidi marks
for (const [a, b] of [
  [0x610, 0x61a],
  [0x64b, 0x65f],
  [0x670, 0x670],
  [0x6d6, 0x6dc],
  [0x6df, 0x6e4],
  [0x6e7, 0x6e8],
  [0x6ea, 0x6ed],
]) {
  for (let c = a; c <= b; c++) TABLE[c] = DELETE; // diacritics
}

const decoder = new TextDecoder('utf-16le');

/**
 * The `search` folds as one table lookup per code unit.
 *
 * @param {string} s
 * @returns {string}
 */
export function tableLoop(s) {
  const out = new Uint16Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const m = TABLE[s.charCodeAt(i)];
    if (m !== DELETE) out[n++] = m;
  }
  return decoder.decode(out.subarray(0, n));
}

import { C_MARK, CHAR_CLASS } from './chars.js';

/**
 * A per-call table of word keys → occurrence counts, keyed by two independent 32-bit hashes of the
 * key (a false match needs both to collide: about one chance in 10^19 per pair). Open addressing
 * over typed arrays: no string is built per word, which keeps `repair` fast on large texts.
 *
 * @internal
 */
export interface WordTable {
  mask: number;
  size: number;
  /** Four int32 per slot, interleaved for locality: h1, h2, count, bits (USED | EXTRA_*). */
  data: Int32Array;
}

const USED = 0x100;

/** Bits of a slot: a closed-class word. @internal */
export const EXTRA_FUNCTION = 1;
/** A vocabulary word. @internal */
export const EXTRA_VOCABULARY = 2;

/** A table sized for about `expected` distinct words (it grows as needed). @internal */
export function createWordTable(expected: number): WordTable {
  let cap = 256;
  while (cap < expected * 2) cap *= 2;
  return { mask: cap - 1, size: 0, data: new Int32Array(cap * 4) };
}

/** Two hashes of a key: the pair (h1, h2). */
export interface KeyHash {
  h1: number;
  h2: number;
}

/** First hash: FNV-1a step. @internal */
export function mix1(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}
/**
 * Second hash: multiplicative step. The constant is 0x9e3779b9 − 2³² (same value after `| 0`):
 * an int32 operand keeps the sum in 32-bit integer arithmetic instead of doubles. @internal
 */
export function mix2(h: number, c: number): number {
  return (Math.imul(h, 0x5bd1e995) + c - 0x61c88647) | 0;
}

/** Initial value of the first hash. @internal */
export const SEED1: number = 0x811c9dc5 | 0;
/** Initial value of the second hash. @internal */
export const SEED2: number = 0x2545f491;

/** Folds alef variants (أ إ ٱ) to ا like `wordKey`; other code units unchanged. @internal */
export function fold(c: number): number {
  return c === 0x0623 || c === 0x0625 || c === 0x0671 ? 0x0627 : c;
}

/**
 * Hashes the key of `text[start, end)` (marks and tatweel skipped, alef variants folded) into
 * `out`, the same value {@link hashKey} gives for the key string. Returns the number of key letters.
 *
 * @internal
 */
export function hashRange(text: string, start: number, end: number, out: KeyHash): number {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x2545f491;
  let letters = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (((CHAR_CLASS[c] as number) & C_MARK) !== 0) continue;
    const f = fold(c);
    h1 = mix1(h1, f);
    h2 = mix2(h2, f);
    letters++;
  }
  out.h1 = h1;
  out.h2 = h2;
  return letters;
}

/** Hashes a key string (already folded). @internal */
export function hashKey(key: string, out: KeyHash): void {
  hashSlice(key, 0, key.length, out);
}

/** The hash of the first letter appended to {@link HASH_SEED}: start state for incremental hashing. @internal */
export const HASH_SEED: KeyHash = { h1: 0x811c9dc5 | 0, h2: 0x2545f491 };

/** Appends one key letter to a running hash (same result as hashing the longer key). @internal */
export function hashAppend(h: KeyHash, c: number): void {
  h.h1 = mix1(h.h1, c);
  h.h2 = mix2(h.h2, c);
}

/** Hashes `key[from, to)`. @internal */
export function hashSlice(key: string, from: number, to: number, out: KeyHash): void {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x2545f491;
  for (let i = from; i < to; i++) {
    const c = key.charCodeAt(i);
    h1 = mix1(h1, c);
    h2 = mix2(h2, c);
  }
  out.h1 = h1;
  out.h2 = h2;
}

function slot(t: WordTable, h1: number, h2: number): number {
  const d = t.data;
  let s = (h1 ^ (h1 >>> 15)) & t.mask;
  for (;;) {
    const o = s << 2;
    if (((d[o + 3] as number) & USED) === 0 || (d[o] === h1 && d[o + 1] === h2)) return o;
    s = (s + 1) & t.mask;
  }
}

function rehash(t: WordTable): void {
  const old = t.data;
  const cap = (t.mask + 1) * 2;
  t.mask = cap - 1;
  t.data = new Int32Array(cap * 4);
  for (let o = 0; o < old.length; o += 4) {
    if (((old[o + 3] as number) & USED) === 0) continue;
    const n = slot(t, old[o] as number, old[o + 1] as number);
    t.data[n] = old[o] as number;
    t.data[n + 1] = old[o + 1] as number;
    t.data[n + 2] = old[o + 2] as number;
    t.data[n + 3] = old[o + 3] as number;
  }
}

/** Adds `count` occurrences and `extra` bits for a key. @internal */
export function addWord(t: WordTable, h: KeyHash, count: number, extra: number): void {
  let o = slot(t, h.h1, h.h2);
  if (((t.data[o + 3] as number) & USED) === 0) {
    if ((t.size + 1) * 2 > t.mask + 1) {
      rehash(t);
      o = slot(t, h.h1, h.h2);
    }
    t.data[o] = h.h1;
    t.data[o + 1] = h.h2;
    t.data[o + 3] = USED;
    t.size++;
  }
  t.data[o + 2] = (t.data[o + 2] as number) + count;
  t.data[o + 3] = (t.data[o + 3] as number) | extra;
}

/** Occurrences of a key in the document. @internal */
export function wordCount(t: WordTable, h: KeyHash): number {
  return t.data[slot(t, h.h1, h.h2) + 2] as number;
}

/** Whether a key is attested: in the document or as a listed word. @internal */
export function isKnown(t: WordTable, h: KeyHash): boolean {
  return ((t.data[slot(t, h.h1, h.h2) + 3] as number) & USED) !== 0;
}

/** The extra bits of a key (0 when absent or only seen in the document). @internal */
export function extraBits(t: WordTable, h: KeyHash): number {
  return (t.data[slot(t, h.h1, h.h2) + 3] as number) & 0xff;
}

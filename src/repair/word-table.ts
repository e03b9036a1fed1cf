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
  h1: Int32Array;
  h2: Int32Array;
  counts: Uint32Array;
  /** Bit 1: a closed-class word; bit 2: a vocabulary word. */
  extra: Uint8Array;
  used: Uint8Array;
}

/** Bits of {@link WordTable.extra}. @internal */
export const EXTRA_FUNCTION = 1;
/** @internal */
export const EXTRA_VOCABULARY = 2;

/** A table sized for about `expected` distinct words. @internal */
export function createWordTable(expected: number): WordTable {
  let cap = 1024;
  while (cap < expected * 2) cap *= 2;
  return { mask: cap - 1, size: 0, h1: new Int32Array(cap), h2: new Int32Array(cap), counts: new Uint32Array(cap), extra: new Uint8Array(cap), used: new Uint8Array(cap) };
}

/** Two hashes of a key: the pair (h1, h2). */
export interface KeyHash {
  h1: number;
  h2: number;
}

function mix1(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}
function mix2(h: number, c: number): number {
  return (Math.imul(h, 0x5bd1e995) + c + 0x9e3779b9) | 0;
}

/** Folds alef variants (أ إ ٱ) to ا like `wordKey`; other code units unchanged. */
function fold(c: number): number {
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
    if ((((CHAR_CLASS[c] as number)) & C_MARK) !== 0) continue;
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
  let s = (h1 ^ (h1 >>> 15)) & t.mask;
  while (t.used[s] === 1 && (t.h1[s] !== h1 || t.h2[s] !== h2)) s = (s + 1) & t.mask;
  return s;
}

function rehash(t: WordTable): void {
  const old = { h1: t.h1, h2: t.h2, counts: t.counts, extra: t.extra, used: t.used };
  const cap = (t.mask + 1) * 2;
  t.mask = cap - 1;
  t.h1 = new Int32Array(cap);
  t.h2 = new Int32Array(cap);
  t.counts = new Uint32Array(cap);
  t.extra = new Uint8Array(cap);
  t.used = new Uint8Array(cap);
  for (let i = 0; i < old.used.length; i++) {
    if (old.used[i] !== 1) continue;
    const h1 = (old.h1[i] as number);
    const h2 = (old.h2[i] as number);
    const s = slot(t, h1, h2);
    t.used[s] = 1;
    t.h1[s] = h1;
    t.h2[s] = h2;
    t.counts[s] = (old.counts[i] as number);
    t.extra[s] = (old.extra[i] as number);
  }
}

/** Adds `count` occurrences and `extra` bits for a key. @internal */
export function addWord(t: WordTable, h: KeyHash, count: number, extra: number): void {
  let s = slot(t, h.h1, h.h2);
  if (t.used[s] !== 1) {
    if ((t.size + 1) * 2 > t.mask + 1) {
      rehash(t);
      s = slot(t, h.h1, h.h2);
    }
    t.used[s] = 1;
    t.h1[s] = h.h1;
    t.h2[s] = h.h2;
    t.size++;
  }
  t.counts[s] = ((t.counts[s] as number)) + count;
  t.extra[s] = ((t.extra[s] as number)) | extra;
}

/** Occurrences of a key in the document. @internal */
export function wordCount(t: WordTable, h: KeyHash): number {
  const s = slot(t, h.h1, h.h2);
  return t.used[s] === 1 ? ((t.counts[s] as number)) : 0;
}

/** Whether a key is attested: in the document, the closed-class list or the vocabulary. @internal */
export function isKnown(t: WordTable, h: KeyHash): boolean {
  const s = slot(t, h.h1, h.h2);
  return t.used[s] === 1;
}

/** The extra bits of a key (0 when absent or only seen in the document). @internal */
export function extraBits(t: WordTable, h: KeyHash): number {
  const s = slot(t, h.h1, h.h2);
  return t.used[s] === 1 ? (t.extra[s] as number) : 0;
}

// Finds month names in the normalized text: one linear pass, a trie walk at each word start.
import { MONTH_PROCLITICS, MONTH_TRIE, type MonthEntry, type TrieNode } from './lexicon.js';
import { digitValue, isGap, isLetter } from './text-scan.js';

/** A month name found in the normalized text. */
export interface MonthToken {
  /** Start of the name (after any proclitic). */
  readonly start: number;
  readonly end: number;
  /** Start of the word, proclitic included. */
  readonly wordStart: number;
  readonly entry: MonthEntry;
}

/** The longest month key that starts at `i` and ends at a word boundary, as [end, entry]. */
function walk(s: string, i: number, libyan: boolean): [number, MonthEntry] | undefined {
  let node: TrieNode | undefined = MONTH_TRIE;
  let best: [number, MonthEntry] | undefined;
  let j = i;
  while (j < s.length) {
    let c = s.charCodeAt(j);
    if (isGap(c)) {
      node = node.next.get(0x20);
      if (node === undefined) break;
      while (j < s.length && isGap(s.charCodeAt(j))) j++;
      continue;
    }
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    node = node.next.get(c);
    if (node === undefined) break;
    j++;
    const entry = node.entry;
    if (entry !== undefined && (libyan || entry.system !== 'libyan') && j <= s.length) {
      const next = j < s.length ? s.charCodeAt(j) : 0x20;
      const digitEnd = digitValue(c) >= 0;
      if (!isLetter(next) && !(digitEnd && digitValue(next) >= 0)) best = [j, entry];
    }
  }
  return best;
}

/** Every month name in `s`, in order, non-overlapping. */
export function findMonthTokens(s: string, libyan: boolean): MonthToken[] {
  const tokens: MonthToken[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (!isLetter(c)) {
      i++;
      continue;
    }
    let found = walk(s, i, libyan);
    let start = i;
    if (found === undefined && MONTH_PROCLITICS.has(c)) {
      found = walk(s, i + 1, libyan);
      // A proclitic never goes on a two-letter key (باب door, لاب laptop).
      if (found !== undefined && found[0] - (i + 1) > 2) start = i + 1;
      else found = undefined;
    }
    if (found !== undefined) {
      tokens.push({ start, end: found[0], wordStart: i, entry: found[1] });
      i = found[0];
      continue;
    }
    while (i < n && isLetter(s.charCodeAt(i))) i++;
  }
  return tokens;
}

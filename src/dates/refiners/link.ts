// Refiner: links a Hijri mention and the Gregorian one printed next to it («… 1445 هـ الموافق 30
// نوفمبر 2023 م», «8 فبراير 2024 (27 رجب 1445هـ)») and flags the offset when they disagree.
import type { Candidate } from '../candidate.js';
import { inSet, LINKERS } from '../lexicon.js';
import { isComma, isGap, isLetter } from '../text-scan.js';

/**
 * What joins two mentions: 'word' when a linking word («الموافق») or a bracket or slash is between
 * them, 'plain' for only gaps and commas, undefined when anything else is there.
 */
export function joinBetween(s: string, a: number, b: number): 'word' | 'plain' | undefined {
  if (b - a > 24) return undefined;
  let kind: 'word' | 'plain' = 'plain';
  let i = a;
  while (i < b) {
    const c = s.charCodeAt(i);
    if (isLetter(c)) {
      let e = i;
      while (e < b && isLetter(s.charCodeAt(e))) e++;
      if (!inSet(LINKERS, s.slice(i, e))) return undefined;
      kind = 'word';
      i = e;
    } else if (c === 0x28 || c === 0x29 || c === 0x2f || c === 0x5b || c === 0x5d) {
      kind = 'word';
      i++;
    } else if (isGap(c) || isComma(c) || c === 0x2d || c === 0x3a) i++;
    else return undefined;
  }
  return kind;
}

function sign(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** Links adjacent Hijri/Gregorian mentions in place. */
export function linkCalendars(s: string, candidates: readonly Candidate[]): void {
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i];
    const b = candidates[i + 1];
    if (a === undefined || b === undefined || a.calendar === b.calendar || a.linked !== undefined) continue;
    const join = joinBetween(s, a.end, b.start);
    if (join === undefined) continue;
    const h = a.calendar === 'hijri' ? a : b;
    const g = a.calendar === 'hijri' ? b : a;
    if (h.days !== undefined && g.days !== undefined) {
      const offset = g.days - h.days;
      if (Math.abs(offset) > 2) {
        a.flags.push(`linkMismatch(${sign(offset)})`);
        b.flags.push(`linkMismatch(${sign(offset)})`);
        continue;
      }
      a.linkedOffset = offset;
      b.linkedOffset = offset;
      if (offset !== 0) {
        a.flags.push(`hijriOffset(${sign(offset)})`);
        b.flags.push(`hijriOffset(${sign(offset)})`);
      }
    } else if (join === 'plain') continue;
    a.linked = { start: b.start, end: b.end };
    b.linked = { start: a.start, end: a.end };
    i++;
  }
}

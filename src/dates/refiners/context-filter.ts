// Refiner: drops risky month names (مارس the verb, رمضان the name, صفر zero, أب father, نيسان the
// car, Libyan names) that nothing around them shows to be months.
import type { Candidate } from '../candidate.js';
import { CONNECTORS, inSet } from '../lexicon.js';
import { isComma, isGap, isLetter } from '../text-scan.js';

/** True when the candidate's own surroundings show it is a date. */
export function hasOwnSupport(c: Candidate): boolean {
  const s = c.support;
  switch (c.risk) {
    case undefined:
      return true;
    case 'father':
      return s.partner || (s.day && s.year);
    case 'car':
      return s.partner || s.day || s.year || !s.carContext;
    case 'libyan':
      return s.partner || s.day || s.monthWord || s.libyanYear;
    case 'word':
      return s.partner || s.day || s.year || s.monthWord || s.timeBefore || s.timeAfter;
  }
}

/** True when `[a, b)` only joins two month mentions: «و», «إلى», «حتى», a comma, dash or slash. */
export function isCoordination(s: string, a: number, b: number): boolean {
  if (b < a || b - a > 12) return false;
  let words = 0;
  let i = a;
  while (i < b) {
    const c = s.charCodeAt(i);
    if (isLetter(c)) {
      let e = i;
      while (e < b && isLetter(s.charCodeAt(e))) e++;
      if (!inSet(CONNECTORS, s.slice(i, e)) || ++words > 1) return false;
      i = e;
    } else if (isGap(c) || isComma(c) || c === 0x2d || c === 0x2013 || c === 0x2f) i++;
    else return false;
  }
  return true;
}

/** Keeps candidates with support, and risky `word` names coordinated with a kept month mention. */
export function filterByContext(s: string, candidates: readonly Candidate[]): Candidate[] {
  const keep = candidates.map(hasOwnSupport);
  for (let round = 0; round < 2; round++) {
    candidates.forEach((c, i) => {
      if (keep[i] === true || c.risk !== 'word') return;
      const prev = candidates[i - 1];
      const next = candidates[i + 1];
      if (
        (prev !== undefined && keep[i - 1] === true && prev.systems.length > 0 && isCoordination(s, prev.end, c.start)) ||
        (next !== undefined && keep[i + 1] === true && next.systems.length > 0 && isCoordination(s, c.end, next.start))
      ) {
        keep[i] = true;
      }
    });
  }
  return candidates.filter((_, i) => keep[i]);
}

// Numeric dates: d/m/y and y/m/d with «/», «-» or «.» (the same twice), gaps and RLM marks
// around the separators, digits of any script, an optional era marker («27 / 8 / 1436هـ»).
import { newCandidate, type Candidate } from '../candidate.js';
import { digitRunEnd, digitsValue, digitValue, skipGapForward } from '../text-scan.js';
import { readWeekdayBefore } from './weekday.js';
import { readEra } from './year.js';

function isSeparator(c: number): boolean {
  return c === 0x2f || c === 0x2d || c === 0x2e;
}

/**
 * Parses a numeric date whose first digit run starts at `i` (the caller makes sure no digit
 * precedes it). Returns undefined when the digits are not a plausible date.
 */
export function parseNumericDate(s: string, i: number): Candidate | undefined {
  const aEnd = digitRunEnd(s, i);
  const aLen = aEnd - i;
  if (aLen > 4 || aLen === 3) return undefined;
  let p = skipGapForward(s, aEnd);
  const sep = s.charCodeAt(p);
  if (!isSeparator(sep)) return undefined;
  // «1.2.3.2012», «1-2-2012» inside a longer chain of the same separator: not a date.
  if (i >= 2 && s.charCodeAt(i - 1) === sep && digitValue(s.charCodeAt(i - 2)) >= 0) return undefined;
  p = skipGapForward(s, p + 1);
  const bEnd = digitRunEnd(s, p);
  const bLen = bEnd - p;
  if (bLen < 1 || bLen > 2) return undefined;
  const b = digitsValue(s, p, bEnd);
  p = skipGapForward(s, bEnd);
  if (s.charCodeAt(p) !== sep) return undefined;
  p = skipGapForward(s, p + 1);
  const cEnd = digitRunEnd(s, p);
  const cLen = cEnd - p;
  if (s.charCodeAt(cEnd) === sep && digitValue(s.charCodeAt(cEnd + 1)) >= 0) return undefined;
  const a = digitsValue(s, i, aEnd);
  const c = digitsValue(s, p, cEnd);
  let year: number;
  let day: number;
  if (aLen <= 2 && cLen === 4) {
    day = a;
    year = c;
  } else if (aLen === 4 && (cLen === 1 || cLen === 2)) {
    year = a;
    day = c;
  } else return undefined;
  if (b < 1 || b > 12 || day < 1 || day > 31) return undefined;
  const era = readEra(s, cEnd);
  const cand = newCandidate(i, era === undefined ? cEnd : era[1], 'gregorian', b, []);
  cand.numeric = true;
  if (era?.[0] === 'hijri') {
    if (year < 1000 || year > 1700) return undefined;
    cand.calendar = 'hijri';
  } else if (era?.[0] === 'libyan') {
    year += 632;
    cand.flags.push('libyanYear');
  } else if (era === undefined && year >= 1300 && year <= 1500) {
    cand.calendar = 'hijri';
    cand.flags.push('inferredCalendar');
  }
  if (cand.calendar === 'gregorian' && (year < 1000 || year > 2199)) return undefined;
  cand.year = year;
  cand.day = day;
  const weekday = readWeekdayBefore(s, i, 0);
  if (weekday !== undefined) {
    cand.start = weekday[0];
    cand.weekday = weekday[1];
  }
  return cand;
}

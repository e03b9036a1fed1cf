// English datelines: «30th, November 2023 GMT», «November 30, 2023», «Nov. 30 2023», «May 2021».
import { newCandidate, type Candidate } from '../candidate.js';
import type { MonthToken } from '../month-tokens.js';
import { digitRunEnd, digitRunStart, digitsValue, digitValue, isComma, letterRunStart, skipGapBackward, skipGapForward } from '../text-scan.js';

const SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** A four-digit year at `p` (after an optional comma), as [year, end]. */
function yearAt(s: string, p: number): [number, number] | undefined {
  let q = skipGapForward(s, p);
  if (isComma(s.charCodeAt(q))) q = skipGapForward(s, q + 1);
  const e = digitRunEnd(s, q);
  const value = digitsValue(s, q, e);
  return e - q === 4 && value >= 1000 && value <= 2199 ? [value, e] : undefined;
}

/** A day (1–2 digits, optional st/nd/rd/th) at `p`, as [day, end]. */
function dayAt(s: string, p: number): [number, number] | undefined {
  const e = digitRunEnd(s, p);
  if (e - p < 1 || e - p > 2) return undefined;
  const value = digitsValue(s, p, e);
  let end = e;
  const suffix = s.slice(e, e + 2).toLowerCase();
  if (SUFFIXES.has(suffix)) end = e + 2;
  return value >= 1 && value <= 31 ? [value, end] : undefined;
}

/** Parses an English dateline around an English month token; a year is required. */
export function parseEnglishDate(s: string, token: MonthToken, floor: number): Candidate | undefined {
  if (token.entry.system !== 'english') return undefined;
  let p = token.end;
  if (s.charCodeAt(p) === 0x2e) p++;
  const q = skipGapForward(s, p);
  const cand = newCandidate(token.start, token.end, 'gregorian', token.entry.month, ['english']);
  // Month Day, Year
  if (digitValue(s.charCodeAt(q)) >= 0 && q > p) {
    const day = dayAt(s, q);
    const year = day === undefined ? undefined : yearAt(s, day[1]);
    if (day !== undefined && year !== undefined) {
      cand.day = day[0];
      cand.year = year[0];
      cand.end = year[1];
      return cand;
    }
  }
  const year = yearAt(s, p);
  if (year === undefined) return undefined;
  cand.year = year[0];
  cand.end = year[1];
  // Day before: «30th, November», «30 November».
  let b = skipGapBackward(s, token.start);
  if (b > 0 && isComma(s.charCodeAt(b - 1))) b = skipGapBackward(s, b - 1);
  const ls = letterRunStart(s, b);
  if (b - ls === 2 && SUFFIXES.has(s.slice(ls, b).toLowerCase())) b = ls;
  const ds = digitRunStart(s, b);
  if (b - ds >= 1 && b - ds <= 2 && ds >= floor && (ds === 0 || digitValue(s.charCodeAt(ds - 1)) < 0)) {
    const day = digitsValue(s, ds, b);
    if (day >= 1 && day <= 31) {
      cand.day = day;
      cand.start = ds;
    }
  }
  return cand;
}

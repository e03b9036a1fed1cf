// Parser for dates built around a month name: weekday? day? month (paired?) year? era?
import { newCandidate, type Candidate } from '../candidate.js';
import { CAR_AFTER, CAR_BEFORE, inSet, MIN, MONTH_WORD, TIME_AFTER, TIME_BEFORE, TIME_BEFORE_MIN } from '../lexicon.js';
import type { MonthToken } from '../month-tokens.js';
import { digitRunEnd, digitRunStart, digitsValue, isLetter, skipGapBackward, skipGapForward, wordAfter, wordBefore } from '../text-scan.js';
import type { MonthSystem } from '../types.js';
import { readDayBefore } from './day.js';
import { readWeekdayBefore } from './weekday.js';
import { readEra, readYearAfter } from './year.js';

/** A second month name paired with the first: «مارس/آذار», «تشرين الأول (أكتوبر)», «مارس اذار». */
interface Pair {
  readonly token: MonthToken;
  readonly end: number;
  readonly conflict: boolean;
}

function pairAfter(s: string, first: MonthToken, next: MonthToken | undefined): Pair | undefined {
  if (next === undefined || next.start !== next.wordStart) return undefined;
  if (first.entry.calendar !== 'gregorian' || next.entry.calendar !== 'gregorian') return undefined;
  const same = first.entry.month === next.entry.month;
  // Different months pair only across naming systems and with unambiguous names («حزيران/يوليو»);
  // «نوفمبر / ديسمبر» is two months, «مايو/إب» a month and the city of Ibb.
  if (!same && (first.entry.system === next.entry.system || first.entry.risk !== undefined || next.entry.risk !== undefined)) {
    return undefined;
  }
  const i = skipGapForward(s, first.end);
  const c = s.charCodeAt(i);
  if (c === 0x2f || c === 0x2d || c === 0x2013 || c === 0x2014) {
    if (skipGapForward(s, i + 1) !== next.start) return undefined;
    // «مارس - أبريل» is a range of months; only a slash pairs different months.
    return same || c === 0x2f ? { token: next, end: next.end, conflict: !same } : undefined;
  }
  if (c === 0x28) {
    if (skipGapForward(s, i + 1) !== next.start) return undefined;
    const close = skipGapForward(s, next.end);
    return s.charCodeAt(close) === 0x29 ? { token: next, end: close + 1, conflict: !same } : undefined;
  }
  return i > first.end && i === next.start && same ? { token: next, end: next.end, conflict: false } : undefined;
}

/** A month name between two numbers and the same separator: «21-سبتمبر-2012», «7 / أغسطس / 2022 م». */
interface Separated {
  readonly start: number;
  readonly day: number;
  readonly year: number;
  readonly end: number;
}

function readSeparated(s: string, token: MonthToken, floor: number): Separated | undefined {
  const b = skipGapBackward(s, token.start);
  const sep = s.charCodeAt(b - 1);
  if (sep !== 0x2d && sep !== 0x2f) return undefined;
  const de = skipGapBackward(s, b - 1);
  const ds = digitRunStart(s, de);
  if (de - ds < 1 || de - ds > 2 || ds < floor || (ds > 0 && (isLetter(s.charCodeAt(ds - 1)) || s.charCodeAt(ds - 1) === sep))) return undefined;
  const q = skipGapForward(s, token.end);
  if (s.charCodeAt(q) !== sep) return undefined;
  const ys = skipGapForward(s, q + 1);
  const ye = digitRunEnd(s, ys);
  const day = digitsValue(s, ds, de);
  if (ye - ys !== 4 || day < 1 || day > 31) return undefined;
  const era = readEra(s, ye);
  return { start: ds, day, year: digitsValue(s, ys, ye), end: era === undefined ? ye : era[1] };
}

function addSystem(systems: MonthSystem[], system: MonthSystem): void {
  if (!systems.includes(system)) systems.push(system);
}

/** True when the original text spells the name with a madda alef (آب, not أب/اب). */
export type MaddaTest = (normalizedStart: number) => boolean;

/**
 * Parses the date around `tokens[k]`. Returns the candidate and how many tokens it used (2 when
 * paired). `floor` is the end of the previous mention: nothing before it is read.
 */
export function parseNamedDate(
  s: string,
  tokens: readonly MonthToken[],
  k: number,
  floor: number,
  hasMadda: MaddaTest,
): [Candidate, number] | undefined {
  const token = tokens[k];
  if (token === undefined || token.entry.system === 'english') return undefined;
  const entry = token.entry;
  const systems: MonthSystem[] = [entry.system];
  const pair = pairAfter(s, token, tokens[k + 1]);
  const cand = newCandidate(token.start, pair?.end ?? token.end, entry.calendar, entry.month, systems);
  cand.risk = entry.risk === 'father' && hasMadda(token.start) ? 'word' : entry.risk;
  if (pair !== undefined) {
    addSystem(systems, pair.token.entry.system);
    cand.flags.push('paired');
    if (pair.conflict) cand.flags.push('pairConflict');
    cand.support.partner = true;
    const partnerRisk = pair.token.entry.risk;
    if (cand.risk === undefined || partnerRisk === undefined) cand.risk = undefined;
  }
  const sup = cand.support;

  const separated = pair === undefined && token.start === token.wordStart ? readSeparated(s, token, floor) : undefined;
  if (separated !== undefined) {
    cand.start = separated.start;
    cand.end = separated.end;
    cand.day = separated.day;
    cand.year = separated.year;
    sup.day = true;
    sup.year = true;
    if (entry.calendar === 'hijri' && separated.year > 1700) {
      cand.year = undefined;
      cand.flags.push('gregorianYear');
    }
    return [cand, 1];
  }

  // Year and era after the name(s).
  const after = readYearAfter(s, cand.end);
  sup.timeAfter = after.timeAfter;
  const y = after.year;
  if (y !== undefined) {
    let value = y.value;
    let ok = true;
    if (y.era === 'libyan' || (entry.system === 'libyan' && y.era === undefined && value < 1700)) {
      value += 632;
      cand.flags.push('libyanYear');
      sup.libyanYear = true;
    }
    if (entry.calendar === 'hijri') {
      if (y.era === 'gregorian' || value > 1700) {
        cand.flags.push('gregorianYear');
      } else if (value >= 1000 || y.introduced || y.era !== undefined) {
        cand.year = value;
      } else ok = false;
    } else if ((value >= 1000 && value <= 2199) || y.introduced || y.era !== undefined) {
      cand.year = value;
      if (y.era === 'hijri') cand.flags.push('eraConflict');
    } else ok = false;
    if (ok) {
      cand.end = y.end;
      sup.year = true;
    }
  }

  // Day, then weekday, before the name.
  let first = token.start;
  if (token.start === token.wordStart) {
    const day = readDayBefore(s, token.start, floor);
    if (day === 'period') sup.timeBefore = true;
    else if (day !== undefined) {
      cand.day = day.day;
      sup.day = true;
      sup.monthWord = day.monthWord;
      first = day.start;
      cand.start = day.start;
      const weekday = readWeekdayBefore(s, day.start, floor);
      if (weekday !== undefined) {
        cand.weekday = weekday[1];
        cand.start = weekday[0];
      }
    }
  }

  // Context for risky names.
  const before = wordBefore(s, token.start === token.wordStart ? first : token.wordStart);
  if (before !== undefined) {
    if (inSet(MONTH_WORD, before.text)) sup.monthWord = true;
    if (inSet(TIME_BEFORE, before.text)) sup.timeBefore = true;
    if (inSet(CAR_BEFORE, before.text)) sup.carContext = true;
    if (before.text === MIN && inSet(TIME_BEFORE_MIN, wordBefore(s, before.start)?.text)) sup.timeBefore = true;
  }
  const next = wordAfter(s, token.end);
  if (next !== undefined && TIME_AFTER.has(next.text)) sup.timeAfter = true;
  if (next !== undefined && CAR_AFTER.has(next.text)) sup.carContext = true;
  const nextChar = s.charCodeAt(skipGapForward(s, token.end));
  if (isLetter(nextChar) && nextChar < 0x250) sup.carContext = true;
  return [cand, pair === undefined ? 1 : 2];
}

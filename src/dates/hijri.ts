// Hijri <-> Gregorian through Intl.DateTimeFormat (Umm al-Qura by default), estimate-and-search for
// Hijri -> Gregorian, and an optional caller-supplied table of month starts.
import { civilFromDays, daysFromCivil, isValidGregorian } from './gregorian.js';
import { typeName } from './type-name.js';
import type { HijriCalendarName, HijriMonthTable, HijriOptions, YMD } from './types.js';

const MS_PER_DAY = 86_400_000;
/** Largest |day number| a Date can hold (±100,000,000 days from the epoch). */
const MAX_DAYS = 100_000_000;

function formatter(calendar: HijriCalendarName): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
}

// Created once; only ever read.
const FORMATTERS: Readonly<Record<HijriCalendarName, Intl.DateTimeFormat>> = {
  'islamic-umalqura': formatter('islamic-umalqura'),
  'islamic-civil': formatter('islamic-civil'),
  'islamic-tbla': formatter('islamic-tbla'),
};

/** 1 Muharram 1 AH (Julian 16 July 622), as a day number, for the estimate. */
const HIJRI_EPOCH_DAYS = daysFromCivil(622, 7, 19);

function checkOptions(fn: string, options: HijriOptions | undefined): HijriCalendarName {
  if (options === undefined) return 'islamic-umalqura';
  const value: unknown = options;
  if (typeof value !== 'object' || value === null) {
    throw new TypeError(`${fn}: options must be an object, received ${typeName(value)}`);
  }
  const calendar = options.hijriCalendar ?? 'islamic-umalqura';
  if (!Object.hasOwn(FORMATTERS, calendar)) {
    throw new RangeError(`${fn}: options.hijriCalendar must be 'islamic-umalqura', 'islamic-civil' or 'islamic-tbla', received ${calendar}`);
  }
  if (options.monthStarts !== undefined) checkTable(fn, options.monthStarts);
  return calendar;
}

function checkTable(fn: string, table: HijriMonthTable): void {
  const value: unknown = table;
  if (
    typeof value !== 'object' ||
    value === null ||
    !Number.isInteger(table.year) ||
    !Number.isInteger(table.month) ||
    table.month < 1 ||
    table.month > 12 ||
    !Array.isArray(table.starts)
  ) {
    throw new TypeError(`${fn}: options.monthStarts must be { year, month (1-12), starts: string[] }`);
  }
}

function checkDate(fn: string, date: YMD): void {
  const value: unknown = date;
  if (typeof value !== 'object' || value === null) {
    throw new TypeError(`${fn}: expected a { year, month, day } object, received ${typeName(value)}`);
  }
}

/** Parses a `'YYYY-MM-DD'` table entry to a day number. */
function tableDays(entry: string | undefined): number {
  const ok = typeof entry === 'string' && entry.length === 10 && entry[4] === '-' && entry[7] === '-';
  const y = ok ? Number(entry.slice(0, 4)) : NaN;
  const m = ok ? Number(entry.slice(5, 7)) : NaN;
  const d = ok ? Number(entry.slice(8, 10)) : NaN;
  if (!isValidGregorian({ year: y, month: m, day: d })) {
    throw new RangeError(`options.monthStarts: entries must be 'YYYY-MM-DD' dates, received ${String(entry)}`);
  }
  return daysFromCivil(y, m, d);
}

/** The Hijri date of a day number in the given calendar (Intl). */
function hijriOfDays(days: number, calendar: HijriCalendarName): YMD {
  let year = 0;
  let month = 0;
  let day = 0;
  for (const part of FORMATTERS[calendar].formatToParts(new Date(days * MS_PER_DAY))) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
  }
  return { year, month, day };
}

function hijriFromTable(days: number, table: HijriMonthTable): YMD | undefined {
  const n = table.starts.length - 1;
  if (n < 1) return undefined;
  if (days < tableDays(table.starts[0]) || days >= tableDays(table.starts[n])) return undefined;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tableDays(table.starts[mid]) <= days) lo = mid;
    else hi = mid - 1;
  }
  const index = table.month - 1 + lo;
  return {
    year: table.year + Math.floor(index / 12),
    month: (index % 12) + 1,
    day: days - tableDays(table.starts[lo]) + 1,
  };
}

/** Day number of a Hijri date, or undefined when the date does not exist. */
export function hijriToDays(date: YMD, calendar: HijriCalendarName, table?: HijriMonthTable): number | undefined {
  const { year, month, day } = date;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 30) return undefined;
  if (table !== undefined) {
    const index = (year - table.year) * 12 + (month - table.month);
    if (index >= 0 && index < table.starts.length - 1) {
      const start = tableDays(table.starts[index]);
      const next = tableDays(table.starts[index + 1]);
      return day <= next - start ? start + day - 1 : undefined;
    }
  }
  let guess = HIJRI_EPOCH_DAYS + Math.floor((year - 1) * 354.36667 + (month - 1) * 29.530589) + day - 1;
  if (Math.abs(guess) > MAX_DAYS) return undefined;
  for (let step = 0; step < 8; step++) {
    const h = hijriOfDays(guess, calendar);
    const months = (year - h.year) * 12 + (month - h.month);
    const delta = months === 0 ? day - h.day : Math.round(months * 29.530589 + day - h.day);
    if (delta === 0) return months === 0 ? guess : undefined;
    // A 30th that does not exist: the 29th is one day before the 1st of the next month.
    if (months === 0 && delta > 0 && hijriOfDays(guess + delta, calendar).month !== month) return undefined;
    guess += delta;
  }
  return undefined;
}

/**
 * Converts a Hijri date to the Gregorian calendar (Umm al-Qura by default, through `Intl` with
 * `timeZone: 'UTC'`, so the result never depends on the machine's time zone). Returns `undefined`
 * for a Hijri date that does not exist (a 30th in a 29-day month, month 13, non-integers).
 *
 * @param date - The Hijri date.
 * @param options - `hijriCalendar` (`'islamic-umalqura'`, `'islamic-civil'`, `'islamic-tbla'`) and
 *   `monthStarts`, a caller-supplied table that wins for the months it covers.
 * @returns The Gregorian date, or `undefined`.
 * @throws TypeError when `date` is not an object; TypeError/RangeError for invalid options.
 *
 * @example
 * ```ts
 * import { hijriToGregorian } from 'tanqih';
 * hijriToGregorian({ year: 1445, month: 5, day: 16 }); // => { year: 2023, month: 11, day: 30 }
 * hijriToGregorian({ year: 1444, month: 10, day: 1 }); // => { year: 2023, month: 4, day: 21 }
 * hijriToGregorian({ year: 1444, month: 9, day: 30 }); // => undefined
 * ```
 */
export function hijriToGregorian(date: YMD, options?: HijriOptions): YMD | undefined {
  checkDate('hijriToGregorian', date);
  const calendar = checkOptions('hijriToGregorian', options);
  const days = hijriToDays(date, calendar, options?.monthStarts);
  return days === undefined ? undefined : civilFromDays(days);
}

/**
 * Converts a Gregorian date to the Hijri calendar (Umm al-Qura by default, through `Intl` with
 * `timeZone: 'UTC'`).
 *
 * @param date - The Gregorian date (proleptic for early years).
 * @param options - `hijriCalendar` and `monthStarts`, as for {@link hijriToGregorian}.
 * @returns The Hijri date.
 * @throws TypeError when `date` is not an object; RangeError when it is not a valid Gregorian
 *   date (or beyond ±270,000 years); TypeError/RangeError for invalid options.
 *
 * @example
 * ```ts
 * import { gregorianToHijri } from 'tanqih';
 * gregorianToHijri({ year: 2024, month: 3, day: 11 }); // => { year: 1445, month: 9, day: 1 }
 * gregorianToHijri({ year: 2023, month: 11, day: 30 }, { hijriCalendar: 'islamic-civil' }); // => { year: 1445, month: 5, day: 17 }
 * ```
 */
export function gregorianToHijri(date: YMD, options?: HijriOptions): YMD {
  checkDate('gregorianToHijri', date);
  const calendar = checkOptions('gregorianToHijri', options);
  if (!isValidGregorian(date)) {
    throw new RangeError(`gregorianToHijri: not a valid Gregorian date: ${String(date.year)}-${String(date.month)}-${String(date.day)}`);
  }
  const days = daysFromCivil(date.year, date.month, date.day);
  if (Math.abs(days) > MAX_DAYS) throw new RangeError(`gregorianToHijri: year out of range: ${String(date.year)}`);
  return hijriDate(days, calendar, options?.monthStarts);
}

/** Hijri date of a day number, through the table when it covers the day. */
export function hijriDate(days: number, calendar: HijriCalendarName, table?: HijriMonthTable): YMD {
  return (table === undefined ? undefined : hijriFromTable(days, table)) ?? hijriOfDays(days, calendar);
}

/** Validates Hijri options for findDates; returns the calendar name. */
export function hijriCalendarOf(fn: string, options: HijriOptions | undefined): HijriCalendarName {
  return checkOptions(fn, options);
}

import type { Span } from '../types.js';

/**
 * The calendar a date mention is written in.
 *
 * @example
 * ```ts
 * import { parseMonth, type Calendar } from 'tanqih';
 * const calendar: Calendar | undefined = parseMonth('رمضان')?.calendar;
 * calendar; // => 'hijri'
 * ```
 */
export type Calendar = 'gregorian' | 'hijri';

/**
 * A month-naming system: a regional family of Gregorian month names, the Hijri names, or English
 * names (seen in datelines). The system is a region hint only; it never decides the month number.
 *
 * @example
 * ```ts
 * import { parseMonth, type MonthSystem } from 'tanqih';
 * const systems: MonthSystem[] | undefined = parseMonth('جويلية')?.systems;
 * systems; // => ['maghrebi']
 * ```
 */
export type MonthSystem =
  | 'transliterated'
  | 'syriac'
  | 'maghrebi'
  | 'moroccan'
  | 'mauritanian'
  | 'libyan'
  | 'hijri'
  | 'english';

/**
 * A calendar date as year, month (1–12) and day (1–31). Which calendar it belongs to is given by
 * the context (the field that holds it or the function that returns it).
 *
 * @example
 * ```ts
 * import { hijriToGregorian, type YMD } from 'tanqih';
 * const ramadan: YMD = { year: 1445, month: 9, day: 1 };
 * hijriToGregorian(ramadan); // => { year: 2024, month: 3, day: 11 }
 * ```
 */
export interface YMD {
  /** The year (astronomical numbering; AH for Hijri dates). */
  readonly year: number;
  /** The month, 1–12. */
  readonly month: number;
  /** The day of the month, 1–31. */
  readonly day: number;
}

/**
 * What {@link parseMonth} returns for a month name.
 *
 * @example
 * ```ts
 * import { parseMonth, type MonthInfo } from 'tanqih';
 * const info: MonthInfo | undefined = parseMonth('تشرين الثاني');
 * info; // => { calendar: 'gregorian', month: 11, systems: ['syriac'] }
 * ```
 */
export interface MonthInfo {
  /** The calendar the name belongs to. */
  calendar: Calendar;
  /** The month number, 1–12. */
  month: number;
  /** Every naming system that spells the month this way (after normalization). */
  systems: MonthSystem[];
}

/**
 * Names of the Hijri calendars {@link hijriToGregorian} and {@link gregorianToHijri} can use (all
 * through `Intl.DateTimeFormat`): Umm al-Qura (the default; Saudi official), the tabular civil
 * calendar (epoch Friday 16 July 622) and the tabular astronomical one (epoch Thursday 15 July 622).
 *
 * @example
 * ```ts
 * import { hijriToGregorian, type HijriCalendarName } from 'tanqih';
 * const civil: HijriCalendarName = 'islamic-civil';
 * hijriToGregorian({ year: 1445, month: 5, day: 16 }, { hijriCalendar: civil }); // => { year: 2023, month: 11, day: 29 }
 * ```
 */
export type HijriCalendarName = 'islamic-umalqura' | 'islamic-civil' | 'islamic-tbla';

/**
 * A caller-supplied table of Hijri month starts (for instance an official or as-sighted list) that
 * takes precedence over the computed calendar for the months it covers. `starts[i]` is the
 * Gregorian date, as `'YYYY-MM-DD'`, of the first day of the `i`-th Hijri month counted from
 * `year`/`month`; the last entry is the first day after the last month covered, so a table of
 * `n` months has `n + 1` entries.
 *
 * @example
 * ```ts
 * import { hijriToGregorian, type HijriMonthTable } from 'tanqih';
 * // Ramadan 1445 as begun in Morocco (12 March 2024), then Shawwal 1445.
 * const table: HijriMonthTable = { year: 1445, month: 9, starts: ['2024-03-12', '2024-04-10', '2024-05-09'] };
 * hijriToGregorian({ year: 1445, month: 9, day: 1 }, { monthStarts: table }); // => { year: 2024, month: 3, day: 12 }
 * ```
 */
export interface HijriMonthTable {
  /** Hijri year of the first month in the table. */
  readonly year: number;
  /** Hijri month (1–12) of the first month in the table. */
  readonly month: number;
  /** Gregorian `'YYYY-MM-DD'` start of each consecutive month, plus the day after the last one. */
  readonly starts: readonly string[];
}

/**
 * Options for the Hijri conversions.
 *
 * @example
 * ```ts
 * import { gregorianToHijri, type HijriOptions } from 'tanqih';
 * const options: HijriOptions = { hijriCalendar: 'islamic-umalqura' };
 * gregorianToHijri({ year: 2023, month: 11, day: 30 }, options); // => { year: 1445, month: 5, day: 16 }
 * ```
 */
export interface HijriOptions {
  /** The arithmetic or tabulated calendar to use; default `'islamic-umalqura'`. */
  readonly hijriCalendar?: HijriCalendarName;
  /** Month starts that override the calendar for the months they cover. */
  readonly monthStarts?: HijriMonthTable;
}

/**
 * Options for {@link findDates}.
 *
 * @example
 * ```ts
 * import { findDates, type FindDatesOptions } from 'tanqih';
 * const options: FindDatesOptions = { libyan: true };
 * findDates('الأحد 13 هانيبال 1385', options)[0]?.year; // => 2017
 * ```
 */
export interface FindDatesOptions extends HijriOptions {
  /**
   * Recognise the Libyan month names of 1999–2011 (هانيبال، الفاتح، الربيع …) and Libyan years
   * (Gregorian = Libyan + 632). Off by default: most of these names are ordinary words.
   */
  readonly libyan?: boolean;
}

/**
 * One date expression found by {@link findDates}: a month name (in any naming system, or two of
 * them paired), or a numeric date, with the weekday, day, year and era written around it.
 *
 * Flags (strings) that may appear:
 * - `paired`: two month names for the same month (`مارس/آذار`, `تشرين الأول (أكتوبر)`).
 * - `pairConflict`: two paired names disagree; the first-written month is kept.
 * - `weekdayMismatch(N)`: the written weekday is not the date's; `N` is the real one (0 = Sunday).
 * - `invalidDate`: the day does not exist in that month (31 نوفمبر, 30 of a 29-day Hijri month);
 *   `day` keeps what was written, `gregorian`/`hijri` are absent.
 * - `hijriOffset(±N)`: linked by «الموافق» (or brackets, a slash) to a mention in the other
 *   calendar that is N days (at most 2) away from the computed equivalent.
 * - `linkMismatch(±N)`: the same, but more than 2 days apart (the pair is not linked).
 * - `inferredCalendar`: a numeric date without era whose year (1300–1500) makes it Hijri.
 * - `libyanYear`: the year was written in the Libyan calendar and converted (+632).
 * - `gregorianYear`: a Gregorian year was written after a Hijri month (`رمضان 2017`); `year` is
 *   left out.
 * - `eraConflict`: the era marker disagrees with the month name (the name wins).
 *
 * @example
 * ```ts
 * import { findDates } from 'tanqih';
 * const [m] = findDates('في 15 أيار/مايو 2021');
 * [m?.text, m?.year, m?.month, m?.day, m?.flags]; // => ['15 أيار/مايو 2021', 2021, 5, 15, ['paired']]
 * ```
 */
export interface DateMention extends Span {
  /** The mention as written: `input.slice(start, end)`. */
  readonly text: string;
  /** The calendar of the date as written. */
  readonly calendar: Calendar;
  /** The year, only when written in the mention (digits of any script). */
  readonly year?: number;
  /** The month, 1–12. */
  readonly month: number;
  /** The day of the month, when written (digits or words such as غرة, الثالث والعشرين). */
  readonly day?: number;
  /** The weekday written with the date, 0 = Sunday … 6 = Saturday. */
  readonly weekday?: number;
  /** The naming systems of the month names seen, in written order (two for `مارس/آذار`). */
  readonly systems: MonthSystem[];
  /** The Gregorian date, when year, month and day are known and valid. */
  readonly gregorian?: YMD;
  /** The Hijri date, when year, month and day are known and valid. */
  readonly hijri?: YMD;
  /** Flags describing how the mention was read; see the interface description. */
  readonly flags: readonly string[];
  /** The span of the mention in the other calendar that this one is linked to («الموافق»). */
  readonly linked?: Span;
  /**
   * For linked full dates: printed Gregorian date minus the Gregorian equivalent of the Hijri date,
   * in days (0 when they agree).
   */
  readonly linkedOffset?: number;
}

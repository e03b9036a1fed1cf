export { findDates } from './find-dates.js';
export { gregorianToHijri, hijriToGregorian } from './hijri.js';
export { parseMonth } from './parse-month.js';
export type {
  Calendar,
  DateMention,
  FindDatesOptions,
  HijriCalendarName,
  HijriMonthTable,
  HijriOptions,
  MonthInfo,
  MonthSystem,
  YMD,
} from './types.js';

// Refiner: checks the day against the month length, fills the Gregorian/Hijri equivalents of full
// dates and flags a written weekday that disagrees. Numeric dates that cannot exist are dropped;
// month-name dates are kept with the flag 'invalidDate'.
import type { Candidate } from '../candidate.js';
import { civilFromDays, daysFromCivil, daysInGregorianMonth, weekdayOfDays } from '../gregorian.js';
import { hijriDate, hijriToDays } from '../hijri.js';
import type { HijriCalendarName, HijriMonthTable } from '../types.js';

/** Validates one candidate in place; returns false when it must be dropped. */
export function validate(c: Candidate, calendar: HijriCalendarName, table: HijriMonthTable | undefined): boolean {
  const { year, month, day } = c;
  if (day === undefined) return true;
  let days: number | undefined;
  let valid: boolean;
  if (c.calendar === 'hijri') {
    if (year === undefined) valid = day <= 30;
    else {
      days = hijriToDays({ year, month, day }, calendar, table);
      valid = days !== undefined;
    }
  } else {
    valid = day <= daysInGregorianMonth(month, year);
    if (valid && year !== undefined) days = daysFromCivil(year, month, day);
  }
  if (!valid) {
    if (c.numeric) return false;
    c.flags.push('invalidDate');
    return true;
  }
  if (days !== undefined && year !== undefined) {
    c.days = days;
    c.gregorian = c.calendar === 'gregorian' ? { year, month, day } : civilFromDays(days);
    c.hijri = c.calendar === 'hijri' ? { year, month, day } : hijriDate(days, calendar, table);
    const real = weekdayOfDays(days);
    if (c.weekday !== undefined && c.weekday !== real) c.flags.push(`weekdayMismatch(${real})`);
  }
  return true;
}

import type { Calendar, MonthSystem } from '../types.js';

/**
 * One naming system's month names: `names[m - 1]` lists the spellings of month `m`. Spellings
 * that differ only by diacritics, tatweel or alef/ya/teh-marbuta/hamza forms need no extra entry:
 * they are matched on normalized keys.
 */
export interface MonthTable {
  readonly system: MonthSystem;
  readonly calendar: Calendar;
  readonly names: readonly (readonly string[])[];
}

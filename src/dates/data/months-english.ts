import type { MonthTable } from './month-table.js';

/** English month names and abbreviations, matched case-insensitively in datelines only. */
export const ENGLISH_MONTHS: MonthTable = {
  system: 'english',
  calendar: 'gregorian',
  names: [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sept', 'sep'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
};

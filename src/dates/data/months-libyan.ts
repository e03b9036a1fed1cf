import type { MonthTable } from './month-table.js';

/**
 * Libyan Gregorian names of 1999–2011 (no CLDR locale; matched only with the `libyan` option).
 * Most are ordinary words (الربيع spring, الصيف summer, الماء water, ناصر a name).
 */
export const LIBYAN_MONTHS: MonthTable = {
  system: 'libyan',
  calendar: 'gregorian',
  names: [
    ['أي النار', 'اينار'],
    ['النوار'],
    ['الربيع'],
    ['الطير'],
    ['الماء'],
    ['الصيف'],
    ['ناصر'],
    ['هانيبال', 'هنيبال'],
    ['الفاتح'],
    ['التمور'],
    ['الحرث'],
    ['الكانون'],
  ],
};

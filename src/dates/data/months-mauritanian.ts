import type { MonthTable } from './month-table.js';

/** Mauritanian Gregorian names (CLDR ar-MR: transliterated with إبريل، أغشت، شتمبر، دجمبر). */
export const MAURITANIAN_MONTHS: MonthTable = {
  system: 'mauritanian',
  calendar: 'gregorian',
  names: [
    ['يناير'],
    ['فبراير'],
    ['مارس'],
    ['إبريل'],
    ['مايو'],
    ['يونيو'],
    ['يوليو'],
    ['أغشت'],
    ['شتمبر'],
    ['أكتوبر'],
    ['نوفمبر'],
    ['دجمبر'],
  ],
};

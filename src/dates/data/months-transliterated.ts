import type { MonthTable } from './month-table.js';

/** Transliterated Gregorian names (Egypt, Gulf, Libya, Sudan, Yemen; CLDR ar-EG and press). */
export const TRANSLITERATED_MONTHS: MonthTable = {
  system: 'transliterated',
  calendar: 'gregorian',
  names: [
    ['يناير'],
    ['فبراير'],
    ['مارس'],
    ['أبريل', 'إبريل'],
    ['مايو'],
    ['يونيو', 'يونيه', 'يونية'],
    ['يوليو', 'يوليه', 'يولية'],
    ['أغسطس', 'أغسطوس'],
    ['سبتمبر'],
    ['أكتوبر'],
    ['نوفمبر'],
    ['ديسمبر'],
  ],
};

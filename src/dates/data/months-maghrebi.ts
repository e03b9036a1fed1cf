import type { MonthTable } from './month-table.js';

/** Maghrebi Gregorian names (Algeria, Tunisia; CLDR ar-DZ, ar-TN). */
export const MAGHREBI_MONTHS: MonthTable = {
  system: 'maghrebi',
  calendar: 'gregorian',
  names: [
    ['جانفي'],
    ['فيفري'],
    ['مارس'],
    ['أفريل'],
    ['ماي'],
    ['جوان'],
    ['جويلية'],
    ['أوت'],
    ['سبتمبر'],
    ['أكتوبر'],
    ['نوفمبر'],
    ['ديسمبر'],
  ],
};

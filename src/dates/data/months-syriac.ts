import type { MonthTable } from './month-table.js';

/**
 * Syriac (Levantine) Gregorian names (Syria, Iraq, Lebanon, Jordan, Palestine; CLDR ar-SY),
 * with the press forms «كانون 2», «تشرين أول», «تشرين ثان».
 */
export const SYRIAC_MONTHS: MonthTable = {
  system: 'syriac',
  calendar: 'gregorian',
  names: [
    ['كانون الثاني', 'كانون ثاني', 'كانون ثان', 'كانون 2', 'كانون الثان'],
    ['شباط'],
    ['آذار'],
    ['نيسان'],
    ['أيار'],
    ['حزيران'],
    ['تموز'],
    ['آب'],
    ['أيلول'],
    ['تشرين الأول', 'تشرين أول', 'تشرين 1'],
    ['تشرين الثاني', 'تشرين ثاني', 'تشرين ثان', 'تشرين 2', 'تشرين الثان'],
    ['كانون الأول', 'كانون أول', 'كانون 1'],
  ],
};

import type { MonthTable } from './month-table.js';

/** Moroccan Gregorian names (CLDR ar-MA and the Moroccan press). */
export const MOROCCAN_MONTHS: MonthTable = {
  system: 'moroccan',
  calendar: 'gregorian',
  names: [
    ['يناير'],
    ['فبراير'],
    ['مارس'],
    ['أبريل'],
    ['ماي'],
    ['يونيو'],
    ['يوليوز'],
    ['غشت'],
    ['شتنبر'],
    ['أكتوبر'],
    ['نونبر', 'نوفنبر'],
    ['دجنبر'],
  ],
};

import { ENGLISH_MONTHS } from './months-english.js';
import { HIJRI_MONTHS } from './months-hijri.js';
import { LIBYAN_MONTHS } from './months-libyan.js';
import { MAGHREBI_MONTHS } from './months-maghrebi.js';
import { MAURITANIAN_MONTHS } from './months-mauritanian.js';
import { MOROCCAN_MONTHS } from './months-moroccan.js';
import { SYRIAC_MONTHS } from './months-syriac.js';
import { TRANSLITERATED_MONTHS } from './months-transliterated.js';
import type { MonthTable } from './month-table.js';

/**
 * Every month table, in priority order: a spelling shared by several systems is reported under
 * the first one listed here in a mention's `systems`.
 */
export const MONTH_TABLES: readonly MonthTable[] = [
  TRANSLITERATED_MONTHS,
  SYRIAC_MONTHS,
  HIJRI_MONTHS,
  MAGHREBI_MONTHS,
  MOROCCAN_MONTHS,
  MAURITANIAN_MONTHS,
  LIBYAN_MONTHS,
  ENGLISH_MONTHS,
];

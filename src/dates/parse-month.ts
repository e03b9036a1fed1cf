import { foldKey, MONTH_ENTRIES } from './lexicon.js';
import { typeName } from './type-name.js';
import type { MonthInfo } from './types.js';

/**
 * Looks up a month name in every naming system (Libyan and English included). The name is matched
 * on its normalized form, so diacritics, tatweel, hamza and ya/teh-marbuta variants, Arabic-Indic
 * digits («كانون ٢») and extra spaces make no difference; English names are case-insensitive.
 *
 * @param name - A month name alone (no day or year).
 * @returns The calendar, month number and systems, or `undefined` for anything else.
 * @throws TypeError when `name` is not a string.
 *
 * @example
 * ```ts
 * import { parseMonth } from 'tanqih';
 * parseMonth('نوفمبـــر'); // => { calendar: 'gregorian', month: 11, systems: ['transliterated', 'maghrebi', 'mauritanian'] }
 * parseMonth('ذي القعدة'); // => { calendar: 'hijri', month: 11, systems: ['hijri'] }
 * parseMonth('كانون 2'); // => { calendar: 'gregorian', month: 1, systems: ['syriac'] }
 * parseMonth('كانون'); // => undefined
 * ```
 */
export function parseMonth(name: string): MonthInfo | undefined {
  if (typeof name !== 'string') {
    throw new TypeError(`parseMonth: expected a string, received ${typeName(name)}`);
  }
  const entry = MONTH_ENTRIES.get(foldKey(name));
  return entry === undefined ? undefined : { calendar: entry.calendar, month: entry.month, systems: [...entry.systems] };
}

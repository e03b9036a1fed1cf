/** What an era marker after a year says about it. */
export type Era = 'hijri' | 'gregorian' | 'libyan';

/**
 * Era markers written after a year («1445 هـ», «2023م», «1385 و.ر»). Compared on normalized text;
 * the one-letter markers must end the word.
 */
export const ERA_MARKERS: readonly (readonly [string, Era])[] = [
  ['هـ', 'hijri'],
  ['ه', 'hijri'],
  ['هجري', 'hijri'],
  ['هجرية', 'hijri'],
  ['هجريا', 'hijri'],
  ['للهجرة', 'hijri'],
  ['م', 'gregorian'],
  ['ميلادي', 'gregorian'],
  ['ميلادية', 'gregorian'],
  ['ميلاديا', 'gregorian'],
  ['للميلاد', 'gregorian'],
  ['و.ر', 'libyan'],
  ['و. ر', 'libyan'],
];

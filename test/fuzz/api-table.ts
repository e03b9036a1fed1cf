// The public functions the fuzz suite knows how to check, looked up at run time so the suite covers
// whatever src/index.ts exports today and grows as modules land. Absent names are skipped with a note.
import * as tanqih from '../../src/index.js';

/** Every runtime export of the package root, by name. */
export const EXPORTS: Readonly<Record<string, unknown>> = tanqih;

/** A public function called with a text and optional options. */
export type TextFunction = (text: unknown, options?: unknown) => unknown;

/** Functions that map a text to a text (the normalizer and its one-rule helpers). */
export const STRING_TO_STRING: readonly string[] = [
  'normalize',
  'stripDiacritics',
  'stripTatweel',
  'foldAlef',
  'foldYa',
  'foldTehMarbuta',
  'foldHamza',
  'foldLookalikes',
  'toAsciiDigits',
  'stripInvisibles',
  'foldPresentationForms',
  'normalizeWhitespace',
];

/** Functions called with just a text (options optional): they never throw on a string. */
export const TEXT_FUNCTIONS: readonly string[] = [
  ...STRING_TO_STRING,
  'normalizeWithOffsets',
  'isNormalizationBoundary',
  'lastNormalizationBoundary',
  'findDates',
  'parseMonth',
  'repair',
  'removeBoilerplate',
  'cleanArticle',
];

/** Functions whose first argument is a text: anything else throws a TypeError naming function and type. */
export const TYPE_CHECKED_FUNCTIONS: readonly string[] = [...TEXT_FUNCTIONS, 'applyEdits'];

/** Functions checked by dedicated properties that do not take a text first (or need more than a text). */
export const OTHER_KNOWN_FUNCTIONS: readonly string[] = [
  'applyEdits',
  'hijriToGregorian',
  'gregorianToHijri',
  'createNormalizeStream',
  'describeNormalization',
];

/** Normalization profiles from the API contract. */
export const PROFILES: readonly string[] = ['light', 'ml', 'search'];

/** Option values worth passing to each text function (besides no options at all). */
export const OPTION_VARIANTS: Readonly<Record<string, readonly unknown[]>> = {
  normalize: ['light', 'ml', 'search', { profile: 'search' }, { profile: 'ml' }],
  normalizeWithOffsets: ['light', 'ml', 'search', { profile: 'search' }],
};

/**
 * FUZZ_FUNCTIONS (comma-separated names) limits the suite to those functions, e.g. for mutation
 * testing of one area; the others are treated as absent.
 */
const ONLY: ReadonlySet<string> | undefined =
  process.env['FUZZ_FUNCTIONS'] === undefined ? undefined : new Set(process.env['FUZZ_FUNCTIONS'].split(',').map((n) => n.trim()));

/** The named export when it is a function, else undefined (not landed yet, or left out by FUZZ_FUNCTIONS). */
export function getFunction(name: string): TextFunction | undefined {
  if (ONLY !== undefined && !ONLY.has(name)) return undefined;
  const value = EXPORTS[name];
  return typeof value === 'function' ? (value as TextFunction) : undefined;
}

/** Names from `names` that are exported right now. */
export function present(names: readonly string[]): string[] {
  return names.filter((name) => getFunction(name) !== undefined);
}

/** Names from `names` that are not exported yet (reported as skipped). */
export function absent(names: readonly string[]): string[] {
  return names.filter((name) => getFunction(name) === undefined);
}

/** Exported functions the table does not know: they get a generic smoke fuzz and a note. */
export function unknownFunctions(): string[] {
  const known = new Set([...TEXT_FUNCTIONS, ...OTHER_KNOWN_FUNCTIONS]);
  return Object.keys(EXPORTS)
    .filter((name) => getFunction(name) !== undefined && !known.has(name))
    .filter((name) => !/^[A-Z]/.test(name)) // classes/constructors are not text functions
    .sort();
}

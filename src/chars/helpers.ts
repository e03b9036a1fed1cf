/**
 * One-rule helpers: each applies a single rule of the engine, with every other rule off.
 */
import { checkText } from './check.js';
import { type Config, resolveConfig } from './config.js';
import { runPass } from './engine.js';
import type { DiacriticsOptions, RuleName } from './types.js';

const ALL_OFF: Readonly<Record<RuleName, false>> = Object.freeze({
  presentationForms: false,
  lookalikes: false,
  compose: false,
  tatweel: false,
  invisibles: false,
  whitespace: false,
  diacritics: false,
  alef: false,
  ya: false,
  tehMarbuta: false,
  hamza: false,
  digits: false,
  punctuation: false,
  elongation: false,
});

function only(fn: string, rule: RuleName, value: unknown = true): Config {
  return resolveConfig(fn, { ...ALL_OFF, [rule]: value });
}

function apply(fn: string, text: unknown, cfg: Config): string {
  checkText(fn, text);
  return runPass(text, cfg, false).text;
}

const STRIP_DIACRITICS = only('stripDiacritics', 'diacritics');
const STRIP_TATWEEL = only('stripTatweel', 'tatweel');
const FOLD_ALEF = only('foldAlef', 'alef');
const FOLD_YA = only('foldYa', 'ya', 'ya');
const FOLD_YA_REVERSE = only('foldYa', 'ya', 'alef-maksura');
const FOLD_TEH_MARBUTA = only('foldTehMarbuta', 'tehMarbuta');
const FOLD_HAMZA = only('foldHamza', 'hamza');
const FOLD_LOOKALIKES = only('foldLookalikes', 'lookalikes');
const TO_ASCII_DIGITS = only('toAsciiDigits', 'digits', 'ascii');
const STRIP_INVISIBLES = only('stripInvisibles', 'invisibles');
const FOLD_PRESENTATION_FORMS = only('foldPresentationForms', 'presentationForms');
const NORMALIZE_WHITESPACE = only('normalizeWhitespace', 'whitespace');

/**
 * Strips Arabic diacritics (harakat, tanween, shadda, sukun, dagger alef, Quranic marks,
 * astral marks U+10EFA–U+10EFF included); `options` keeps chosen classes. Letters are untouched.
 *
 * @param text - Any string.
 * @param options - Classes to keep, as in {@link DiacriticsOptions}.
 * @returns `text` without the stripped marks.
 *
 * @example
 * ```ts
 * import { stripDiacritics } from 'tanqih';
 * stripDiacritics('مُحَمَّدٌ'); // => 'محمد'
 * stripDiacritics('مُحَمَّدٌ', { keepShadda: true }); // => 'محمّد'
 * ```
 */
export function stripDiacritics(text: string, options?: DiacriticsOptions): string {
  return apply('stripDiacritics', text, options === undefined ? STRIP_DIACRITICS : only('stripDiacritics', 'diacritics', options));
}

/**
 * Deletes tatweel (kashida) U+0640.
 *
 * @param text - Any string.
 * @returns `text` without tatweel.
 *
 * @example
 * ```ts
 * import { stripTatweel } from 'tanqih';
 * stripTatweel('الســـلام'); // => 'السلام'
 * ```
 */
export function stripTatweel(text: string): string {
  return apply('stripTatweel', text, STRIP_TATWEEL);
}

/**
 * Folds the alef variants أ إ آ ٱ ٲ ٳ to bare alef ا (ى and dagger alef are not alefs here).
 *
 * @param text - Any string.
 * @returns `text` with bare alefs.
 *
 * @example
 * ```ts
 * import { foldAlef } from 'tanqih';
 * foldAlef('أحمد إلى آخر'); // => 'احمد الى اخر'
 * ```
 */
export function foldAlef(text: string): string {
  return apply('foldAlef', text, FOLD_ALEF);
}

/**
 * Folds alef maksura ى to ya ي, or with `'alef-maksura'` a word-final ي to ى.
 *
 * @param text - Any string.
 * @param direction - `'ya'` (default) or `'alef-maksura'`.
 * @returns `text` with one spelling of final ya.
 *
 * @example
 * ```ts
 * import { foldYa } from 'tanqih';
 * foldYa('على مستوى'); // => 'علي مستوي'
 * foldYa('ذهب إلي القاهرة', 'alef-maksura'); // => 'ذهب إلى القاهرة'
 * ```
 */
export function foldYa(text: string, direction: 'ya' | 'alef-maksura' = 'ya'): string {
  if ((direction as string) !== 'ya' && (direction as string) !== 'alef-maksura') {
    throw new RangeError(`foldYa: direction must be 'ya' or 'alef-maksura', received ${JSON.stringify(direction)}`);
  }
  return apply('foldYa', text, direction === 'ya' ? FOLD_YA : FOLD_YA_REVERSE);
}

/**
 * Folds teh marbuta ة (and Urdu ۃ) to heh ه.
 *
 * @param text - Any string.
 * @returns `text` with heh for teh marbuta.
 *
 * @example
 * ```ts
 * import { foldTehMarbuta } from 'tanqih';
 * foldTehMarbuta('مدرسة جديدة'); // => 'مدرسه جديده'
 * ```
 */
export function foldTehMarbuta(text: string): string {
  return apply('foldTehMarbuta', text, FOLD_TEH_MARBUTA);
}

/**
 * Folds the hamza carriers ؤ → و and ئ → ي; bare ء and hamza on alef are kept (see
 * {@link foldAlef}).
 *
 * @param text - Any string.
 * @returns `text` with bare carriers.
 *
 * @example
 * ```ts
 * import { foldHamza } from 'tanqih';
 * foldHamza('مسؤول رئيس سماء'); // => 'مسوول رييس سماء'
 * ```
 */
export function foldHamza(text: string): string {
  return apply('foldHamza', text, FOLD_HAMZA);
}

/**
 * Folds Persian/Urdu look-alike letters to Arabic ones: ک → ك, ی ے → ي, ہ ە ھ → ه, ۀ ۂ → هٔ,
 * ۓ → ئ.
 *
 * @param text - Any string.
 * @returns `text` with Arabic letters.
 *
 * @example
 * ```ts
 * import { foldLookalikes } from 'tanqih';
 * foldLookalikes('کتاب علی'); // => 'كتاب علي'
 * ```
 */
export function foldLookalikes(text: string): string {
  return apply('foldLookalikes', text, FOLD_LOOKALIKES);
}

/**
 * Turns Arabic-Indic ٠–٩ and Persian ۰–۹ digits into ASCII 0–9, and the Arabic decimal and
 * thousands separators ٫ ٬ between two digits into `.` and `,`.
 *
 * @param text - Any string.
 * @returns `text` with ASCII digits.
 *
 * @example
 * ```ts
 * import { toAsciiDigits } from 'tanqih';
 * toAsciiDigits('نما ٣٫٥٪ في ١٬٢٠٠ شركة'); // => 'نما 3.5٪ في 1,200 شركة'
 * ```
 */
export function toAsciiDigits(text: string): string {
  return apply('toAsciiDigits', text, TO_ASCII_DIGITS);
}

/**
 * Deletes invisible controls: bidi marks (LRM, RLM, ALM), embeddings and isolates, ZWSP, word
 * joiner, BOM, soft hyphen. ZWNJ is kept between two letters of a Persian/Urdu word and ZWJ
 * inside emoji sequences; elsewhere both are deleted.
 *
 * @param text - Any string.
 * @returns `text` without invisible controls.
 *
 * @example
 * ```ts
 * import { stripInvisibles } from 'tanqih';
 * stripInvisibles('\u200fالقاهرة\u200e 2024'); // => 'القاهرة 2024'
 * ```
 */
export function stripInvisibles(text: string): string {
  return apply('stripInvisibles', text, STRIP_INVISIBLES);
}

/**
 * Maps Arabic presentation forms and ligatures (U+FB50–U+FDFF, U+FE70–U+FEFC) to letters:
 * lam-alef keeps its hamza, ﷲ ﷺ ﷽ expand to words, ﷼ becomes ريال. Nothing else is touched
 * (no NFKC of the whole string).
 *
 * @param text - Any string.
 * @returns `text` with ordinary letters.
 *
 * @example
 * ```ts
 * import { foldPresentationForms } from 'tanqih';
 * foldPresentationForms('ﻷﻥ ﷲ'); // => 'لأن الله'
 * ```
 */
export function foldPresentationForms(text: string): string {
  return apply('foldPresentationForms', text, FOLD_PRESENTATION_FORMS);
}

/**
 * Normalizes whitespace: NBSP and other spaces and tabs → space, runs collapse to one space,
 * CRLF/CR → LF, spaces at line ends and line starts go, at most one blank line in a row
 * (paragraph breaks are kept).
 *
 * @param text - Any string.
 * @returns `text` with clean whitespace.
 *
 * @example
 * ```ts
 * import { normalizeWhitespace } from 'tanqih';
 * normalizeWhitespace('سطر\u00a0أول  \r\n\r\n\r\nسطر ثان'); // => 'سطر أول\n\nسطر ثان'
 * ```
 */
export function normalizeWhitespace(text: string): string {
  return apply('normalizeWhitespace', text, NORMALIZE_WHITESPACE);
}

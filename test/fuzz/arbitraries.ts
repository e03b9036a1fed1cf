// Hostile-string generators for the fuzz suite: what a scraper hands a text library.
import fc from 'fast-check';
import { isWellFormed } from './invariants.js';

/** Inclusive code-point ranges of every Arabic block (Unicode 17). */
export const ARABIC_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0600, 0x06ff], // Arabic
  [0x0750, 0x077f], // Arabic Supplement
  [0x0870, 0x089f], // Arabic Extended-B
  [0x08a0, 0x08ff], // Arabic Extended-A
  [0xfb50, 0xfdff], // Arabic Presentation Forms-A
  [0xfe70, 0xfeff], // Arabic Presentation Forms-B
  [0x10e60, 0x10eff], // Rumi Numeral Symbols, Yezidi, Arabic Extended-C (astral: surrogate pairs)
];

/** Every control-like code point: C0, DEL, C1, bidi controls, zero-width and other invisibles. */
export const CONTROL_CODE_POINTS: readonly number[] = [
  ...range(0x00, 0x1f),
  0x7f,
  ...range(0x80, 0x9f),
  0x00ad, // soft hyphen
  0x061c, // ALM
  0x180e, // Mongolian vowel separator
  ...range(0x200b, 0x200f), // ZWSP ZWNJ ZWJ LRM RLM
  0x2028,
  0x2029,
  ...range(0x202a, 0x202e), // LRE RLE PDF LRO RLO
  0x2060, // word joiner
  ...range(0x2061, 0x2064),
  ...range(0x2066, 0x2069), // LRI RLI FSI PDI
  0xfeff, // BOM
  0xfff9,
  0xfffa,
  0xfffb,
  0xfffc,
  0xfffd,
];

/** Whitespace variants a scraper produces. */
export const WHITESPACE_CODE_POINTS: readonly number[] = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, ...range(0x2000, 0x200a), 0x202f, 0x205f, 0x3000,
];

/** Every code point of every Arabic block, in order (includes unassigned ones on purpose). */
export function allArabicCodePoints(): number[] {
  const out: number[] = [];
  for (const [lo, hi] of ARABIC_BLOCKS) out.push(...range(lo, hi));
  return out;
}

/** Inclusive integer range as an array. */
export function range(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let c = lo; c <= hi; c++) out.push(c);
  return out;
}

/** Words and fragments of Arabic news text, including the markers the library looks for. */
export const NEWS_TOKENS: readonly string[] = [
  'القاهرة', 'الرياض', 'قال', 'وزير', 'الخارجية', 'في', 'من', 'على', 'إلى', 'علي', 'إلي', 'أن', 'أنه', 'نه',
  'الحكومة', 'مدرسة', 'مدرسةالمدينة', 'تضامنهمع', 'ويعبرمن', 'بي', 'سي', 'ولي', 'العهد', 'كان', 'يهدف',
  'اقرأ أيضا', 'اقرأ أيضاً:', 'إقرأ أيضا', 'اقرأ', 'أيضا', 'قد يهمك أيضا:', 'المصدر:', 'المصدر |', 'كلمات دلالية:',
  'تاريخ النشر:', 'شارك', 'جميع الحقوق محفوظة', '©', '(أ ش أ)', '(CNN) --', 'واس', 'AHDATH.INFO',
  'مارس/آذار', 'أغسطس/أب', 'يناير', 'كانون الثاني', 'تشرين الأول (أكتوبر)', 'جمادى الأولى', 'ربيع الآخر',
  'ذو الحجة', 'رمضان', 'صفر', 'مارس', 'هـ', 'م', 'الموافق', 'الثلاثاء', 'غرة', 'الفاتح من سبتمبر',
  '30th, November 2023 GMT', 'November 30, 2023', '27 / 8 / 1436هـ', '14-09-1432 هـ', '01/05/2012',
  '٣٠\u200f/١١\u200f/٢٠٢٣', '١٥', '٢٠٢٤', '2024', '1445', '334.5', 'إلي334.5', 'و86', 'ب5', '٫', '٬', '،', '؛', '؟',
  'ﺍﻟﺮﺑﺎﻁ', 'ﻷ', 'ﷲ', 'ﷺ', 'ﷻ', '\uFDFD', 'ا\u0654', 'و\u0654', 'ي\u0654', 'هٰذا', 'أَحْمَد', 'كتـــاب', 'ک', 'ی',
  'https://example.com/a?b=1000000', '#وسم_عربي', '1- ', '...', '|', '»', '«', '"', '“', '”', '(', ')',
];

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const arabicCodePoint = fc
  .constantFrom(...ARABIC_BLOCKS)
  .chain(([lo, hi]) => fc.integer({ min: lo, max: hi }))
  .map((c) => String.fromCodePoint(c));
const control = fc.constantFrom(...CONTROL_CODE_POINTS).map((c) => String.fromCodePoint(c));
const whitespace = fc.constantFrom(...WHITESPACE_CODE_POINTS).map((c) => String.fromCodePoint(c));
const newsToken = fc.constantFrom(...NEWS_TOKENS);
const otherScript = fc
  .constantFrom<readonly [number, number]>(
    [0x41, 0x7a], // Latin
    [0x400, 0x44f], // Cyrillic
    [0x5d0, 0x5ea], // Hebrew
    [0x900, 0x97f], // Devanagari
    [0x4e00, 0x4e80], // CJK
    [0x1f300, 0x1f64f], // emoji (astral)
    [0x6a9, 0x6d5], // Persian/Urdu letters
    [0x30, 0x39], // ASCII digits
    [0x660, 0x669], // Arabic-Indic digits
    [0x6f0, 0x6f9], // Extended Arabic-Indic digits
  )
  .chain(([lo, hi]) => fc.integer({ min: lo, max: hi }))
  .map((c) => String.fromCodePoint(c));
const emojiSequence = fc.constantFrom('👨\u200d👩\u200d👧', '🇸🇦', '👍🏽', '❤️', '1\ufe0f\u20e3');
const repeatedToken = fc
  .tuple(fc.oneof(newsToken, arabicCodePoint, control), fc.integer({ min: 2, max: 40 }), fc.constantFrom('', ' ', '\n', '/'))
  .map(([t, n, sep]) => Array.from({ length: n }, () => t).join(sep));

/** One piece of hostile text. */
export const hostilePiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: newsToken },
  { weight: 4, arbitrary: arabicCodePoint },
  { weight: 2, arbitrary: control },
  { weight: 3, arbitrary: whitespace },
  { weight: 2, arbitrary: loneSurrogate },
  { weight: 2, arbitrary: codeUnit },
  { weight: 2, arbitrary: otherScript },
  { weight: 1, arbitrary: emojiSequence },
  { weight: 1, arbitrary: repeatedToken },
);

/** Hostile text: a random mix of every piece kind, up to `maxPieces` pieces. */
export function hostileText(maxPieces = 60): fc.Arbitrary<string> {
  return fc.array(hostilePiece, { maxLength: maxPieces }).map((parts) => parts.join(''));
}

/** Hostile text laid out as lines, like a scraped page (headline, body lines, marker lines). */
export const hostilePage: fc.Arbitrary<string> = fc
  .array(hostileText(14), { maxLength: 12 })
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\n\n').map((nl) => lines.join(nl)));

/** Any string at all: hostile mixes, pages, raw UTF-16 and plain Unicode strings. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileText() },
  { weight: 2, arbitrary: hostilePage },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 40 }) },
);

/** Well-formed strings only (no lone surrogates), for invariants that assume well-formed input. */
export const wellFormedString: fc.Arbitrary<string> = anyString.filter((s) => isWellFormed(s));

/** Values that are not strings, for the TypeError contract. */
export const NON_STRINGS: readonly unknown[] = [
  undefined,
  null,
  0,
  42,
  Number.NaN,
  true,
  10n,
  Symbol('x'),
  {},
  [],
  ['نص'],
  // eslint-disable-next-line @typescript-eslint/no-extraneous-class
  class {},
  () => 'نص',
  // eslint-disable-next-line @typescript-eslint/no-wrapper-object-types
  new String('نص') satisfies String,
  new Uint8Array([0xd8, 0xa7]),
];

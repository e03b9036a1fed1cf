/**
 * Tables for digits, punctuation, whitespace, invisible controls and emoji context.
 */

/** First code unit of the Arabic-Indic digits ٠–٩. @internal */
export const ARABIC_INDIC_ZERO = 0x0660;
/** First code unit of the Extended (Persian/Urdu) digits ۰–۹. @internal */
export const EXTENDED_DIGIT_ZERO = 0x06f0;
/** Arabic decimal separator ٫, folded to `.` between digits. @internal */
export const ARABIC_DECIMAL_SEPARATOR = 0x066b;
/** Arabic thousands separator ٬, folded to `,` between digits. @internal */
export const ARABIC_THOUSANDS_SEPARATOR = 0x066c;

/** Arabic punctuation and its ASCII fold (the `punctuation` rule). @internal */
export const PUNCTUATION_FOLDS: readonly (readonly [number, number])[] = [
  [0x060c, 0x2c], // ، comma
  [0x061b, 0x3b], // ؛ semicolon
  [0x061f, 0x3f], // ؟ question mark
  [0x066a, 0x25], // ٪ percent sign
  [0x066d, 0x2a], // ٭ five-pointed star
  [0x06d4, 0x2e], // ۔ full stop (Urdu)
];

/** Horizontal spaces mapped to U+0020 by the `whitespace` rule (then collapsed). @internal */
export const HORIZONTAL_SPACES: readonly number[] = [
  0x09, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
  0x200a, 0x202f, 0x205f, 0x3000,
];

/**
 * Line breaks: LF, CR (CRLF counts once), NEL, LINE SEPARATOR → one `\n`; PARAGRAPH SEPARATOR
 * → a blank line.
 * @internal
 */
export const LINE_BREAKS: readonly number[] = [0x0a, 0x0d, 0x85, 0x2028, 0x2029];
/** @internal */
export const PARAGRAPH_SEPARATOR = 0x2029;

/**
 * Invisible format controls deleted by the `invisibles` rule: bidi marks and embeddings/isolates,
 * ALM, zero-width space, word joiner, BOM, soft hyphen. ZWNJ and ZWJ are listed apart: they are
 * kept in context.
 * @internal
 */
export const INVISIBLE_CONTROLS: readonly number[] = [
  0x00ad, 0x061c, 0x200b, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2066, 0x2067,
  0x2068, 0x2069, 0xfeff,
];
/** Zero-width non-joiner. @internal */
export const ZWNJ = 0x200c;
/** Zero-width joiner. @internal */
export const ZWJ = 0x200d;

/**
 * Code units that can sit on either side of a ZWJ inside an emoji sequence: BMP pictographs and
 * symbols, VS16, the keycap mark, and the high surrogates of the emoji planes (U+1F000–U+1FAFF).
 * @internal
 */
export const EMOJI_CONTEXT_RANGES: readonly (readonly [number, number])[] = [
  [0x00a9, 0x00a9],
  [0x00ae, 0x00ae],
  [0x203c, 0x203c],
  [0x2049, 0x2049],
  [0x20e3, 0x20e3],
  [0x2122, 0x2122],
  [0x2139, 0x2139],
  [0x2194, 0x21ff],
  [0x2300, 0x23ff],
  [0x25a0, 0x27bf],
  [0x2934, 0x2935],
  [0x2b00, 0x2bff],
  [0x3030, 0x3030],
  [0x303d, 0x303d],
  [0x3297, 0x3297],
  [0x3299, 0x3299],
  [0xfe0f, 0xfe0f],
  [0xd83c, 0xd83e],
];

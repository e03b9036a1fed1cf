/**
 * Character classes used by the repair scanner. Everything works on UTF-16 code units; no regex.
 *
 * @internal
 */

/** U+0629 TEH MARBUTA. */
export const TEH_MARBUTA = 0x0629;
/** U+0649 ALEF MAKSURA. */
export const ALEF_MAKSURA = 0x0649;
/** U+0621 HAMZA. */
export const HAMZA = 0x0621;
/** U+0627 ALEF. */
export const ALEF = 0x0627;
/** U+0640 TATWEEL. */
export const TATWEEL = 0x0640;

/** An Arabic letter (base letters, extended letters, presentation forms). */
export function isArabicLetter(c: number): boolean {
  if (c >= 0x0621 && c <= 0x064a) return c !== TATWEEL;
  if (c >= 0x0671 && c <= 0x06d3) return true;
  if (c === 0x06d5 || c === 0x06ee || c === 0x06ef || (c >= 0x06fa && c <= 0x06fc) || c === 0x06ff) return true;
  if (c >= 0xfb50 && c <= 0xfdfb) return c !== 0xfd3e && c !== 0xfd3f;
  return c >= 0xfe70 && c <= 0xfefc;
}

/** An Arabic combining mark (harakat, tanween, shadda, sukun, Quranic marks) or a joiner. */
export function isArabicMark(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x06d6 && c <= 0x06dc) ||
    (c >= 0x06df && c <= 0x06e8) ||
    (c >= 0x06ea && c <= 0x06ed) ||
    c === 0x200c ||
    c === 0x200d
  );
}

/** Tanween (fathatan, dammatan, kasratan): marks the end of a word. */
export function isTanween(c: number): boolean {
  return c >= 0x064b && c <= 0x064d;
}


/** An ASCII, Arabic-Indic or Extended Arabic-Indic digit. */
export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

/** A Latin letter (ASCII and Latin-1/Latin Extended-A/B). */
export function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** Whitespace that stays inside a line (space, tab, NBSP and the other Unicode spaces). */
export function isInlineSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A line break. */
export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** An invisible bidi mark (LRM, RLM, ALM) that may sit between words. */
export function isBidiMark(c: number): boolean {
  return c === 0x200e || c === 0x200f || c === 0x061c;
}

/** Character class bits of {@link CHAR_CLASS}. @internal */
export const C_LETTER = 1;
/** Arabic mark, joiner or tatweel: part of a word, ignored by keys. @internal */
export const C_MARK = 2;
/** @internal */
export const C_DIGIT = 4;
/** @internal */
export const C_LATIN = 8;
/** Inline whitespace. @internal */
export const C_SPACE = 16;
/** @internal */
export const C_BREAK = 32;
/** @internal */
export const C_BIDI = 64;
/** A letter whose next letter the tokenizer looks at: ى ي ة and the alef forms ا أ إ ٱ. @internal */
export const C_TAIL = 128;

/**
 * Class bits of every UTF-16 code unit, computed once at load and never written afterwards: one
 * table lookup per character keeps the scanner fast.
 *
 * @internal
 */
export const CHAR_CLASS: Uint8Array = ((): Uint8Array => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    let bits = 0;
    if (isArabicLetter(c)) bits |= C_LETTER;
    if (isArabicMark(c) || c === TATWEEL) bits |= C_MARK;
    if (isDigit(c)) bits |= C_DIGIT;
    if (isLatinLetter(c)) bits |= C_LATIN;
    if (isInlineSpace(c)) bits |= C_SPACE;
    if (isLineBreak(c)) bits |= C_BREAK;
    if (isBidiMark(c)) bits |= C_BIDI;
    if (c === 0x0649 || c === 0x064a || c === 0x0629 || c === 0x0627 || c === 0x0623 || c === 0x0625 || c === 0x0671) bits |= C_TAIL;
    table[c] = bits;
  }
  return table;
})();

// Character classes used by the boilerplate scanners (char-code tests, no regexes).

/** White space, including NBSP, bidi marks and the BOM (a page's spacing carries no words). */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x85 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x200e || c === 0x200f ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** A letter or digit of Arabic or Latin script (what can continue a word). */
export function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return (
    (c >= 0xc0 && c <= 0x24f) || (c >= 0x620 && c <= 0x64a) || (c >= 0x660 && c <= 0x669) ||
    (c >= 0x66e && c <= 0x6d3) || c === 0x6d5 || (c >= 0x6ee && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) ||
    (c >= 0x8a0 && c <= 0x8ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)
  );
}

/** An ASCII or Arabic-Indic digit. */
export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
}

/** A sentence-final mark: `.` `!` `?` `؟` `۔`. */
export function isSentenceEnd(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x6d4;
}

/** Punctuation that ends a clause or sentence, or opens/closes a quotation. */
export function isProsePunct(c: number): boolean {
  return (
    isSentenceEnd(c) || c === 0x2c || c === 0x60c || c === 0x3a || c === 0x3b || c === 0x61b || c === 0x22 ||
    c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201f) || c === 0x28 || c === 0x29
  );
}

/** A dash used as a dateline or byline delimiter: `-` `–` `—` `ـ` is not one. */
export function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2012 || c === 0x2212;
}

/** A line that is only rule characters (`-----`, `____`, `****`, `====`). */
export function isRuleLine(s: string): boolean {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) continue;
    if (!(isDash(c) || c === 0x5f || c === 0x2a || c === 0x3d || c === 0x7e || c === 0x2e)) return false;
    n++;
  }
  return n >= 3;
}

// A cheap pass over the raw input that finds where a date could be (a word starting like a month
// name, a digit followed by a date separator), so that only windows around those places are
// normalized and parsed. It errs on the side of anchoring: a letter it does not know (presentation
// forms, Persian letters …) is an anchor too.
import { MONTH_TABLES } from './data/month-tables.js';
import { isGap } from './text-scan.js';

const BOUNDARY = 0;
const SKIP = 1;
const OTHER_LETTER = 2;
const EXOTIC = 3;
const DIGIT = 4;
const SEPARATOR = 5;
/** Letters that can appear in a month name get classes from here on (Arabic and Latin a–z). */
const FIRST_LETTER = 8;

function buildClasses(): Uint8Array {
  const t = new Uint8Array(0x10000);
  const set = (from: number, to: number, v: number): void => {
    t.fill(v, from, to + 1);
  };
  set(0x41, 0x5a, OTHER_LETTER);
  set(0x61, 0x7a, OTHER_LETTER);
  set(0xc0, 0x24f, OTHER_LETTER);
  t[0xd7] = BOUNDARY;
  t[0xf7] = BOUNDARY;
  set(0x600, 0x6ff, EXOTIC);
  set(0x750, 0x77f, EXOTIC);
  set(0x8a0, 0x8ff, EXOTIC);
  set(0xfb50, 0xfdff, EXOTIC);
  set(0xfe70, 0xfefc, EXOTIC);
  // Punctuation and symbols of the Arabic block are boundaries.
  set(0x600, 0x60f, BOUNDARY);
  for (const c of [0x61b, 0x61d, 0x61e, 0x61f, 0x66a, 0x66c, 0x66d, 0x6dd, 0x6de, 0x6e9]) t[c] = BOUNDARY;
  t[0x61c] = SKIP;
  t[0x640] = SKIP;
  set(0x610, 0x61a, SKIP);
  set(0x64b, 0x65f, SKIP);
  t[0x670] = SKIP;
  set(0x6d6, 0x6dc, SKIP);
  set(0x6df, 0x6e8, SKIP);
  set(0x6ea, 0x6ed, SKIP);
  // Invisible characters the normalizer may delete inside a word.
  set(0x200b, 0x200f, SKIP);
  set(0x2060, 0x2064, SKIP);
  set(0xfe00, 0xfe0f, SKIP);
  t[0x34f] = SKIP;
  t[0x180e] = SKIP;
  t[0xad] = SKIP;
  t[0xfeff] = SKIP;
  set(0x30, 0x39, DIGIT);
  set(0x660, 0x669, DIGIT);
  set(0x6f0, 0x6f9, DIGIT);
  set(0xff10, 0xff19, DIGIT);
  for (const c of [0x2f, 0x2d, 0x2e, 0x66b, 0x6d4, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2044, 0x2212, 0x2215, 0xfe58, 0xfe63, 0xff0d, 0xff0e, 0xff0f]) {
    t[c] = SEPARATOR;
  }
  // Arabic base letters and Latin letters are plain letters; the 'search' folds (alef forms, ya,
  // teh marbuta, hamza carriers) share a class with their target.
  for (let c = 0x621; c <= 0x64a; c++) if (c !== 0x640) t[c] = OTHER_LETTER;
  // Letters that occur in month names get their own classes (FIRST_LETTER …).
  let next = FIRST_LETTER;
  const fold = (c: number): number => {
    if (c === 0x622 || c === 0x623 || c === 0x625) return 0x627;
    if (c === 0x649 || c === 0x626) return 0x64a;
    if (c === 0x629) return 0x647;
    if (c === 0x624) return 0x648;
    return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  };
  const own = new Map<number, number>();
  for (const table of MONTH_TABLES) {
    for (const spellings of table.names) {
      for (const spelling of spellings) {
        for (let i = 0; i < spelling.length; i++) {
          const c = fold(spelling.charCodeAt(i));
          if ((t[c] === OTHER_LETTER || c === 0x627) && !own.has(c)) own.set(c, next++);
        }
      }
    }
  }
  for (let c = 0x41; c <= 0x64a; c++) {
    const k = own.get(fold(c));
    if (k !== undefined && (t[c] === OTHER_LETTER || t[c] === EXOTIC)) t[c] = k;
  }
  return t;
}

/** Character classes of the prefilter (a 64 KiB table built once). */
const CLASSES: Uint8Array = buildClasses();

/** The prefix code of up to four matchable letters starting at `i`, or -1 on an exotic letter. */
function prefixCode(s: string, i: number): number {
  let code = 0;
  let scale = 1;
  let count = 0;
  for (; i < s.length && count < 4; i++) {
    const k = CLASSES[s.charCodeAt(i)] as number;
    if (k === SKIP) continue;
    if (k === EXOTIC) return -1;
    if (k < FIRST_LETTER) break;
    code += k * scale;
    scale *= 64;
    count++;
  }
  return code;
}

function buildPrefixes(libyan: boolean): ReadonlySet<number> {
  const codes = new Set<number>();
  for (const table of MONTH_TABLES) {
    if ((table.system === 'libyan') !== libyan) continue;
    for (const spellings of table.names) {
      for (const spelling of spellings) codes.add(prefixCode(spelling, 0));
    }
  }
  return codes;
}

/** Bitmap of the first three letter classes (0 past the end) of every prefix code. */
function buildTriples(codes: Iterable<number>): Uint8Array {
  const triples = new Uint8Array(64 * 64 * 64);
  for (const code of codes) triples[code % (64 * 64 * 64)] = 1;
  return triples;
}

const PREFIXES: ReadonlySet<number> = buildPrefixes(false);
const LIBYAN_PREFIXES: ReadonlySet<number> = buildPrefixes(true);
const TRIPLES: Uint8Array = buildTriples(PREFIXES);
const ALL_TRIPLES: Uint8Array = buildTriples([...PREFIXES, ...LIBYAN_PREFIXES]);
/** 1 for the characters و، ف، ب، ل، ك (proclitics that may be glued to a month name). */
const PROCLITIC: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  for (const c of [0x648, 0x641, 0x628, 0x644, 0x643]) t[c] = 1;
  return t;
})();

/** 1 for the characters of a letter class (plain, exotic or month letter): the inside of a word. */
const IN_WORD: Uint8Array = CLASSES.map((k) => (k === OTHER_LETTER || k === EXOTIC || k >= FIRST_LETTER ? 1 : 0));

/** The quick-reject class of a character class: itself for month letters, 0 for no letter, -1 for unsure. */
const QUICK: Int8Array = Int8Array.from({ length: 256 }, (_, k) => (k >= FIRST_LETTER ? k : k === SKIP || k === EXOTIC ? -1 : 0));

/** The quick-reject class at `i` (0 past the end: no out-of-bounds table reads, which deoptimize). */
function quickAt(s: string, i: number): number {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent. Past the end the read gives undefined, which fails every test below, so the prefix check decides, as for 0.
  return i < s.length ? (QUICK[CLASSES[s.charCodeAt(i)] as number] as number) : 0;
}

function matchesAt(s: string, i: number, libyan: boolean): boolean {
  const a = quickAt(s, i);
  if (a === 0) return false;
  const b = a < 0 ? -1 : quickAt(s, i + 1);
  const c = b <= 0 ? b : quickAt(s, i + 2);
  // Quick reject: three plain letters (or a shorter word) that start no month name.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: equivalent. A quick reject: skipping it, or reading no entry, leaves the answer to the prefix check below, which gives the same one.
  if (c >= 0 && (libyan ? ALL_TRIPLES : TRIPLES)[a + b * 64 + c * 4096] === 0) return false;
  const code = prefixCode(s, i);
  return code < 0 || PREFIXES.has(code) || (libyan && LIBYAN_PREFIXES.has(code));
}

function isAnchorWord(s: string, i: number, libyan: boolean): boolean {
  if (matchesAt(s, i, libyan)) return true;
  return i < s.length && PROCLITIC[s.charCodeAt(i)] === 1 && matchesAt(s, i + 1, libyan);
}

/**
 * Gaps the raw scan allows between the parts of a numeric date: every gap the parser skips after
 * normalization (bidi embeddings and isolates, U+205F, U+3000 …) and the invisible characters the
 * normalizer may delete (word joiner …), so that no date the parser reads is left out of a window.
 */
function isRawGap(c: number): boolean {
  return isGap(c) || CLASSES[c] === SKIP;
}

/** The index after the digits starting at `i` (at most `max + 1` are read). */
function digitsEnd(s: string, i: number, max: number): number {
  let e = i;
  while (e < s.length && e - i <= max && CLASSES[s.charCodeAt(e)] === DIGIT) e++;
  return e;
}

/** The index of the separator after gaps from `i`, or -1. */
function separatorAt(s: string, i: number): number {
  while (i < s.length && isRawGap(s.charCodeAt(i))) i++;
  return i < s.length && CLASSES[s.charCodeAt(i)] === SEPARATOR ? i : -1;
}

/** The index of the first digit after gaps from `i`, or -1. */
function digitAt(s: string, i: number): number {
  while (i < s.length && isRawGap(s.charCodeAt(i))) i++;
  return i < s.length && CLASSES[s.charCodeAt(i)] === DIGIT ? i : -1;
}

/** True when `digits sep digits sep digit` (a numeric date shape) starts at `i`. */
function numericShapeAt(s: string, e: number): boolean {
  const s1 = separatorAt(s, e);
  if (s1 < 0) return false;
  const d2 = digitAt(s, s1 + 1);
  if (d2 < 0) return false;
  const e2 = digitsEnd(s, d2, 2);
  if (e2 - d2 > 2) return false;
  const s2 = separatorAt(s, e2);
  return s2 >= 0 && digitAt(s, s2 + 1) >= 0;
}

/** Characters kept before and after an anchor, enough for a weekday, day words, pairs and a year. */
const BEFORE = 90;
const AFTER = 110;

/**
 * The windows of `text` that may hold a date: sorted, disjoint [start, end) pairs, flattened.
 * Each window is widened to white space so that no word is cut.
 */
export function dateWindows(text: string, libyan: boolean): number[] {
  const out: number[] = [];
  const n = text.length;
  const add = (anchor: number): void => {
    let start = Math.max(0, anchor - BEFORE);
    let end = Math.min(n, anchor + AFTER);
    for (let k = 0; k < 40 && start > 0 && !isBreak(text.charCodeAt(start - 1)); k++) start--;
    for (let k = 0; k < 40 && end < n && !isBreak(text.charCodeAt(end)); k++) end++;
    const last = out.length - 1;
    if (last > 0 && start <= (out[last] ?? 0)) out[last] = end;
    else out.push(start, end);
  };
  let prev = BOUNDARY;
  for (let i = 0; i < n; i++) {
    const k = CLASSES[text.charCodeAt(i)] as number;
    if (k === SKIP) {
      // The normalizer may keep it (a boundary) or delete it (inside a word): try both.
      prev = BOUNDARY;
      continue;
    }
    if (k === DIGIT) {
      if (prev !== DIGIT) {
        const e = digitsEnd(text, i, 4);
        if (e - i <= 4 && numericShapeAt(text, e)) add(i);
      }
    } else if (k === OTHER_LETTER || k === EXOTIC || k >= FIRST_LETTER) {
      if ((prev === BOUNDARY || prev === DIGIT || prev === SEPARATOR) && isAnchorWord(text, i, libyan)) add(i);
      // the rest of the letter run starts no word: skip it in a tight loop (a separator, which is
      // no letter, never anchors and needs no test)
      while (i + 1 < n && IN_WORD[text.charCodeAt(i + 1)] === 1) i++;
    }
    prev = k;
  }
  return out;
}

function isBreak(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0;
}

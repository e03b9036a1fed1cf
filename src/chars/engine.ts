/**
 * The single-pass normalization engine. One scan over the input: each code unit's role bits are
 * looked up in a table; units with no enabled role are copied, the others go through the rules
 * in order (presentation forms → look-alikes → composition → marks → tatweel → invisibles →
 * whitespace → letter folds → digits → punctuation → elongation) with small context checks.
 * Offsets come from the same pass.
 */
import { ASTRAL_MARK_HIGH, ASTRAL_MARK_LOW_FIRST, ASTRAL_MARK_LOW_LAST, MarkClass } from './data/marks.js';
import { ALEF, ALEF_MAKSURA, YA } from './data/letters.js';
import { ARABIC_DECIMAL_SEPARATOR, ARABIC_INDIC_ZERO, PARAGRAPH_SEPARATOR, ZWJ, ZWNJ } from './data/symbols.js';
import { type Config, Dagger, YaMode } from './config.js';
import { decodeUnits } from './decode.js';
import {
  COMPOSE_CANDIDATE,
  COMPOSE_NEXT,
  FOLD_ROLES,
  SCAN_ALWAYS,
  SCAN_BASE,
  SCAN_CHANGE,
  SCAN_COMPOSE_NEXT,
  SCAN_DELTA_SHIFT,
  SCAN_FLAGS,
  SCAN_FOLD,
  SCAN_KEPT_LOW,
  SCAN_KIND,
  SCAN_LETTER,
  SCAN_LF,
  SCAN_NEXT_SHIFT,
  SCAN_SEPARATOR,
  SCAN_SPACE,
  SCAN_SURROGATE,
} from './scan.js';
import {
  ARABIC_BLOCK_FIRST,
  composeWith,
  FOLD_SLOT_SIZE,
  FoldSlot,
  LOOKALIKE_TO,
  MARK_CLASS,
  PRESENTATION_FIRST,
  PRESENTATION_LENGTH,
  PRESENTATION_POOL,
  PRESENTATION_START,
  ROLE_ALEF,
  ROLE_ALEF_MAKSURA,
  ROLE_ARABIC_DIGIT,
  ROLE_ASCII_DIGIT,
  ROLE_ASTRAL_MARK_HIGH,
  ROLE_COMPOSE_BASE,
  ROLE_COMPOSING_MARK,
  ROLE_DIGIT_SEPARATOR,
  ROLE_EMOJI_CONTEXT,
  ROLE_HAMZA_CARRIER,
  ROLE_INVISIBLE,
  ROLE_LETTER,
  ROLE_LINE_BREAK,
  ROLE_LOOKALIKE,
  ROLE_LOW_CCC_MARK,
  ROLE_MARK,
  ROLE_NON_ARABIC_LETTER,
  ROLE_PRESENTATION,
  ROLE_SPACE,
  ROLE_SURROGATE,
  ROLE_TATWEEL,
  ROLE_TEH_MARBUTA,
  ROLES,
  SINGLE_FOLDS,
} from './tables.js';

const SPACE = 0x20;
const DAGGER_ALEF = 0x0670;
const LF = 0x0a;
const CR = 0x0d;

/** The result of a pass: the text, and the offsets when asked for. @internal */
export interface PassResult {
  readonly text: string;
  readonly offsets: Uint32Array | undefined;
}

/** Whether the Arabic mark `u` is deleted by `cfg` whatever its context. */
function markStripped(cfg: Config, u: number): boolean {
  const cls = MARK_CLASS[u - ARABIC_BLOCK_FIRST] as number;
  if (cls === MarkClass.DaggerAlef) return cfg.dagger === Dagger.Strip;
  return (cfg.stripMarks & (1 << cls)) !== 0;
}

/** The code unit `text[k]`, -1 past the end (an out-of-bounds `charCodeAt` deoptimizes). */
function unitAt(text: string, k: number): number {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,UnaryOperator: equivalent. Past the end charCodeAt gives NaN, which every caller treats like -1 (no comparison holds); the guard only avoids a deoptimization.
  return k < text.length ? text.charCodeAt(k) : -1;
}

/** Role bits of `text[k]`, 0 past the end (no out-of-bounds table read, which deoptimizes). */
function roleAt(text: string, k: number): number {
  return k < text.length ? (ROLES[text.charCodeAt(k)] as number) : 0;
}

/**
 * Quick proof that the letter at `i` cannot compose with a later hamza/madda: the next unit,
 * after kept harakat (which NFD puts between a letter and its hamza), is not a mark, tatweel,
 * control, astral mark or presentation form. `false` means "maybe".
 */
function composeCannotStart(text: string, i: number, cfg: Config): boolean {
  let j = i + 1;
  let r = roleAt(text, j);
  // Stryker disable next-line ConditionalExpression: equivalent. Without the loop the proof only fails more often (a kept mark is COMPOSE_NEXT), and the rules give the same text.
  while ((r & ROLE_LOW_CCC_MARK) !== 0 && !markStripped(cfg, text.charCodeAt(j))) r = roleAt(text, ++j);
  // Stryker disable next-line ConditionalExpression: equivalent. A failed proof only sends the letter to the rules, which give the same text.
  return (r & COMPOSE_NEXT) === 0;
}

/**
 * Index of the first unit at or after `from` whose scan bits meet `state` (the bits the unit
 * before it asks to look at), `text.length` when none. The tight loop of the fast path: two table
 * reads per unit and one branch rarely taken; kept small so that it is optimized on its own.
 */
function nextHit(text: string, bits: Int32Array, from: number, state0: number): number {
  const n = text.length;
  const kind = SCAN_KIND;
  // Module constants are read into locals: a bundler may turn them into mutable bindings.
  const always = SCAN_ALWAYS;
  const shift = SCAN_NEXT_SHIFT;
  const flags = SCAN_FLAGS;
  let state = state0;
  for (let i = from; i < n; i++) {
    const t = bits[kind[text.charCodeAt(i)] as number] as number;
    if ((t & state) !== 0) return i;
    state = ((t >>> shift) & flags) | always;
  }
  return n;
}

/** The bits to look at on the unit after one with scan bits `t`. */
function nextState(t: number): number {
  return ((t >>> SCAN_NEXT_SHIFT) & SCAN_FLAGS) | SCAN_ALWAYS;
}

/** Scan bits of `text[k]` under `bits`. */
function scanBitsAt(text: string | Uint16Array, bits: Int32Array, k: number): number {
  const c = typeof text === 'string' ? text.charCodeAt(k) : (text[k] as number);
  return bits[SCAN_KIND[c] as number] as number;
}

/**
 * Copies `text[from…]` to `buf[pos…]`, making the one-unit folds on the way, up to (not
 * including) the first unit that the scan bits flag (given `state`, the bits the unit before asks
 * to look at) or `lim`; returns where it stopped. A fold adds the difference held in the unit's
 * scan bits, so folded and unchanged units take the same branch-free path. Small on purpose, so
 * that it is optimized on its own.
 */
function copyPlain(text: string, buf: Uint16Array, bits: Int32Array, from: number, lim: number, pos: number, state0: number): number {
  const kind = SCAN_KIND;
  const always = SCAN_ALWAYS & ~SCAN_FOLD;
  const shift = SCAN_NEXT_SHIFT;
  const flags = SCAN_FLAGS;
  const deltaShift = SCAN_DELTA_SHIFT;
  let state = state0 & ~SCAN_FOLD;
  let p = pos;
  let i = from;
  for (; i < lim; i++) {
    const c = text.charCodeAt(i);
    const t = bits[kind[c] as number] as number;
    if ((t & state) !== 0) break;
    buf[p++] = c + (t >> deltaShift);
    state = ((t >>> shift) & flags) | always;
  }
  return i;
}

/**
 * {@link copyPlain} that also records the offsets: a copied run maps one to one, so they are
 * filled after it by a loop that does nothing else (faster than a store per unit in the scan).
 */
function copyPlainWithOffsets(
  text: string,
  buf: Uint16Array,
  offs: Uint32Array,
  bits: Int32Array,
  from: number,
  lim: number,
  pos: number,
  state0: number,
): number {
  const end = copyPlain(text, buf, bits, from, lim, pos, state0);
  fillOffsets(offs, pos, pos + (end - from), from - pos);
  return end;
}

/** Length of the identity table: offsets below it are copied from the table. */
const IDENTITY_LENGTH = 0x8001;
/** Runs at least this long are copied from the identity table; shorter ones are filled by a loop. */
const IDENTITY_MIN_RUN = 128;

/**
 * `identity[k] = k`: the offsets of a long run copied one to one are a slice of it, copied at the
 * speed of a memory copy. Built on first use, never written after.
 */
let identity: Uint32Array | undefined;

/** `offs[p] = p + delta` for `p` in [from, to): the offsets of units copied one to one. */
function fillOffsets(offs: Uint32Array, from: number, to: number, delta: number): void {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: equivalent. Short runs go to the loop only because it is faster for them; the table holds the same values.
  const long = to - from >= IDENTITY_MIN_RUN;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: equivalent. The loop below writes the same values as the table, so not taking the table (or taking it at the exact end) changes nothing; taking it past its end is tested.
  if (long && to + delta <= IDENTITY_LENGTH) {
    identity ??= Uint32Array.from({ length: IDENTITY_LENGTH }, (_, k) => k);
    offs.set(identity.subarray(from + delta, to + delta), from);
    return;
  }
  for (let p = from; p < to; p++) offs[p] = p + delta;
}

/**
 * Index of the first code unit at which `cfg` might change `text` (`text.length` when nothing
 * changes). Conservative: it may stop
 * early, never late. Each unit's scan bits say what it is and which bits of the next unit call
 * for a closer look (a space after a space, a mark after a composing letter…).
 * @internal
 */
export function firstChange(text: string, cfg: Config): number {
  const n = text.length;
  const bits = cfg.scanBits;
  let i = nextHit(text, bits, 0, SCAN_ALWAYS);
  while (i < n) {
    const t = scanBitsAt(text, bits, i);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent. At i = 0 the read of text[-1] gives no scan bits, the same state as SCAN_ALWAYS.
    const hit = t & (i > 0 ? nextState(scanBitsAt(text, bits, i - 1)) : SCAN_ALWAYS);
    if ((hit & SCAN_COMPOSE_NEXT) !== 0) {
      // After a composing letter and kept low-class marks: the letter composes.
      let j = i - 1;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent. Going on to j = -1 only skips text[0], a kept mark, which is no composing letter either.
      while (j > 0 && (scanBitsAt(text, bits, j) & SCAN_KEPT_LOW) !== 0) j--;
      if ((scanBitsAt(text, bits, j) & SCAN_BASE) !== 0) return j;
    }
    if ((hit & (SCAN_CHANGE | SCAN_FOLD)) !== 0) return i;
    if ((hit & SCAN_SURROGATE) !== 0) {
      const c = text.charCodeAt(i);
      const d = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        if (c === ASTRAL_MARK_HIGH && (cfg.mask & ROLE_ASTRAL_MARK_HIGH) !== 0 && d >= ASTRAL_MARK_LOW_FIRST && d <= ASTRAL_MARK_LOW_LAST) {
          if (markStripped(cfg, 0x08ff)) return i;
        }
        i = nextHit(text, bits, i + 2, SCAN_ALWAYS);
        continue;
      }
    }
    // A space after a space or LF; LF after a space, or as the third LF in a row.
    if ((hit & SCAN_SPACE) !== 0) return i;
    if ((hit & SCAN_LF) !== 0 && (text.charCodeAt(i - 1) === SPACE || (i > 1 && text.charCodeAt(i - 2) === LF))) return i;
    if ((hit & SCAN_SEPARATOR) !== 0) return i;
    if ((hit & SCAN_LETTER) !== 0 && text.charCodeAt(i - 1) === text.charCodeAt(i)) return i - 1;
    i = nextHit(text, bits, i + 1, nextState(t));
  }
  // A trailing space goes: let the pass drop it.
  if (n > 0 && cfg.whitespace && text.charCodeAt(n - 1) === SPACE) return n - 1;
  return n;
}

/**
 * Inputs up to this many code units are written to the shared scratch buffer (64 KB). Above it,
 * the pass's own work dwarfs the cost of allocating a buffer.
 */
const SCRATCH_UNITS = 0x8000;

/**
 * The output units of passes over short inputs, allocated on first use and then reused:
 * allocating a typed array costs about 2 µs in Node 20, a sixth of the time of a pass over a whole
 * news article. It is never observable: a pass runs to its end without calling out, never reads a
 * unit it has not written in the same call, and its result is a string decoded (copied) from the
 * units before the next pass can start. Offsets, which the caller keeps, are never shared. With
 * the identity table of `fillOffsets`, this is the library's only module state; neither carries
 * information from one call to the next.
 */
let scratch: Uint16Array | undefined;

/** A buffer of at least `cap` units for a pass's output: the scratch buffer when it is large enough. */
function outputBuffer(cap: number): Uint16Array {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent. A fresh buffer gives the same output as the scratch one; using the scratch buffer past its size is tested.
  if (cap > SCRATCH_UNITS) return new Uint16Array(cap);
  scratch ??= new Uint16Array(SCRATCH_UNITS);
  return scratch;
}

/** One normalization pass over one input string. */
class Pass {
  private readonly text: string;
  private readonly n: number;
  private readonly cfg: Config;
  private readonly mask: number;
  /** Units the pass may write to `buf` and `offs` (`buf` may be longer: the scratch buffer). */
  private cap: number;
  private buf: Uint16Array;
  private offs: Uint32Array | undefined;
  private pos = 0;
  /** Input index of a composing mark already consumed by composition (or the LF of a CRLF). */
  private skip = -1;
  /** Remaining units of the presentation-form expansion being emitted: [expAt, expEnd). */
  private expAt = 0;
  private expEnd = 0;
  /** ZWNJ word cache: input index where the current word ends, and whether it is non-Arabic. */
  private wordEnd = -1;
  // Stryker disable next-line BooleanLiteral: equivalent. wordEnd starts at -1, so scanWord sets this before it is read.
  private wordNonArabic = false;
  /** Output position right after a collapsed elongation run. */
  private elongAt = -1;
  /** Length of the unchanged prefix copied before the pass started. */
  private readonly start: number;

  constructor(text: string, cfg: Config, withOffsets: boolean, prefix: number) {
    this.text = text;
    this.n = text.length;
    this.cfg = cfg;
    this.mask = cfg.mask;
    const cap = this.n + 16;
    this.cap = cap;
    this.buf = outputBuffer(cap);
    this.offs = withOffsets ? new Uint32Array(cap + 1) : undefined;
    const buf = this.buf;
    for (let j = 0; j < prefix; j++) buf[j] = text.charCodeAt(j);
    if (this.offs !== undefined) fillOffsets(this.offs, 0, prefix, 0);
    this.pos = prefix;
    this.start = prefix;
  }

  run(start: number): void {
    const text = this.text;
    const n = this.n;
    const mask = this.mask;
    const cfg = this.cfg;
    const bits = cfg.scanBits;
    let buf = this.buf;
    let offs = this.offs;
    let pos = this.pos;
    let i = start;
    const stripMarks = cfg.stripMarks;
    // Inline folds are off where a folded letter has later context (final ya, elongation).
    const inline = cfg.ya !== YaMode.ToAlefMaksura && !cfg.elongation;
    // Runs of units the scan bits prove unchanged (given the output so far) are copied by a tight
    // loop; the unit that stops it goes through the rules. The buffer always has room for the
    // rest of the input (put() grows it before an expansion could eat that room).
    // Stryker disable next-line EqualityOperator: equivalent. copyPlain returns at most n, and the loop breaks at n.
    while (i < n) {
      const segPos = pos;
      const segStart = i;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent. At pos = 0 the read of buf[-1] gives no scan bits, the same state as SCAN_ALWAYS.
      const state = pos > 0 ? nextState(scanBitsAt(buf, bits, pos - 1)) : SCAN_ALWAYS;
      // A composing mark already consumed by composition is never copied.
      const lim = this.skip >= i ? this.skip : n;
      i = offs === undefined ? copyPlain(text, buf, bits, i, lim, pos, state) : copyPlainWithOffsets(text, buf, offs, bits, i, lim, pos, state);
      pos += i - segStart;
      if (i >= n) break;
      let c = text.charCodeAt(i);
      if (i !== lim && (scanBitsAt(text, bits, i) & SCAN_COMPOSE_NEXT) !== 0 && pos > 0) {
        // A mark (or a deleted unit) after a composing letter copied by this run: take the letter
        // back so that it composes.
        let j = pos - 1;
        while (j > segPos && (scanBitsAt(buf, bits, j) & SCAN_KEPT_LOW) !== 0) j--;
        if (j >= segPos && (scanBitsAt(buf, bits, j) & SCAN_BASE) !== 0) {
          i = segStart + (j - segPos);
          pos = j;
          c = text.charCodeAt(i);
        }
      }
      let r = (ROLES[c] as number) & mask;
      if (r === ROLE_SPACE && c === SPACE) {
        // The copy loop stops at a space only when the unit before it in the output is a space or
        // LF (its scan bits ask for SCAN_SPACE): this space is a repeat, and goes.
        i++;
        continue;
      }
      if ((r & ROLE_COMPOSE_BASE) !== 0 && ((roleAt(text, i + 1) & COMPOSE_NEXT) === 0 || composeCannotStart(text, i, cfg))) {
        r &= ~ROLE_COMPOSE_BASE;
      }
      // Context-free deletions inline: a stripped mark, a tatweel. (Context-free table folds never
      // get here: the copy loop makes them, SCAN_FOLD.)
      if (inline && ((r === ROLE_MARK && c !== DAGGER_ALEF && (stripMarks & (1 << (MARK_CLASS[c - ARABIC_BLOCK_FIRST] as number))) !== 0) || r === ROLE_TATWEEL)) {
        i++;
        continue;
      }
      // Stryker disable next-line ConditionalExpression: equivalent. A unit without a role goes through special() unchanged; this is the fast way.
      if (r === 0) {
        buf[pos] = c;
        if (offs !== undefined) offs[pos] = i;
        pos++;
        i++;
      } else {
        this.pos = pos;
        i = this.special(i, c, r) + 1;
        pos = this.pos;
        buf = this.buf;
        offs = this.offs;
      }
    }
    this.pos = pos;
  }

  finish(): PassResult {
    if (this.cfg.whitespace && this.pos > 0 && this.buf[this.pos - 1] === SPACE) this.pos--;
    const pos = this.pos;
    const buf = this.buf;
    const text = this.text;
    let same = pos === this.n;
    // Stryker disable next-line LogicalOperator,ConditionalExpression,EqualityOperator,UpdateOperator: equivalent. A wrong `same` only decodes a string equal to the input instead of returning the input.
    for (let j = this.start; same && j < pos; j++) if (buf[j] !== text.charCodeAt(j)) same = false;
    const out = same ? text : decodeUnits(buf, pos);
    let offsets: Uint32Array | undefined;
    if (this.offs !== undefined) {
      this.offs[pos] = this.n;
      offsets = this.offs.subarray(0, pos + 1);
    }
    return { text: out, offsets };
  }

  private grow(need: number): void {
    // Stryker disable next-line ArithmeticOperator: equivalent. The loop below doubles the capacity until it holds `need`.
    let cap = this.cap * 2;
    while (cap < need) cap *= 2;
    this.cap = cap;
    const buf = new Uint16Array(cap);
    buf.set(this.buf.subarray(0, this.pos));
    this.buf = buf;
    if (this.offs !== undefined) {
      const offs = new Uint32Array(cap + 1);
      offs.set(this.offs.subarray(0, this.pos));
      this.offs = offs;
    }
  }

  /** Appends one output unit produced by input index `src`. */
  private put(u: number, src: number): void {
    const need = this.pos + 1 + (this.n - src);
    if (need > this.cap) this.grow(need);
    this.buf[this.pos] = u;
    if (this.offs !== undefined) this.offs[this.pos] = src;
    this.pos++;
  }

  /** Handles the input unit `c` at `i` (role bits `r`); returns the last input index consumed. */
  private special(i: number, c: number, r: number): number {
    if (i === this.skip) return i;
    if ((r & ROLE_SURROGATE) !== 0) return this.surrogate(i, c);
    if ((r & ROLE_PRESENTATION) !== 0) {
      const k = c - PRESENTATION_FIRST;
      const start = PRESENTATION_START[k] as number;
      const end = start + (PRESENTATION_LENGTH[k] as number);
      for (let e = start; e < end; e++) {
        this.expAt = e + 1;
        this.expEnd = end;
        this.unit((PRESENTATION_POOL[e] as number), i);
      }
      this.expAt = this.expEnd = 0;
      return i;
    }
    this.unit(c, i);
    return i;
  }

  private surrogate(i: number, c: number): number {
    const d = unitAt(this.text, i + 1);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent. A valid pair sent down the lone path gives the same units (the low half joins the high one there).
    if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
      const astralMark = c === ASTRAL_MARK_HIGH && d >= ASTRAL_MARK_LOW_FIRST && d <= ASTRAL_MARK_LOW_LAST;
      if (!(astralMark && (this.mask & ROLE_ASTRAL_MARK_HIGH) !== 0 && markStripped(this.cfg, 0x08ff))) {
        this.put(c, i);
        this.put(d, i + 1);
      }
      return i + 1;
    }
    const p = this.pos;
    if (c >= 0xdc00 && p > 0 && this.buf[p - 1] === ASTRAL_MARK_HIGH && c >= ASTRAL_MARK_LOW_FIRST && c <= ASTRAL_MARK_LOW_LAST) {
      // A deletion joined a lone high and a lone low surrogate into an astral mark.
      if ((this.mask & ROLE_ASTRAL_MARK_HIGH) !== 0 && markStripped(this.cfg, 0x08ff)) {
        this.pos = p - 1;
        return i;
      }
    }
    this.put(c, i);
    return i;
  }

  /** Runs one unit (from the input or an expansion) through the rules after presentation forms. */
  private unit(u0: number, src: number): void {
    let u = u0;
    if ((ROLES[u] as number) & this.mask & ROLE_LOOKALIKE) {
      const to = LOOKALIKE_TO[u - ARABIC_BLOCK_FIRST] as string;
      if (to.length === 2) {
        this.folded(to.charCodeAt(0), src);
        this.folded(to.charCodeAt(1), src);
        return;
      }
      u = to.charCodeAt(0);
    }
    this.folded(u, src);
  }

  /** The rules after look-alike folding. */
  private folded(u0: number, src: number): void {
    let u = u0;
    let r = (ROLES[u] as number) & this.mask;
    const cfg = this.cfg;
    if (r === 0) {
      this.put(u, src);
      return;
    }
    if ((r & COMPOSE_CANDIDATE) !== 0 && cfg.compose && this.expAt === this.expEnd) {
      // Compose on the letter the folds will produce (ٲ → ا, ى → ي, ؤ → و), so that a second
      // pass finds nothing left to compose.
      let base = u;
      if ((r & ROLE_ALEF) !== 0) base = ALEF;
      else if ((r & ROLE_ALEF_MAKSURA) !== 0) base = YA;
      else if ((r & ROLE_HAMZA_CARRIER) !== 0) base = SINGLE_FOLDS[FoldSlot.Hamza * FOLD_SLOT_SIZE + u - ARABIC_BLOCK_FIRST] as number;
      const composed = this.composeAt(base, src);
      if (composed !== 0) {
        u = composed;
        r = (ROLES[u] as number) & this.mask;
      }
    }
    if ((r & ROLE_MARK) !== 0) {
      if (u === 0x0670 && cfg.dagger === Dagger.Alef) {
        if (!(this.prevLetter() && this.nextIsLetter(src))) return;
        u = ALEF;
        r = (ROLES[u] as number) & this.mask;
      } else if (markStripped(cfg, u)) return;
    }
    if ((r & ROLE_TATWEEL) !== 0) return;
    if ((r & ROLE_INVISIBLE) !== 0) {
      if (u === ZWNJ ? !this.keepZwnj(src) : u === ZWJ ? !this.keepZwj(src) : true) return;
    }
    if ((r & (ROLE_SPACE | ROLE_LINE_BREAK)) !== 0) {
      this.whitespace(u, src);
      return;
    }
    if ((r & FOLD_ROLES) !== 0) u = cfg.folds[u - ARABIC_BLOCK_FIRST] as number;
    else if ((r & ROLE_ASCII_DIGIT) !== 0) u = u - 0x30 + ARABIC_INDIC_ZERO;
    else if ((r & ROLE_DIGIT_SEPARATOR) !== 0) {
      if (this.prevDigit() && this.nextIsDigit(src)) u = u === ARABIC_DECIMAL_SEPARATOR ? 0x2e : 0x2c;
    }
    if (u === YA && cfg.ya === YaMode.ToAlefMaksura && this.prevLetter() && !this.nextIsLetter(src, true)) u = ALEF_MAKSURA;
    if (cfg.elongation && ((ROLES[u] as number) & ROLE_LETTER) !== 0) {
      const p = this.pos;
      if (p === this.elongAt && this.buf[p - 1] === u) return;
      if (p >= 2 && this.buf[p - 1] === u && this.buf[p - 2] === u) {
        this.pos = p - 1;
        this.elongAt = p - 1;
        return;
      }
    }
    this.put(u, src);
  }

  /**
   * Composition of the letter `u` (at input index `src`) with a combining hamza/madda further on,
   * looking past lower-class marks and deleted units as NFC does; 0 when none.
   */
  private composeAt(u: number, src: number): number {
    const text = this.text;
    for (let j = src + 1; j < this.n; j++) {
      const c = text.charCodeAt(j);
      const r = ROLES[c] as number;
      if ((r & ROLE_COMPOSING_MARK) !== 0) {
        const composed = composeWith(u, c);
        if (composed !== 0) {
          this.skip = j;
          return composed;
        }
        if (!this.deleted(c)) return 0;
        continue;
      }
      if ((r & ROLE_LOW_CCC_MARK) !== 0 || this.deleted(c)) continue;
      if ((r & this.mask & ROLE_PRESENTATION) !== 0) {
        // A presentation form made only of low-class marks or deleted units (ﹲ → ٌ) is looked past.
        const k = c - PRESENTATION_FIRST;
        const start = PRESENTATION_START[k] as number;
        const end = start + (PRESENTATION_LENGTH[k] as number);
        let transparent = true;
        for (let e = start; e < end && transparent; e++) {
          const v = this.lookalike(PRESENTATION_POOL[e] as number);
          transparent = ((ROLES[v] as number) & ROLE_LOW_CCC_MARK) !== 0 || this.deleted(v);
        }
        if (transparent) continue;
        return 0;
      }
      if (c === ASTRAL_MARK_HIGH && this.astralMarkDeletedAt(j)) {
        j++;
        continue;
      }
      return 0;
    }
    return 0;
  }

  private astralMarkDeletedAt(j: number): boolean {
    const d = unitAt(this.text, j + 1);
    return (this.mask & ROLE_ASTRAL_MARK_HIGH) !== 0 && d >= ASTRAL_MARK_LOW_FIRST && d <= ASTRAL_MARK_LOW_LAST && markStripped(this.cfg, 0x08ff);
  }

  /** Whether the (look-alike folded) unit `u` is deleted by the configuration whatever its context. */
  private deleted(u: number): boolean {
    const r = (ROLES[u] as number) & this.mask;
    if (r === 0) return false;
    if ((r & (ROLE_TATWEEL | ROLE_INVISIBLE)) !== 0) return true;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent. markStripped is false for any unit that is not a mark (class 0 is never stripped).
    return (r & ROLE_MARK) !== 0 && markStripped(this.cfg, u);
  }

  /**
   * The next unit the output will hold after input index `src` (rest of the current expansion
   * first), skipping deleted units (and every Arabic mark when `skipMarks`); -1 at the end.
   */
  private peek(src: number, skipMarks: boolean): number {
    for (let e = this.expAt; e < this.expEnd; e++) {
      const u = this.lookalike(PRESENTATION_POOL[e] as number);
      if (!this.skippable(u, skipMarks)) return u;
    }
    const text = this.text;
    for (let j = src + 1; j < this.n; j++) {
      if (j === this.skip) continue;
      const c = text.charCodeAt(j);
      const r = (ROLES[c] as number) & this.mask;
      if ((r & ROLE_PRESENTATION) !== 0) {
        const k = c - PRESENTATION_FIRST;
        const start = PRESENTATION_START[k] as number;
        const end = start + (PRESENTATION_LENGTH[k] as number);
        for (let e = start; e < end; e++) {
          const u = this.lookalike(PRESENTATION_POOL[e] as number);
          if (!this.skippable(u, skipMarks)) return u;
        }
        continue;
      }
      if (c === ASTRAL_MARK_HIGH && (skipMarks || this.astralMarkDeletedAt(j))) {
        const d = unitAt(text, j + 1);
        if (d >= ASTRAL_MARK_LOW_FIRST && d <= ASTRAL_MARK_LOW_LAST) {
          j++;
          continue;
        }
      }
      const u = this.lookalike(c);
      if (!this.skippable(u, skipMarks)) return u;
    }
    return -1;
  }

  /** Input index of the first unit after `src` that the configuration does not delete. */
  private nextKept(src: number): number {
    let j = src + 1;
    for (; j < this.n; j++) {
      const c = this.text.charCodeAt(j);
      if (c === ASTRAL_MARK_HIGH && this.astralMarkDeletedAt(j)) j++;
      else if (!this.deleted(this.lookalike(c))) break;
    }
    return j;
  }

  private skippable(u: number, skipMarks: boolean): boolean {
    return this.deleted(u) || (skipMarks && (((ROLES[u] as number) & ROLE_MARK) !== 0 || u === ZWNJ || u === ZWJ));
  }

  /** First unit of the look-alike fold of `c` (or `c`). */
  private lookalike(c: number): number {
    // Stryker disable next-line ConditionalExpression: equivalent. Every look-alike maps a letter to a letter, and callers only ask whether a unit is a letter, a digit, a mark or deleted.
    if (((ROLES[c] as number) & this.mask & ROLE_LOOKALIKE) === 0) return c;
    return (LOOKALIKE_TO[c - ARABIC_BLOCK_FIRST] as string).charCodeAt(0);
  }

  private nextIsLetter(src: number, skipMarks = false): boolean {
    const u = this.peek(src, skipMarks);
    return u >= 0 && ((ROLES[u] as number) & ROLE_LETTER) !== 0;
  }

  private nextIsDigit(src: number): boolean {
    const u = this.peek(src, false);
    return u >= 0 && ((ROLES[u] as number) & (ROLE_ARABIC_DIGIT | ROLE_ASCII_DIGIT)) !== 0;
  }

  /** Whether the output so far ends with a letter (ignoring the Arabic marks after it). */
  private prevLetter(): boolean {
    const buf = this.buf;
    for (let p = this.pos - 1; p >= 0; p--) {
      const c = buf[p] as number;
      if (c >= ASTRAL_MARK_LOW_FIRST && c <= ASTRAL_MARK_LOW_LAST && p > 0 && buf[p - 1] === ASTRAL_MARK_HIGH) {
        p--;
        continue;
      }
      const r = ROLES[c] as number;
      if ((r & ROLE_MARK) === 0) return (r & ROLE_LETTER) !== 0;
    }
    return false;
  }

  private prevDigit(): boolean {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: equivalent. The scan sends a separator to the rules only after a digit (SCAN_SEPARATOR is a next-bit of digits); kept as a guard.
    return this.pos > 0 && ((ROLES[this.buf[this.pos - 1] as number] as number) & (ROLE_ARABIC_DIGIT | ROLE_ASCII_DIGIT)) !== 0;
  }

  /**
   * ZWNJ stays between two letters of a word that holds a letter standard Arabic does not use
   * (Persian/Urdu پ چ ژ گ …, after the enabled folds); it is deleted everywhere else.
   */
  private keepZwnj(src: number): boolean {
    const p = this.pos;
    if (p === 0 || ((ROLES[this.buf[p - 1] as number] as number) & ROLE_LETTER) === 0) return false;
    if (!this.nextIsLetter(src)) return false;
    if (src >= this.wordEnd) this.scanWord(src);
    return this.wordNonArabic;
  }

  private scanWord(src: number): void {
    const buf = this.buf;
    const wordish = ROLE_LETTER | ROLE_MARK | ROLE_TATWEEL;
    let nonArabic = false;
    for (let p = this.pos - 1; p >= 0; p--) {
      const c = buf[p] as number;
      if (c >= ASTRAL_MARK_LOW_FIRST && c <= ASTRAL_MARK_LOW_LAST && p > 0 && buf[p - 1] === ASTRAL_MARK_HIGH) {
        p--;
        continue;
      }
      const r = ROLES[c] as number;
      if ((r & wordish) === 0 && c !== ZWNJ) break;
      if (this.nonArabicOut(c)) nonArabic = true;
    }
    const text = this.text;
    let j = src + 1;
    scan: for (; j < this.n; j++) {
      const c = text.charCodeAt(j);
      if (c === ASTRAL_MARK_HIGH) {
        const d = unitAt(text, j + 1);
        if (d >= ASTRAL_MARK_LOW_FIRST && d <= ASTRAL_MARK_LOW_LAST) {
          j++;
          continue;
        }
      }
      const r = ROLES[c] as number;
      if ((r & this.mask & ROLE_PRESENTATION) !== 0) {
        const k = c - PRESENTATION_FIRST;
        const start = PRESENTATION_START[k] as number;
        const end = start + (PRESENTATION_LENGTH[k] as number);
        for (let e = start; e < end; e++) {
          const u = this.lookalike(PRESENTATION_POOL[e] as number);
          if (((ROLES[u] as number) & wordish) === 0 && !this.deleted(u)) break scan;
          if (this.nonArabicOut(u)) nonArabic = true;
        }
        continue;
      }
      const u = this.lookalike(c);
      if (((ROLES[u] as number) & wordish) === 0 && u !== ZWNJ && !this.deleted(u)) break;
      if (this.nonArabicOut(u)) nonArabic = true;
    }
    this.wordEnd = j;
    this.wordNonArabic = nonArabic;
  }

  /** Whether the letter `u` stays a non-Arabic letter under the enabled folds. */
  private nonArabicOut(u: number): boolean {
    const r = ROLES[u] as number;
    return (r & ROLE_NON_ARABIC_LETTER) !== 0 && (r & this.mask & (ROLE_ALEF | ROLE_TEH_MARBUTA | ROLE_LOOKALIKE)) === 0;
  }

  /** ZWJ stays between two parts of an emoji sequence; it is deleted everywhere else. */
  private keepZwj(src: number): boolean {
    const p = this.pos;
    if (p === 0) return false;
    const prev = (this.buf[p - 1] as number);
    const prevOk =
      prev >= 0xdc00 && prev <= 0xdfff
        ? p >= 2 && (this.buf[p - 2] as number) >= 0xd83c && (this.buf[p - 2] as number) <= 0xd83e
        : ((ROLES[prev] as number) & ROLE_EMOJI_CONTEXT) !== 0;
    if (!prevOk) return false;
    const next = this.peek(src, false);
    return next >= 0 && ((ROLES[next] as number) & ROLE_EMOJI_CONTEXT) !== 0;
  }

  /** Whitespace: one space between words, no spaces around line breaks, at most one blank line. */
  private whitespace(u: number, src: number): void {
    if (((ROLES[u] as number) & ROLE_SPACE) !== 0) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator,UnaryOperator: equivalent. At pos = 0, buf[-1] is undefined, which is neither a space nor LF, like -1.
      const prev = this.pos > 0 ? this.buf[this.pos - 1] : -1;
      if (prev !== SPACE && prev !== LF) this.put(SPACE, src);
      return;
    }
    if (u === CR && this.expAt === this.expEnd) {
      const j = this.nextKept(src);
      if (unitAt(this.text, j) === LF) this.skip = j;
    }
    this.newline(src);
    if (u === PARAGRAPH_SEPARATOR) this.newline(src);
  }

  private newline(src: number): void {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent. At pos = 0, buf[-1] is undefined, never a space.
    if (this.pos > 0 && this.buf[this.pos - 1] === SPACE) this.pos--;
    const p = this.pos;
    // Stryker disable next-line ConditionalExpression: equivalent. Below two units, buf[-1] is undefined, never LF.
    if (p >= 2 && this.buf[p - 1] === LF && this.buf[p - 2] === LF) return;
    this.put(LF, src);
  }
}

/**
 * Normalizes `text` with the resolved configuration in one pass; returns the input itself when
 * nothing changes.
 * @internal
 */
export function runPass(text: string, cfg: Config, withOffsets: boolean): PassResult {
  const index = firstChange(text, cfg);
  // Stryker disable next-line ConditionalExpression: equivalent. A pass over text with nothing to change gives the same text; this is the fast path.
  if (index === text.length) {
    if (!withOffsets) return { text, offsets: undefined };
    const offsets = new Uint32Array(text.length + 1);
    fillOffsets(offsets, 0, text.length + 1, 0);
    return { text, offsets };
  }
  const pass = new Pass(text, cfg, withOffsets, index);
  pass.run(index);
  return pass.finish();
}

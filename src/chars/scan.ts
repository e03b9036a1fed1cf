/**
 * Tables of the fast-path scan, which finds the first unit a configuration might change. Every
 * code unit has a kind (units that behave alike share one; a unit with a one-unit fold has its
 * own); a configuration maps each kind to one 32-bit word of scan bits: bits 0–9 say what the unit
 * is, bits 10–19 which of those bits make the NEXT unit worth a closer look, and bits 20–31 hold
 * the signed difference that the unit's one-unit fold adds to it. The copy loop then costs two
 * table reads and one rarely taken branch per unit, folds included, with no branch on frequent
 * units such as spaces or alef.
 */
import { ASTRAL_MARK_HIGH, MarkClass } from './data/marks.js';
import {
  ARABIC_BLOCK_FIRST,
  MARK_CLASS,
  ROLE_ALEF,
  ROLE_ALEF_MAKSURA,
  ROLE_ARABIC_DIGIT,
  ROLE_ASCII_DIGIT,
  ROLE_ASTRAL_MARK_HIGH,
  ROLE_COMPOSE_BASE,
  ROLE_COMPOSING_MARK,
  ROLE_DIGIT_SEPARATOR,
  ROLE_HAMZA_CARRIER,
  ROLE_INVISIBLE,
  ROLE_LOW_CCC_MARK,
  ROLE_MARK,
  ROLE_PRESENTATION,
  ROLE_PUNCTUATION,
  ROLE_TEH_MARBUTA,
  ROLE_LETTER,
  ROLE_SURROGATE,
  ROLE_TATWEEL,
  ROLES,
} from './tables.js';

/** Scan bit: the unit changes whatever its context. @internal */
export const SCAN_CHANGE = 0x1;
/** Scan bit: U+0020 under the whitespace rule. @internal */
export const SCAN_SPACE = 0x2;
/** Scan bit: LF under the whitespace rule. @internal */
export const SCAN_LF = 0x4;
/** Scan bit: a unit that makes a preceding composing letter compose (or be looked at). @internal */
export const SCAN_COMPOSE_NEXT = 0x8;
/** Scan bit: an Arabic decimal/thousands separator under the digits rule. @internal */
export const SCAN_SEPARATOR = 0x10;
/** Scan bit: a surrogate. @internal */
export const SCAN_SURROGATE = 0x20;
/** Scan bit: a low-class mark the configuration keeps (looked past towards a composing letter). @internal */
export const SCAN_KEPT_LOW = 0x40;
/** Scan bit: a letter that composes with a following hamza/madda. @internal */
export const SCAN_BASE = 0x80;
/** Scan bit: an Arabic letter under the elongation rule. @internal */
export const SCAN_LETTER = 0x100;
/** Scan bit: a unit with a context-free one-unit fold (the configuration's fold table). @internal */
export const SCAN_FOLD = 0x200;
/** Shift of the bits that make the next unit worth a look. @internal */
export const SCAN_NEXT_SHIFT = 10;
/** Mask of a unit's own scan bits, and of its next-unit bits once shifted down. @internal */
export const SCAN_FLAGS = 0x3ff;
/**
 * Shift of the signed fold difference: `unit + (bits >> SCAN_DELTA_SHIFT)` is the unit's one-unit
 * fold (0 unless SCAN_FOLD). Twelve bits hold -2048…2047. @internal
 */
export const SCAN_DELTA_SHIFT = 20;
/** Bits looked at on every unit, whatever precedes it. @internal */
export const SCAN_ALWAYS: number = SCAN_CHANGE | SCAN_SURROGATE | SCAN_FOLD;

/** Roles of a unit after a letter that may start a composition. @internal */
export const COMPOSE_NEXT: number = ROLE_MARK | ROLE_TATWEEL | ROLE_INVISIBLE | ROLE_ASTRAL_MARK_HIGH | ROLE_PRESENTATION;

/** Roles whose change is one unit of U+0600–U+06FF to one unit, context-free (the configuration's fold table). @internal */
export const FOLD_ROLES: number = ROLE_ALEF | ROLE_ALEF_MAKSURA | ROLE_TEH_MARBUTA | ROLE_HAMZA_CARRIER | ROLE_ARABIC_DIGIT | ROLE_PUNCTUATION;

interface Kinds {
  /** Kind of every code unit. */
  readonly kind: Uint8Array;
  /** Role bits of each kind. */
  readonly roles: readonly number[];
  /** Mark class of each kind (0 for non-marks). */
  readonly markClass: readonly number[];
  /**
   * The one unit of a kind with its own behaviour (U+0020, LF, U+D803, and every unit of
   * U+0600–U+06FF with a one-unit fold, whose difference to its fold is its own), or -1.
   */
  readonly unit: readonly number[];
}

function buildKinds(): Kinds {
  const kind = new Uint8Array(0x10000);
  const roles: number[] = [0];
  const markClass: number[] = [0];
  const unit: number[] = [-1];
  const ids = new Map<string, number>([['0|0|-1', 0]]);
  for (let c = 0; c < 0x10000; c++) {
    const r = ROLES[c] as number;
    const cls = c >= ARABIC_BLOCK_FIRST && c < ARABIC_BLOCK_FIRST + MARK_CLASS.length ? (MARK_CLASS[c - ARABIC_BLOCK_FIRST] as number) : 0;
    const foldable = c >= ARABIC_BLOCK_FIRST && c < ARABIC_BLOCK_FIRST + 0x100 && (r & FOLD_ROLES) !== 0;
    const own = c === 0x20 || c === 0x0a || c === ASTRAL_MARK_HIGH || foldable ? c : -1;
    const key = `${r}|${cls}|${own}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = roles.length;
      ids.set(key, id);
      roles.push(r);
      markClass.push(cls);
      unit.push(own);
    }
    kind[c] = id;
  }
  return { kind, roles, markClass, unit };
}

const KINDS = buildKinds();
/** Kind of every code unit (index into a configuration's scan bits). @internal */
export const SCAN_KIND: Uint8Array = KINDS.kind;
/** Number of kinds (at most 256, the range of {@link SCAN_KIND}). @internal */
export const SCAN_KIND_COUNT: number = KINDS.roles.length;

/** What the scan needs of a configuration. @internal */
export interface ScanSettings {
  readonly mask: number;
  readonly stripMarks: number;
  /** Dagger alef is deleted. */
  readonly daggerStrip: boolean;
  /** Dagger alef may become alef. */
  readonly daggerAlef: boolean;
  /** One-unit folds may be made by the copy loop (no final-ya or elongation context). */
  readonly inlineFolds: boolean;
}

/** Roles of a unit that is, or folds to, a letter composing with a later hamza/madda. @internal */
export const COMPOSE_CANDIDATE: number = ROLE_COMPOSE_BASE | ROLE_ALEF | ROLE_ALEF_MAKSURA | ROLE_HAMZA_CARRIER;

function stripped(s: ScanSettings, cls: number): boolean {
  return cls === MarkClass.DaggerAlef ? s.daggerStrip : (s.stripMarks & (1 << cls)) !== 0;
}

/**
 * The scan bits of each kind under a configuration (see the engine's `firstChange`); `folds` is
 * the configuration's fold table of U+0600–U+06FF (see `Config.folds`).
 * @internal
 */
export function buildScanBits(s: ScanSettings, folds: Uint16Array): Int32Array {
  const { mask } = s;
  const n = KINDS.roles.length;
  const bits = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const all = KINDS.roles[k] as number;
    const cls = KINDS.markClass[k] as number;
    const own = KINDS.unit[k] as number;
    const r = all & mask;
    let self = 0;
    let next = 0;
    const keptLow = (all & ROLE_LOW_CCC_MARK) !== 0 && !stripped(s, cls);
    if (keptLow) {
      self |= SCAN_KEPT_LOW;
      next |= SCAN_COMPOSE_NEXT;
    } else if ((all & COMPOSE_NEXT) !== 0) self |= SCAN_COMPOSE_NEXT;
    if ((all & ROLE_SURROGATE) !== 0) self |= SCAN_SURROGATE;
    else if (r !== 0 && (own === 0x20 || own === 0x0a)) {
      self |= own === 0x20 ? SCAN_SPACE : SCAN_LF;
      next |= SCAN_SPACE | SCAN_LF;
    } else if (r !== 0) {
      if (s.inlineFolds && (r & FOLD_ROLES) !== 0 && (r & ~(FOLD_ROLES | ROLE_COMPOSE_BASE)) === 0) {
        self |= SCAN_FOLD;
        // A mark after it sends it back to the rules (it may compose first).
        if ((mask & ROLE_COMPOSE_BASE) !== 0 && (r & COMPOSE_CANDIDATE) !== 0) next |= SCAN_COMPOSE_NEXT;
      } else if ((r & ~(ROLE_COMPOSE_BASE | ROLE_COMPOSING_MARK | ROLE_MARK | ROLE_DIGIT_SEPARATOR | ROLE_LETTER)) !== 0) self |= SCAN_CHANGE;
      else if ((r & ROLE_MARK) !== 0 && (stripped(s, cls) || (cls === MarkClass.DaggerAlef && s.daggerAlef))) self |= SCAN_CHANGE;
      if ((r & ROLE_COMPOSE_BASE) !== 0 && (self & SCAN_FOLD) === 0) {
        self |= SCAN_BASE;
        next |= SCAN_COMPOSE_NEXT;
      }
      if ((r & ROLE_DIGIT_SEPARATOR) !== 0) self |= SCAN_SEPARATOR;
      if ((r & ROLE_LETTER) !== 0) {
        self |= SCAN_LETTER;
        next |= SCAN_LETTER;
      }
    }
    if ((all & (ROLE_ARABIC_DIGIT | ROLE_ASCII_DIGIT)) !== 0 && (mask & ROLE_DIGIT_SEPARATOR) !== 0) next |= SCAN_SEPARATOR;
    const delta = (self & SCAN_FOLD) !== 0 ? (folds[own - ARABIC_BLOCK_FIRST] as number) - own : 0;
    bits[k] = self | (next << SCAN_NEXT_SHIFT) | (delta << SCAN_DELTA_SHIFT);
  }
  return bits;
}

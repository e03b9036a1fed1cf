/**
 * Lookup tables built once at module load from the data files, immutable afterwards. The engine
 * indexes them by UTF-16 code unit.
 */
import { ARABIC_MARK_RANGES, LOW_CCC_MARK_RANGES } from './data/marks.js';
import {
  ALEF,
  ALEF_VARIANTS,
  ALEF_MAKSURA,
  ARABIC_LETTER_RANGES,
  ARABIC_USE_EXTRA_LETTERS,
  HAMZA_CARRIER_FOLDS,
  HAMZA_COMPOSITIONS,
  LOOKALIKE_FOLDS,
  TATWEEL,
  TEH_MARBUTA_FORMS,
  YA,
} from './data/letters.js';
import { PRESENTATION_OVERRIDES, PRESENTATION_RANGES } from './data/presentation.js';
import {
  ARABIC_DECIMAL_SEPARATOR,
  ARABIC_INDIC_ZERO,
  ARABIC_THOUSANDS_SEPARATOR,
  EMOJI_CONTEXT_RANGES,
  EXTENDED_DIGIT_ZERO,
  HORIZONTAL_SPACES,
  INVISIBLE_CONTROLS,
  LINE_BREAKS,
  PUNCTUATION_FOLDS,
  ZWJ,
  ZWNJ,
} from './data/symbols.js';

/** Role bits of a code unit. A unit with no enabled role is copied unchanged. @internal */
export const Role = {
  Presentation: 0x1,
  Lookalike: 0x2,
  ComposeBase: 0x4,
  Tatweel: 0x8,
  Invisible: 0x10,
  Space: 0x20,
  LineBreak: 0x40,
  Mark: 0x80,
  AstralMarkHigh: 0x100,
  Alef: 0x200,
  AlefMaksura: 0x400,
  TehMarbuta: 0x800,
  HamzaCarrier: 0x1000,
  ArabicDigit: 0x2000,
  AsciiDigit: 0x4000,
  DigitSeparator: 0x8000,
  Punctuation: 0x10000,
  Letter: 0x20000,
  Ya: 0x40000,
  Surrogate: 0x80000,
  LowCccMark: 0x100000,
  EmojiContext: 0x200000,
  NonArabicLetter: 0x400000,
  ComposingMark: 0x800000,
} as const;

function buildRoles(): Uint32Array {
  const roles = new Uint32Array(0x10000);
  const set = (c: number, bit: number): void => {
    roles[c] = (roles[c] as number) | bit;
  };
  const setRange = (a: number, b: number, bit: number): void => {
    for (let c = a; c <= b; c++) set(c, bit);
  };
  for (const [a, b] of PRESENTATION_RANGES) {
    for (let c = a; c <= b; c++) if (PRESENTATION_START[c - PRESENTATION_FIRST] !== NO_EXPANSION) set(c, Role.Presentation);
  }
  for (const [c] of LOOKALIKE_FOLDS) set(c, Role.Lookalike);
  for (const [base] of HAMZA_COMPOSITIONS) set(base, Role.ComposeBase);
  for (const [c, to] of LOOKALIKE_FOLDS) {
    if (to.length === 1 && COMPOSE_BY_BASE.has(to.charCodeAt(0))) set(c, Role.ComposeBase);
  }
  for (const [, mark] of HAMZA_COMPOSITIONS) set(mark, Role.ComposingMark);
  set(TATWEEL, Role.Tatweel);
  for (const c of INVISIBLE_CONTROLS) set(c, Role.Invisible);
  set(ZWNJ, Role.Invisible);
  set(ZWJ, Role.Invisible);
  for (const c of HORIZONTAL_SPACES) set(c, Role.Space);
  for (const c of LINE_BREAKS) set(c, Role.LineBreak);
  for (const [a, b] of ARABIC_MARK_RANGES) setRange(a, b, Role.Mark);
  for (const [a, b] of LOW_CCC_MARK_RANGES) setRange(a, b, Role.LowCccMark);
  set(0xd803, Role.AstralMarkHigh);
  for (const c of ALEF_VARIANTS) set(c, Role.Alef);
  set(ALEF_MAKSURA, Role.AlefMaksura);
  for (const c of TEH_MARBUTA_FORMS) set(c, Role.TehMarbuta);
  for (const [c] of HAMZA_CARRIER_FOLDS) set(c, Role.HamzaCarrier);
  setRange(ARABIC_INDIC_ZERO, ARABIC_INDIC_ZERO + 9, Role.ArabicDigit);
  setRange(EXTENDED_DIGIT_ZERO, EXTENDED_DIGIT_ZERO + 9, Role.ArabicDigit);
  setRange(0x30, 0x39, Role.AsciiDigit);
  set(ARABIC_DECIMAL_SEPARATOR, Role.DigitSeparator);
  set(ARABIC_THOUSANDS_SEPARATOR, Role.DigitSeparator);
  for (const [c] of PUNCTUATION_FOLDS) set(c, Role.Punctuation);
  for (const [a, b] of ARABIC_LETTER_RANGES) setRange(a, b, Role.Letter);
  for (const [a, b] of ARABIC_LETTER_RANGES) {
    for (let c = a; c <= b; c++) {
      const basic = (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || ARABIC_USE_EXTRA_LETTERS.includes(c);
      if (!basic) set(c, Role.NonArabicLetter);
    }
  }
  set(YA, Role.Ya);
  setRange(0xd800, 0xdfff, Role.Surrogate);
  for (const [a, b] of EMOJI_CONTEXT_RANGES) setRange(a, b, Role.EmojiContext);
  return roles;
}

/** Sentinel for "no expansion" in {@link PRESENTATION_START}. @internal */
export const NO_EXPANSION = 0xffff;
/** First code unit covered by the presentation tables. @internal */
export const PRESENTATION_FIRST = 0xfb50;
const PRESENTATION_LAST = 0xfefc;

interface Expansions {
  readonly start: Uint16Array;
  readonly length: Uint8Array;
  readonly pool: Uint16Array;
}

function presentationExpansion(c: number): string | undefined {
  for (const [cp, text] of PRESENTATION_OVERRIDES) if (cp === c) return text;
  const ch = String.fromCharCode(c);
  let nfkc = ch.normalize('NFKC');
  if (nfkc === ch) return undefined;
  if (nfkc.charCodeAt(0) === 0x20) nfkc = nfkc.slice(1); // FE70, FC5E…: space + mark → the mark
  return nfkc;
}

function buildExpansions(): Expansions {
  const size = PRESENTATION_LAST - PRESENTATION_FIRST + 1;
  const start = new Uint16Array(size).fill(NO_EXPANSION);
  const length = new Uint8Array(size);
  const units: number[] = [];
  for (const [a, b] of PRESENTATION_RANGES) {
    for (let c = a; c <= b; c++) {
      const exp = presentationExpansion(c);
      if (exp === undefined) continue;
      start[c - PRESENTATION_FIRST] = units.length;
      length[c - PRESENTATION_FIRST] = exp.length;
      for (let k = 0; k < exp.length; k++) units.push(exp.charCodeAt(k));
    }
  }
  return { start, length, pool: Uint16Array.from(units) };
}

const COMPOSE_BY_BASE: ReadonlyMap<number, readonly (readonly [number, number])[]> = (() => {
  const m = new Map<number, [number, number][]>();
  for (const [base, mark, composed] of HAMZA_COMPOSITIONS) {
    const list = m.get(base) ?? [];
    list.push([mark, composed]);
    m.set(base, list);
  }
  return m;
})();

const EXPANSIONS = buildExpansions();
/** Index into {@link PRESENTATION_POOL} of each presentation form's expansion. @internal */
export const PRESENTATION_START: Uint16Array = EXPANSIONS.start;
/** Length of each presentation form's expansion. @internal */
export const PRESENTATION_LENGTH: Uint8Array = EXPANSIONS.length;
/** All expansions, concatenated. @internal */
export const PRESENTATION_POOL: Uint16Array = EXPANSIONS.pool;

/** Role bits of every code unit. @internal */
export const ROLES: Uint32Array = buildRoles();

/** Offset of the small per-unit tables covering the Arabic blocks U+0600–U+08FF. @internal */
export const ARABIC_BLOCK_FIRST = 0x0600;
const ARABIC_BLOCK_SIZE = 0x0300;

function buildMarkClasses(): Uint8Array {
  const t = new Uint8Array(ARABIC_BLOCK_SIZE);
  for (const [a, b, cls] of ARABIC_MARK_RANGES) for (let c = a; c <= b; c++) t[c - ARABIC_BLOCK_FIRST] = cls;
  return t;
}
/** Mark class of each unit of U+0600–U+08FF (0 for non-marks). @internal */
export const MARK_CLASS: Uint8Array = buildMarkClasses();

function buildSingleFolds(): Uint16Array {
  // One-unit folds of U+0600–U+08FF (0 = none), by rule; index = rule slot * size + unit offset.
  const t = new Uint16Array(ARABIC_BLOCK_SIZE * FOLD_SLOTS);
  const put = (slot: number, from: number, to: number): void => {
    t[slot * ARABIC_BLOCK_SIZE + from - ARABIC_BLOCK_FIRST] = to;
  };
  for (const c of ALEF_VARIANTS) put(FoldSlot.Alef, c, ALEF);
  for (const c of TEH_MARBUTA_FORMS) put(FoldSlot.TehMarbuta, c, 0x0647);
  for (const [c, to] of HAMZA_CARRIER_FOLDS) put(FoldSlot.Hamza, c, to);
  for (const [c, to] of PUNCTUATION_FOLDS) put(FoldSlot.Punctuation, c, to);
  return t;
}
/** Slots of {@link SINGLE_FOLDS}. @internal */
export const FoldSlot = { Alef: 0, TehMarbuta: 1, Hamza: 2, Punctuation: 3 } as const;
const FOLD_SLOTS = 4;
/** One-unit folds by slot. @internal */
export const SINGLE_FOLDS: Uint16Array = buildSingleFolds();
/** Size of one slot of {@link SINGLE_FOLDS}. @internal */
export const FOLD_SLOT_SIZE: number = ARABIC_BLOCK_SIZE;

function buildLookalikes(): readonly string[] {
  const t: string[] = new Array<string>(ARABIC_BLOCK_SIZE).fill('');
  for (const [c, to] of LOOKALIKE_FOLDS) t[c - ARABIC_BLOCK_FIRST] = to;
  return Object.freeze(t);
}
/** Look-alike fold of each unit of U+0600–U+08FF ('' = none). @internal */
export const LOOKALIKE_TO: readonly string[] = buildLookalikes();

/**
 * The letter that `base` followed by the combining `mark` composes to, or 0.
 * @internal
 */
export function composeWith(base: number, mark: number): number {
  const list = COMPOSE_BY_BASE.get(base);
  if (list === undefined) return 0;
  for (const [m, composed] of list) if (m === mark) return composed;
  return 0;
}

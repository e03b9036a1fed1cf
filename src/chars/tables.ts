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

// Role bits of a code unit; a unit with no enabled role is copied unchanged.
/** Role: an Arabic presentation form with a decomposition. @internal */
export const ROLE_PRESENTATION = 0x1;
/** Role: a Persian/Urdu look-alike letter. @internal */
export const ROLE_LOOKALIKE = 0x2;
/** Role: a letter that composes with a following hamza/madda (or folds to one). @internal */
export const ROLE_COMPOSE_BASE = 0x4;
/** Role: tatweel. @internal */
export const ROLE_TATWEEL = 0x8;
/** Role: an invisible control (ZWNJ and ZWJ included). @internal */
export const ROLE_INVISIBLE = 0x10;
/** Role: a horizontal space. @internal */
export const ROLE_SPACE = 0x20;
/** Role: a line break. @internal */
export const ROLE_LINE_BREAK = 0x40;
/** Role: an Arabic combining mark of the BMP. @internal */
export const ROLE_MARK = 0x80;
/** Role: the high surrogate of the astral Arabic marks. @internal */
export const ROLE_ASTRAL_MARK_HIGH = 0x100;
/** Role: an alef variant. @internal */
export const ROLE_ALEF = 0x200;
/** Role: alef maksura. @internal */
export const ROLE_ALEF_MAKSURA = 0x400;
/** Role: teh marbuta. @internal */
export const ROLE_TEH_MARBUTA = 0x800;
/** Role: a hamza carrier. @internal */
export const ROLE_HAMZA_CARRIER = 0x1000;
/** Role: an Arabic-Indic or Persian digit. @internal */
export const ROLE_ARABIC_DIGIT = 0x2000;
/** Role: an ASCII digit. @internal */
export const ROLE_ASCII_DIGIT = 0x4000;
/** Role: an Arabic decimal or thousands separator. @internal */
export const ROLE_DIGIT_SEPARATOR = 0x8000;
/** Role: Arabic punctuation with an ASCII fold. @internal */
export const ROLE_PUNCTUATION = 0x10000;
/** Role: an Arabic-script letter. @internal */
export const ROLE_LETTER = 0x20000;
/** Role: ya (final ya → alef maksura). @internal */
export const ROLE_YA = 0x40000;
/** Role: a surrogate code unit. @internal */
export const ROLE_SURROGATE = 0x80000;
/** Role: a mark of combining class below 220. @internal */
export const ROLE_LOW_CCC_MARK = 0x100000;
/** Role: a unit that can border a ZWJ in an emoji sequence. @internal */
export const ROLE_EMOJI_CONTEXT = 0x200000;
/** Role: an Arabic-script letter standard Arabic does not use. @internal */
export const ROLE_NON_ARABIC_LETTER = 0x400000;
/** Role: combining madda or hamza above/below. @internal */
export const ROLE_COMPOSING_MARK = 0x800000;

function buildRoles(): Uint32Array {
  const roles = new Uint32Array(0x10000);
  const set = (c: number, bit: number): void => {
    roles[c] = (roles[c] as number) | bit;
  };
  const setRange = (a: number, b: number, bit: number): void => {
    for (let c = a; c <= b; c++) set(c, bit);
  };
  for (const [a, b] of PRESENTATION_RANGES) {
    for (let c = a; c <= b; c++) if (PRESENTATION_START[c - PRESENTATION_FIRST] !== NO_EXPANSION) set(c, ROLE_PRESENTATION);
  }
  for (const [c] of LOOKALIKE_FOLDS) set(c, ROLE_LOOKALIKE);
  for (const [base] of HAMZA_COMPOSITIONS) set(base, ROLE_COMPOSE_BASE);
  for (const [c, to] of LOOKALIKE_FOLDS) {
    if (to.length === 1 && COMPOSE_BY_BASE.has(to.charCodeAt(0))) set(c, ROLE_COMPOSE_BASE);
  }
  for (const [, mark] of HAMZA_COMPOSITIONS) set(mark, ROLE_COMPOSING_MARK);
  set(TATWEEL, ROLE_TATWEEL);
  for (const c of INVISIBLE_CONTROLS) set(c, ROLE_INVISIBLE);
  set(ZWNJ, ROLE_INVISIBLE);
  set(ZWJ, ROLE_INVISIBLE);
  for (const c of HORIZONTAL_SPACES) set(c, ROLE_SPACE);
  for (const c of LINE_BREAKS) set(c, ROLE_LINE_BREAK);
  for (const [a, b] of ARABIC_MARK_RANGES) setRange(a, b, ROLE_MARK);
  for (const [a, b] of LOW_CCC_MARK_RANGES) setRange(a, b, ROLE_LOW_CCC_MARK);
  set(0xd803, ROLE_ASTRAL_MARK_HIGH);
  for (const c of ALEF_VARIANTS) set(c, ROLE_ALEF);
  set(ALEF_MAKSURA, ROLE_ALEF_MAKSURA);
  for (const c of TEH_MARBUTA_FORMS) set(c, ROLE_TEH_MARBUTA);
  for (const [c] of HAMZA_CARRIER_FOLDS) set(c, ROLE_HAMZA_CARRIER);
  setRange(ARABIC_INDIC_ZERO, ARABIC_INDIC_ZERO + 9, ROLE_ARABIC_DIGIT);
  setRange(EXTENDED_DIGIT_ZERO, EXTENDED_DIGIT_ZERO + 9, ROLE_ARABIC_DIGIT);
  setRange(0x30, 0x39, ROLE_ASCII_DIGIT);
  set(ARABIC_DECIMAL_SEPARATOR, ROLE_DIGIT_SEPARATOR);
  set(ARABIC_THOUSANDS_SEPARATOR, ROLE_DIGIT_SEPARATOR);
  for (const [c] of PUNCTUATION_FOLDS) set(c, ROLE_PUNCTUATION);
  for (const [a, b] of ARABIC_LETTER_RANGES) setRange(a, b, ROLE_LETTER);
  for (const [a, b] of ARABIC_LETTER_RANGES) {
    for (let c = a; c <= b; c++) {
      const basic = (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || ARABIC_USE_EXTRA_LETTERS.includes(c);
      if (!basic) set(c, ROLE_NON_ARABIC_LETTER);
    }
  }
  set(YA, ROLE_YA);
  setRange(0xd800, 0xdfff, ROLE_SURROGATE);
  for (const [a, b] of EMOJI_CONTEXT_RANGES) setRange(a, b, ROLE_EMOJI_CONTEXT);
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

/**
 * Resolution of a profile name or option object into the engine's immutable configuration.
 */
import { describeType } from './check.js';
import { MarkClass } from './data/marks.js';
import { PROFILE_NAMES, PROFILE_RULES } from './rules.js';
import { ALEF, HEH, YA } from './data/letters.js';
import { ARABIC_INDIC_ZERO, EXTENDED_DIGIT_ZERO } from './data/symbols.js';
import {
  ARABIC_BLOCK_FIRST,
  FOLD_SLOT_SIZE,
  FoldSlot,
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
  ROLE_LETTER,
  ROLE_LINE_BREAK,
  ROLE_LOOKALIKE,
  ROLE_MARK,
  ROLE_PRESENTATION,
  ROLE_PUNCTUATION,
  ROLE_SPACE,
  ROLE_SURROGATE,
  ROLE_TATWEEL,
  ROLE_TEH_MARBUTA,
  ROLE_YA,
  ROLES,
  SINGLE_FOLDS,
} from './tables.js';
import type { DiacriticsOptions, ProfileName, RuleName } from './types.js';
import { buildScanBits } from './scan.js';

/** Dagger alef handling when diacritics are stripped. @internal */
export const Dagger = { Keep: 0, Strip: 1, Alef: 2 } as const;
/** Direction of the `ya` rule. @internal */
export const YaMode = { Off: 0, ToYa: 1, ToAlefMaksura: 2 } as const;
/** Direction of the `digits` rule. @internal */
export const DigitMode = { Off: 0, Ascii: 1, ArabicIndic: 2 } as const;

/** The engine's resolved configuration. @internal */
export interface Config {
  readonly profile: ProfileName;
  /** The rules switched on, as given (diacritics may still keep every class). */
  readonly rules: ReadonlySet<RuleName>;
  /** Role bits that send a code unit to the slow path. */
  readonly mask: number;
  readonly presentationForms: boolean;
  readonly lookalikes: boolean;
  readonly compose: boolean;
  readonly tatweel: boolean;
  readonly invisibles: boolean;
  readonly whitespace: boolean;
  /** Bit `1 << MarkClass` set for each stripped class (dagger alef handled by `dagger`). */
  readonly stripMarks: number;
  readonly dagger: (typeof Dagger)[keyof typeof Dagger];
  readonly alef: boolean;
  readonly ya: (typeof YaMode)[keyof typeof YaMode];
  readonly tehMarbuta: boolean;
  readonly hamza: boolean;
  readonly digits: (typeof DigitMode)[keyof typeof DigitMode];
  readonly punctuation: boolean;
  readonly elongation: boolean;
  /**
   * The one-unit folds of U+0600–U+06FF under this configuration (alef, alef maksura, teh marbuta,
   * hamza carriers, digits, punctuation), indexed by `unit - 0x600`; identity elsewhere.
   */
  readonly folds: Uint16Array;
  /** Scan bits of each unit kind for the fast-path scan and copy loop (see scan.ts). */
  readonly scanBits: Int32Array;
}

const BOOLEAN_RULES = [
  'presentationForms',
  'lookalikes',
  'compose',
  'tatweel',
  'invisibles',
  'whitespace',
  'alef',
  'tehMarbuta',
  'hamza',
  'punctuation',
  'elongation',
] as const;

const DIACRITIC_KEYS: readonly (keyof DiacriticsOptions)[] = [
  'keepHarakat',
  'keepTanween',
  'keepShadda',
  'keepSukun',
  'keepMaddaHamza',
  'keepQuranic',
  'daggerAlef',
];

const OPTION_KEYS: ReadonlySet<string> = new Set<string>(['profile', ...BOOLEAN_RULES, 'diacritics', 'ya', 'digits']);

function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : describeType(value);
}

/**
 * A rule with a direction (`ya`, `digits`): off (0), the default direction (1, also `true`) or the
 * reverse one (2); `undefined` takes the profile's setting.
 */
function directedMode(fn: string, name: string, value: unknown, baseOn: boolean, forward: string, reverse: string): 0 | 1 | 2 {
  if (value === undefined) return baseOn ? 1 : 0;
  if (value === true || value === forward) return 1;
  if (value === false) return 0;
  if (value === reverse) return 2;
  throw new RangeError(`${fn}: option '${name}' must be a boolean, '${forward}' or '${reverse}', received ${show(value)}`);
}


function flag(fn: string, name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new TypeError(`${fn}: option '${name}' must be a boolean, received ${describeType(value)}`);
  return value;
}

function resolveDiacritics(fn: string, value: unknown, on: boolean): { strip: number; dagger: Config['dagger'] } {
  if (value === undefined || typeof value === 'boolean') {
    const enabled = value ?? on;
    return enabled ? { strip: allClasses(), dagger: Dagger.Strip } : { strip: 0, dagger: Dagger.Keep };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${fn}: option 'diacritics' must be a boolean or an object, received ${describeType(value)}`);
  }
  const o = value as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!(DIACRITIC_KEYS as readonly string[]).includes(key)) throw new RangeError(`${fn}: unknown option 'diacritics.${key}'`);
  }
  let strip = 0;
  const keep = (key: keyof DiacriticsOptions, cls: MarkClass): void => {
    if (!flag(fn, `diacritics.${key}`, o[key], false)) strip |= 1 << cls;
  };
  keep('keepHarakat', MarkClass.Harakat);
  keep('keepTanween', MarkClass.Tanween);
  keep('keepShadda', MarkClass.Shadda);
  keep('keepSukun', MarkClass.Sukun);
  keep('keepMaddaHamza', MarkClass.MaddaHamza);
  keep('keepQuranic', MarkClass.Quranic);
  const d = o['daggerAlef'];
  let dagger: Config['dagger'] = Dagger.Strip;
  if (d === 'keep') dagger = Dagger.Keep;
  else if (d === 'alef') dagger = Dagger.Alef;
  else if (d !== undefined && d !== 'strip') {
    throw new RangeError(`${fn}: option 'diacritics.daggerAlef' must be 'strip', 'keep' or 'alef', received ${show(d)}`);
  }
  return { strip, dagger };
}

function allClasses(): number {
  let bits = 0;
  for (const cls of Object.values(MarkClass)) if (cls !== MarkClass.DaggerAlef) bits |= 1 << cls;
  return bits;
}

function build(fn: string, profile: ProfileName, o: Readonly<Record<string, unknown>>): Config {
  const base = new Set<RuleName>(PROFILE_RULES[profile]);
  const on = (name: RuleName): boolean => flag(fn, name, o[name], base.has(name));
  const presentationForms = on('presentationForms');
  const lookalikes = on('lookalikes');
  const compose = on('compose');
  const tatweel = on('tatweel');
  const invisibles = on('invisibles');
  const whitespace = on('whitespace');
  const alef = on('alef');
  const tehMarbuta = on('tehMarbuta');
  const hamza = on('hamza');
  const punctuation = on('punctuation');
  const elongation = on('elongation');
  const { strip, dagger } = resolveDiacritics(fn, o['diacritics'], base.has('diacritics'));
  const diacriticsOn = o['diacritics'] === undefined ? base.has('diacritics') : o['diacritics'] !== false;

  const ya: Config['ya'] = directedMode(fn, 'ya', o['ya'], base.has('ya'), 'ya', 'alef-maksura');
  const digits: Config['digits'] = directedMode(fn, 'digits', o['digits'], base.has('digits'), 'ascii', 'arabic-indic');

  let mask = ROLE_SURROGATE;
  if (presentationForms) mask |= ROLE_PRESENTATION;
  if (lookalikes) mask |= ROLE_LOOKALIKE;
  if (compose) mask |= ROLE_COMPOSE_BASE | ROLE_COMPOSING_MARK;
  if (tatweel) mask |= ROLE_TATWEEL;
  if (invisibles) mask |= ROLE_INVISIBLE;
  if (whitespace) mask |= ROLE_SPACE | ROLE_LINE_BREAK;
  if (strip !== 0 || dagger !== Dagger.Keep) mask |= ROLE_MARK | ROLE_ASTRAL_MARK_HIGH;
  if (alef) mask |= ROLE_ALEF;
  if (ya === YaMode.ToYa) mask |= ROLE_ALEF_MAKSURA;
  if (ya === YaMode.ToAlefMaksura) mask |= ROLE_YA;
  if (tehMarbuta) mask |= ROLE_TEH_MARBUTA;
  if (hamza) mask |= ROLE_HAMZA_CARRIER;
  if (digits === DigitMode.Ascii) mask |= ROLE_ARABIC_DIGIT | ROLE_DIGIT_SEPARATOR;
  if (digits === DigitMode.ArabicIndic) mask |= ROLE_ARABIC_DIGIT | ROLE_ASCII_DIGIT;
  if (punctuation) mask |= ROLE_PUNCTUATION;
  if (elongation) mask |= ROLE_LETTER;

  const rules = new Set<RuleName>();
  const flags: Readonly<Record<RuleName, boolean>> = {
    presentationForms,
    lookalikes,
    compose,
    tatweel,
    invisibles,
    whitespace,
    diacritics: diacriticsOn,
    alef,
    ya: ya !== YaMode.Off,
    tehMarbuta,
    hamza,
    digits: digits !== DigitMode.Off,
    punctuation,
    elongation,
  };
  for (const [name, enabled] of Object.entries(flags) as [RuleName, boolean][]) if (enabled) rules.add(name);

  const folds = buildFolds(mask, digits);
  return Object.freeze({
    profile,
    rules,
    mask,
    presentationForms,
    lookalikes,
    compose,
    tatweel,
    invisibles,
    whitespace,
    stripMarks: strip,
    dagger,
    alef,
    ya,
    tehMarbuta,
    hamza,
    digits,
    punctuation,
    elongation,
    folds,
    scanBits: buildScanBits(
      {
        mask,
        stripMarks: strip,
        daggerStrip: dagger === Dagger.Strip,
        daggerAlef: dagger === Dagger.Alef,
        inlineFolds: ya !== YaMode.ToAlefMaksura && !elongation,
      },
      folds,
    ),
  });
}

function buildFolds(mask: number, digits: Config['digits']): Uint16Array {
  const folds = new Uint16Array(0x100);
  for (let k = 0; k < 0x100; k++) {
    const c = ARABIC_BLOCK_FIRST + k;
    const r = (ROLES[c] as number) & mask;
    let u = c;
    if ((r & ROLE_ALEF) !== 0) u = ALEF;
    else if ((r & ROLE_ALEF_MAKSURA) !== 0) u = YA;
    else if ((r & ROLE_TEH_MARBUTA) !== 0) u = HEH;
    else if ((r & ROLE_HAMZA_CARRIER) !== 0) u = SINGLE_FOLDS[FoldSlot.Hamza * FOLD_SLOT_SIZE + k] as number;
    else if ((r & ROLE_ARABIC_DIGIT) !== 0) {
      const zero = c >= EXTENDED_DIGIT_ZERO ? EXTENDED_DIGIT_ZERO : ARABIC_INDIC_ZERO;
      u = c - zero + (digits === DigitMode.Ascii ? 0x30 : ARABIC_INDIC_ZERO);
    } else if ((r & ROLE_PUNCTUATION) !== 0) u = SINGLE_FOLDS[FoldSlot.Punctuation * FOLD_SLOT_SIZE + k] as number;
    folds[k] = u;
  }
  return folds;
}

function checkProfile(fn: string, value: unknown): ProfileName {
  if (typeof value === 'string' && (PROFILE_NAMES as readonly string[]).includes(value)) return value as ProfileName;
  if (typeof value === 'string') {
    throw new RangeError(`${fn}: option 'profile' must be one of ${PROFILE_NAMES.join(', ')}, received '${value}'`);
  }
  throw new TypeError(`${fn}: option 'profile' must be a string, received ${describeType(value)}`);
}

const PRESETS: Readonly<Record<ProfileName, Config>> = Object.freeze({
  light: build('normalize', 'light', {}),
  ml: build('normalize', 'ml', {}),
  search: build('normalize', 'search', {}),
});

/**
 * Resolves `options` (a profile name, an option object or `undefined`) for the function `fn`
 * (named in error messages).
 * @internal
 */
export function resolveConfig(fn: string, options: unknown): Config {
  if (options === undefined) return PRESETS.light;
  if (typeof options === 'string') return PRESETS[checkProfile(fn, options)];
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`${fn}: options must be a profile name or an object, received ${describeType(options)}`);
  }
  const o = options as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(o)) {
    if (!OPTION_KEYS.has(key)) throw new RangeError(`${fn}: unknown option '${key}'`);
  }
  const profile = o['profile'] === undefined ? 'light' : checkProfile(fn, o['profile']);
  if (Object.keys(o).every((k) => k === 'profile' || o[k] === undefined)) return PRESETS[profile];
  return build(fn, profile, o);
}

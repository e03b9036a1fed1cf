/**
 * Names of the built-in normalization profiles.
 *
 * - `light` (default): encoding repair only, lossless for Arabic text.
 * - `ml`: `light` plus diacritic stripping, for model input.
 * - `search`: `ml` plus alef/ya/teh-marbuta/hamza folds, ASCII digits and punctuation.
 *
 * @example
 * ```ts
 * import { normalize, type ProfileName } from 'tanqih';
 * const profile: ProfileName = 'search';
 * normalize('أَحْمَد', profile); // => 'احمد'
 * ```
 */
export type ProfileName = 'light' | 'ml' | 'search';

/**
 * Sub-switches of the `diacritics` rule. Every class is stripped unless its `keep…` switch is set.
 *
 * @example
 * ```ts
 * import { normalize } from 'tanqih';
 * normalize('شَدَّ', { profile: 'ml', diacritics: { keepShadda: true } }); // => 'شدّ'
 * ```
 */
export interface DiacriticsOptions {
  /** Keep fatha, damma, kasra (U+064E–U+0650) and their small forms (U+0618–U+061A). */
  readonly keepHarakat?: boolean;
  /** Keep tanween (U+064B–U+064D) and open tanween (U+08F0–U+08F2). */
  readonly keepTanween?: boolean;
  /** Keep shadda U+0651. */
  readonly keepShadda?: boolean;
  /** Keep sukun U+0652. */
  readonly keepSukun?: boolean;
  /**
   * Keep combining madda U+0653 and hamza U+0654/U+0655/U+065F that did not compose with their
   * letter (composable ones always become the precomposed letter first).
   */
  readonly keepMaddaHamza?: boolean;
  /** Keep Quranic annotation marks and the rarer vowel signs (the rest of the Arabic marks). */
  readonly keepQuranic?: boolean;
  /**
   * Dagger (superscript) alef U+0670: `'strip'` (default, هٰذا → هذا), `'keep'`, or `'alef'`:
   * between two letters of a word it becomes ا (ٱلسَّمَٰوَٰتِ → السماوات, for classical text;
   * note هٰذا then gives هاذا), elsewhere it is stripped.
   */
  readonly daggerAlef?: 'strip' | 'keep' | 'alef';
}

/**
 * Options for {@link normalize}: a profile plus one override per rule. An override set to `false`
 * switches the rule off; `true` switches it on (with its default direction, where it has one).
 * See {@link describeNormalization} for each rule's safety class.
 *
 * @example
 * ```ts
 * import { normalize } from 'tanqih';
 * normalize('مدرسة', { profile: 'search', tehMarbuta: false }); // => 'مدرسة'
 * ```
 */
export interface NormalizeOptions {
  /** The base profile; defaults to `light`. */
  readonly profile?: ProfileName;
  /** Encoding repair: map Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) to letters. */
  readonly presentationForms?: boolean;
  /** Encoding repair: fold Persian/Urdu look-alike letters (ک ی ے ہ ۀ ە ھ) to Arabic ones. */
  readonly lookalikes?: boolean;
  /** Encoding repair: compose a letter with a following combining hamza/madda (ا + ٔ → أ). */
  readonly compose?: boolean;
  /** Encoding repair: delete tatweel (kashida) U+0640. */
  readonly tatweel?: boolean;
  /**
   * Encoding repair: delete invisible controls (bidi marks, ZWSP, BOM, soft hyphen…). ZWNJ is kept
   * between two letters of a word written with a non-Arabic letter (Persian/Urdu), ZWJ inside
   * emoji sequences; both are deleted elsewhere.
   */
  readonly invisibles?: boolean;
  /**
   * Encoding repair: exotic spaces and tabs → space, runs collapse to one space, CRLF/CR → LF,
   * spaces at line ends and line starts go, at most one blank line in a row.
   */
  readonly whitespace?: boolean;
  /** Folding: strip Arabic diacritics; an object keeps chosen classes. */
  readonly diacritics?: boolean | DiacriticsOptions;
  /** Folding: أ إ آ ٱ ٲ ٳ → ا. */
  readonly alef?: boolean;
  /**
   * Folding: `true`/`'ya'` turns ى into ي; `'alef-maksura'` turns a word-final ي into ى (the
   * Egyptian spelling على/إلى written علي/إلي is then matched).
   */
  readonly ya?: boolean | 'ya' | 'alef-maksura';
  /** Folding: ة ۃ → ه. */
  readonly tehMarbuta?: boolean;
  /** Folding: ؤ → و, ئ → ي (bare ء is kept). */
  readonly hamza?: boolean;
  /**
   * Folding: `true`/`'ascii'` turns Arabic-Indic and Persian digits into 0–9 (and ٫ ٬ between
   * digits into `.` `,`); `'arabic-indic'` turns ASCII and Persian digits into ٠–٩.
   */
  readonly digits?: boolean | 'ascii' | 'arabic-indic';
  /** Folding: ، ؛ ؟ ٪ ٭ ۔ → , ; ? % * . (everywhere, also between digits). */
  readonly punctuation?: boolean;
  /**
   * Folding, off in every profile: a run of 3 or more of the same Arabic letter becomes one
   * (جميييل → جميل). Digits and Latin text (URLs) are never touched.
   */
  readonly elongation?: boolean;
}

/**
 * The result of {@link normalizeWithOffsets}: the normalized text and, for each of its UTF-16 code
 * units, the index in the input of the character that produced it.
 *
 * @example
 * ```ts
 * import { normalizeWithOffsets } from 'tanqih';
 * const { text, offsets } = normalizeWithOffsets('كتـاب');
 * text; // => 'كتاب'
 * Array.from(offsets); // => [0, 1, 3, 4, 5]
 * ```
 */
export interface NormalizedText {
  /** The normalized text. */
  readonly text: string;
  /**
   * `offsets.length === text.length + 1`; `offsets[i]` is the input index of the source of output
   * unit `i`; `offsets[text.length]` is the input's length. Monotonic non-decreasing.
   */
  readonly offsets: Uint32Array;
}

/**
 * Names of the normalization rules; each is also the name of its override in
 * {@link NormalizeOptions}.
 *
 * @example
 * ```ts
 * import type { RuleName } from 'tanqih';
 * const rule: RuleName = 'tehMarbuta';
 * rule; // => 'tehMarbuta'
 * ```
 */
export type RuleName =
  | 'presentationForms'
  | 'lookalikes'
  | 'compose'
  | 'tatweel'
  | 'invisibles'
  | 'whitespace'
  | 'diacritics'
  | 'alef'
  | 'ya'
  | 'tehMarbuta'
  | 'hamza'
  | 'digits'
  | 'punctuation'
  | 'elongation';

/**
 * Safety class of a rule: `encoding-repair` keeps every linguistic distinction of Arabic text;
 * `folding` discards one (a lossy, opt-in transformation).
 *
 * @example
 * ```ts
 * import { describeNormalization } from 'tanqih';
 * const rule = describeNormalization('search').rules.find((r) => r.name === 'alef');
 * rule?.safety; // => 'folding'
 * ```
 */
export type SafetyClass = 'encoding-repair' | 'folding';

/**
 * A normalization rule: its name (also its option), safety class and a one-line summary.
 *
 * @example
 * ```ts
 * import { NORMALIZATION_RULES } from 'tanqih';
 * NORMALIZATION_RULES[0]; // => { name: 'presentationForms', safety: 'encoding-repair', summary: 'Arabic presentation forms and ligatures → letters (ﻷ → لأ, ﷲ → الله)' }
 * ```
 */
export interface RuleInfo {
  /** The rule's name, also its key in {@link NormalizeOptions}. */
  readonly name: RuleName;
  /** Whether the rule is lossless (`encoding-repair`) or lossy (`folding`). */
  readonly safety: SafetyClass;
  /** A one-line summary with an example. */
  readonly summary: string;
}

/**
 * What a profile or option set does: the rules it applies, in the engine's order, and whether
 * all of them are lossless.
 *
 * @example
 * ```ts
 * import { describeNormalization } from 'tanqih';
 * describeNormalization('light').lossless; // => true
 * describeNormalization('ml').lossless; // => false
 * ```
 */
export interface NormalizationDescription {
  /** The profile the options start from. */
  readonly profile: ProfileName;
  /** The rules applied, in the engine's order, each with its safety class. */
  readonly rules: readonly RuleInfo[];
  /** `true` when every applied rule is `encoding-repair`. */
  readonly lossless: boolean;
}

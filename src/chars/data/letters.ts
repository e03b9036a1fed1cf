/**
 * Letter tables: the Arabic-script letters, the look-alike folds, the linguistic folds and the
 * canonical compositions with combining hamza/madda. Pinned data, locked by tests.
 */

/** Inclusive ranges of Arabic-script letters (general category Lo). @internal */
export const ARABIC_LETTER_RANGES: readonly (readonly [number, number])[] = [
  [0x0620, 0x063f],
  [0x0641, 0x064a],
  [0x066e, 0x066f],
  [0x0671, 0x06d3],
  [0x06d5, 0x06d5],
  [0x06ee, 0x06ef],
  [0x06fa, 0x06fc],
  [0x06ff, 0x06ff],
  [0x0750, 0x077f],
  [0x0870, 0x0887],
  [0x0889, 0x088f],
  [0x08a0, 0x08c8],
];

/**
 * Letters that standard Arabic spelling uses, besides U+0621–U+063A and U+0641–U+064A: dotless
 * beh/qaf, alef wasla, and the Maghrebi ڤ ڨ ڭ. Any other Arabic-script letter marks a word as
 * Persian/Urdu (or another language), which decides the ZWNJ policy.
 * @internal
 */
export const ARABIC_USE_EXTRA_LETTERS: readonly number[] = [0x066e, 0x066f, 0x0671, 0x06a4, 0x06a8, 0x06ad];

/**
 * Look-alike letters of Persian/Urdu keyboards and their Arabic letters (encoding repair for
 * Arabic text). ۀ/ۂ keep their hamza as U+0654 above ه; ۓ becomes ئ.
 * @internal
 */
export const LOOKALIKE_FOLDS: readonly (readonly [number, string])[] = [
  [0x06a9, '\u0643'], // ک keheh → ك
  [0x06cc, '\u064a'], // ی farsi yeh → ي
  [0x06d2, '\u064a'], // ے yeh barree → ي
  [0x06d3, '\u0626'], // ۓ yeh barree with hamza → ئ
  [0x06c1, '\u0647'], // ہ heh goal → ه
  [0x06c2, '\u0647\u0654'], // ۂ heh goal with hamza → ه + hamza above
  [0x06c0, '\u0647\u0654'], // ۀ heh with yeh above (ە + hamza) → ه + hamza above
  [0x06d5, '\u0647'], // ە ae → ه
  [0x06be, '\u0647'], // ھ heh doachashmee → ه
];

/** Alef variants folded to bare alef ا by the `alef` rule. @internal */
export const ALEF_VARIANTS: readonly number[] = [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673];
/** Bare alef. @internal */
export const ALEF = 0x0627;
/** Alef maksura ى. @internal */
export const ALEF_MAKSURA = 0x0649;
/** Ya ي. @internal */
export const YA = 0x064a;
/** Heh ه. @internal */
export const HEH = 0x0647;
/** Teh marbuta ة and its Urdu form ۃ, folded to ه by the `tehMarbuta` rule. @internal */
export const TEH_MARBUTA_FORMS: readonly number[] = [0x0629, 0x06c3];
/** Hamza carriers and their bare letters (the `hamza` rule). Bare ء U+0621 is kept. @internal */
export const HAMZA_CARRIER_FOLDS: readonly (readonly [number, number])[] = [
  [0x0624, 0x0648], // ؤ → و
  [0x0626, 0x064a], // ئ → ي
];

/**
 * Canonical compositions of an Arabic letter with a following combining madda (U+0653), hamza
 * above (U+0654) or hamza below (U+0655): `[base, mark, composed]`, exactly NFC's.
 * @internal
 */
export const HAMZA_COMPOSITIONS: readonly (readonly [number, number, number])[] = [
  [0x0627, 0x0653, 0x0622],
  [0x0627, 0x0654, 0x0623],
  [0x0627, 0x0655, 0x0625],
  [0x0648, 0x0654, 0x0624],
  [0x064a, 0x0654, 0x0626],
  [0x06d5, 0x0654, 0x06c0],
  [0x06c1, 0x0654, 0x06c2],
  [0x06d2, 0x0654, 0x06d3],
];

/** Tatweel (kashida) U+0640. @internal */
export const TATWEEL = 0x0640;

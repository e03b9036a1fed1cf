/**
 * Arabic combining marks (general category Mn) and the classes the `diacritics` rule can keep
 * separately. Pinned to Unicode 17; `test/chars/tables.test.ts` checks every entry is `\p{Mn}`.
 */

/**
 * Classes of Arabic combining marks, as used by the `diacritics` sub-switches (bit positions).
 * @internal
 */
export const MarkClass = {
  Harakat: 1,
  Tanween: 2,
  Shadda: 3,
  Sukun: 4,
  MaddaHamza: 5,
  DaggerAlef: 6,
  Quranic: 7,
} as const;
/** One of the {@link MarkClass} values. @internal */
export type MarkClass = (typeof MarkClass)[keyof typeof MarkClass];

/**
 * Inclusive code-point ranges of the Arabic combining marks, with their class. Every mark of the
 * Arabic blocks not named in a narrower class is `Quranic` (annotation and rare vowel signs).
 * @internal
 */
export const ARABIC_MARK_RANGES: readonly (readonly [number, number, MarkClass])[] = [
  [0x0610, 0x0617, MarkClass.Quranic],
  [0x0618, 0x061a, MarkClass.Harakat], // small fatha, small damma, small kasra
  [0x064b, 0x064d, MarkClass.Tanween],
  [0x064e, 0x0650, MarkClass.Harakat],
  [0x0651, 0x0651, MarkClass.Shadda],
  [0x0652, 0x0652, MarkClass.Sukun],
  [0x0653, 0x0655, MarkClass.MaddaHamza],
  [0x0656, 0x065e, MarkClass.Quranic],
  [0x065f, 0x065f, MarkClass.MaddaHamza], // wavy hamza below
  [0x0670, 0x0670, MarkClass.DaggerAlef],
  [0x06d6, 0x06dc, MarkClass.Quranic],
  [0x06df, 0x06e4, MarkClass.Quranic],
  [0x06e7, 0x06e8, MarkClass.Quranic],
  [0x06ea, 0x06ed, MarkClass.Quranic],
  [0x0897, 0x089f, MarkClass.Quranic],
  [0x08ca, 0x08e1, MarkClass.Quranic],
  [0x08e3, 0x08ef, MarkClass.Quranic],
  [0x08f0, 0x08f2, MarkClass.Tanween], // open tanween
  [0x08f3, 0x08ff, MarkClass.Quranic],
];

/**
 * Astral Arabic marks U+10EFA–U+10EFF (Arabic Extended-C), written in UTF-16 as the high
 * surrogate U+D803 followed by a low surrogate in this range. Class `Quranic`.
 * @internal
 */
export const ASTRAL_MARK_HIGH = 0xd803;
/** @internal */
export const ASTRAL_MARK_LOW_FIRST = 0xdefa;
/** @internal */
export const ASTRAL_MARK_LOW_LAST = 0xdeff;

/**
 * Marks whose canonical combining class is below 220 (harakat, tanween, shadda, sukun, dagger
 * alef, small harakat, open tanween). In NFD text they sit between a letter and its combining
 * hamza/madda (NFD of أَ is ا + U+064E + U+0654), so composition looks past them.
 * @internal
 */
export const LOW_CCC_MARK_RANGES: readonly (readonly [number, number])[] = [
  [0x0618, 0x061a],
  [0x064b, 0x0652],
  [0x0670, 0x0670],
  [0x08f0, 0x08f2],
];

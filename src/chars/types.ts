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
 * Options for {@link normalize}: a profile plus one override per rule.
 * An override set to `false` switches the rule off; `true` switches it on.
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

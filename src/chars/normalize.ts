import { checkText } from './check.js';
import { resolveConfig } from './config.js';
import { runPass } from './engine.js';
import type { NormalizedText, NormalizeOptions, ProfileName } from './types.js';


/**
 * Normalizes Arabic text in one pass. The default profile, `light`, only repairs encoding
 * (presentation forms, look-alike letters, decomposed letters, tatweel, invisible controls,
 * whitespace) and is lossless; `ml` also strips diacritics; `search` also folds alef, ya, teh
 * marbuta and hamza carriers, digits and punctuation. Every rule can be overridden. Returns the
 * input itself when nothing changes.
 *
 * @param text - Any string (lone surrogates and non-Arabic text included).
 * @param options - A profile name or {@link NormalizeOptions}; defaults to `light`.
 * @returns The normalized text.
 * @throws TypeError when `text` is not a string; RangeError/TypeError for an invalid option.
 *
 * @example
 * ```ts
 * import { normalize } from 'tanqih';
 * normalize('كتـــاب  ﻷحمد'); // => 'كتاب لأحمد'
 * normalize('إلى المدرسةِ في ٢٠٢٤؟', 'search'); // => 'الي المدرسه في 2024?'
 * normalize('مدرسة', { profile: 'search', tehMarbuta: false }); // => 'مدرسة'
 * ```
 */
export function normalize(text: string, options?: NormalizeOptions | ProfileName): string {
  checkText('normalize', text);
  return runPass(text, resolveConfig('normalize', options), false).text;
}

/**
 * Normalizes like {@link normalize} and also returns, for each output code unit, the index in
 * the input of the character that produced it, so that hits found in the normalized text can be
 * mapped back (`input.slice(offsets[start], offsets[end])`, see docs/offsets.md).
 *
 * @param text - Any string.
 * @param options - A profile name or {@link NormalizeOptions}; defaults to `light`.
 * @returns The normalized text and its offsets (`offsets.length === text.length + 1`).
 * @throws TypeError when `text` is not a string; RangeError/TypeError for an invalid option.
 *
 * @example
 * ```ts
 * import { normalizeWithOffsets } from 'tanqih';
 * const input = 'قالَ الوزيـرُ';
 * const { text, offsets } = normalizeWithOffsets(input, 'search');
 * text; // => 'قال الوزير'
 * const start = text.indexOf('الوزير');
 * input.slice(offsets[start], offsets[start + 'الوزير'.length]); // => 'الوزيـرُ'
 * ```
 */
export function normalizeWithOffsets(text: string, options?: NormalizeOptions | ProfileName): NormalizedText {
  checkText('normalizeWithOffsets', text);
  const result = runPass(text, resolveConfig('normalizeWithOffsets', options), true);
  return { text: result.text, offsets: result.offsets as Uint32Array };
}

// PROVISIONAL placeholder with the final signatures; replaced by the single-pass engine.
import type { NormalizedText, NormalizeOptions, ProfileName } from './types.js';

/** @internal */
function isMark(c: number): boolean {
  return (c >= 0x610 && c <= 0x61a) || (c >= 0x64b && c <= 0x65f) || c === 0x670 || (c >= 0x6d6 && c <= 0x6ed);
}

/**
 * Normalizes Arabic text with offsets back to the input.
 *
 * @example
 * ```ts
 * import { normalizeWithOffsets } from 'tanqih';
 * normalizeWithOffsets('كتـاب').text; // => 'كتاب'
 * ```
 */
export function normalizeWithOffsets(
  text: string,
  options?: NormalizeOptions | ProfileName,
): NormalizedText {
  if (typeof text !== 'string') throw new TypeError(`normalizeWithOffsets: expected a string, received ${typeof text}`);
  const profile = typeof options === 'string' ? options : (options?.profile ?? 'light');
  const out: string[] = [];
  const offs: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c === 0x640 || c === 0x200e || c === 0x200f) continue;
    if (profile !== 'light' && isMark(c)) continue;
    if (profile === 'search') {
      if (c === 0x623 || c === 0x625 || c === 0x622 || c === 0x671) c = 0x627;
      else if (c === 0x649) c = 0x64a;
      else if (c === 0x629) c = 0x647;
      else if (c === 0x624) c = 0x648;
      else if (c === 0x626) c = 0x64a;
      else if (c >= 0x660 && c <= 0x669) c = c - 0x660 + 48;
    }
    out.push(String.fromCharCode(c));
    offs.push(i);
  }
  offs.push(text.length);
  return { text: out.join(''), offsets: Uint32Array.from(offs) };
}

/**
 * Normalizes Arabic text.
 *
 * @example
 * ```ts
 * import { normalize } from 'tanqih';
 * normalize('كتـاب'); // => 'كتاب'
 * ```
 */
export function normalize(text: string, options?: NormalizeOptions | ProfileName): string {
  if (typeof text !== 'string') throw new TypeError(`normalize: expected a string, received ${typeof text}`);
  return normalizeWithOffsets(text, options).text;
}

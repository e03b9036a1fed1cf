import { checkText } from './check.js';
import {
  ROLE_COMPOSING_MARK,
  ROLE_INVISIBLE,
  ROLE_LINE_BREAK,
  ROLE_MARK,
  ROLE_PRESENTATION,
  ROLE_SPACE,
  ROLE_SURROGATE,
  ROLE_TATWEEL,
  ROLES,
} from './tables.js';

/** Roles of a unit whose output may depend on what follows it, or may be empty. */
const UNSTABLE =
  ROLE_SPACE |
  ROLE_LINE_BREAK |
  ROLE_INVISIBLE |
  ROLE_TATWEEL |
  ROLE_MARK |
  ROLE_COMPOSING_MARK |
  ROLE_SURROGATE |
  ROLE_PRESENTATION;

/**
 * Whether `text` can be cut at `index` without changing the normalization: when it returns
 * `true`, for every profile and option set, `normalize(text, o) === normalize(text.slice(0,
 * index), o) + normalize(text.slice(index), o)`, and the offsets of the whole are those of the
 * two parts (the second shifted by `index`). True at 0 and `text.length`, and before a space or
 * LF that follows a visible character (not whitespace, a mark, tatweel, a control, a surrogate or
 * a presentation form). Useful to normalize a stream chunk by chunk.
 *
 * @param text - Any string.
 * @param index - A code-unit index, 0 ≤ index ≤ text.length (others give `false`).
 * @returns Whether the cut is safe.
 *
 * @example
 * ```ts
 * import { isNormalizationBoundary } from 'tanqih';
 * isNormalizationBoundary('قال الوزير', 3); // => true
 * isNormalizationBoundary('قال الوزير', 2); // => false
 * ```
 */
export function isNormalizationBoundary(text: string, index: number): boolean {
  checkText('isNormalizationBoundary', text);
  // Stryker disable next-line ConditionalExpression: equivalent. Out of range, charCodeAt gives NaN, which is no space or LF either.
  if (!Number.isInteger(index) || index < 0 || index > text.length) return false;
  if (index === 0 || index === text.length) return true;
  const c = text.charCodeAt(index);
  if (c !== 0x20 && c !== 0x0a) return false;
  return ((ROLES[text.charCodeAt(index - 1)] as number) & UNSTABLE) === 0;
}

/**
 * The largest index `i <= end` (default `text.length`) where {@link isNormalizationBoundary}
 * holds; 0 when there is none before `end`. A stream normalizer keeps `text.slice(i)` for the
 * next chunk and emits the normalization of `text.slice(0, i)`.
 *
 * @param text - Any string.
 * @param end - Where to start looking backwards; defaults to `text.length`.
 * @returns A safe cut index.
 *
 * @example
 * ```ts
 * import { lastNormalizationBoundary } from 'tanqih';
 * lastNormalizationBoundary('قال الوزير', 9); // => 3
 * lastNormalizationBoundary('كلمة'); // => 4
 * ```
 */
export function lastNormalizationBoundary(text: string, end?: number): number {
  checkText('lastNormalizationBoundary', text);
  let i = Math.min(text.length, Math.max(0, Math.floor(end ?? text.length)));
  if (i === text.length) return i;
  for (; i > 0; i--) if (isNormalizationBoundary(text, i)) return i;
  return 0;
}

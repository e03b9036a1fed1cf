import { describe, resolveOptions } from './options.js';
import { scan } from './scan.js';
import type { Removal, RemoveBoilerplateOptions, RemoveBoilerplateResult } from './types.js';

/**
 * Removes page furniture from scraped news text: «اقرأ أيضا» teaser blocks (own line or glued
 * inline), «المصدر» and «كلمات دلالية» lines, publication-date lines, datelines, share widgets,
 * copyright lines, photo notes and site residue. Markers are matched on `search`-normalized text,
 * so «إقرأ أيضاً:» and «اقرأ ايضا» match alike; offsets point into `text`.
 *
 * The returned `text` is `text` with every removed span cut out; a whole-line removal takes its
 * line break along. Text without boilerplate comes back unchanged.
 *
 * @param text - Raw article or page text.
 * @param options - Kinds to keep, site-specific markers.
 * @returns The cleaned text and the removed spans (sorted, non-overlapping).
 * @throws TypeError when `text` is not a string or an option has the wrong type; RangeError for an
 *   unknown kind.
 *
 * @example
 * ```ts
 * import { removeBoilerplate } from 'tanqih';
 * const page = 'ارتفعت الأسعار اليوم.\nاقرأ أيضاً:\nالذهب يتراجع\nوقال التجار إن الطلب قوي.';
 * removeBoilerplate(page).text; // => 'ارتفعت الأسعار اليوم.\nوقال التجار إن الطلب قوي.'
 * removeBoilerplate(page).removed; // => [{ start: 22, end: 47, kind: 'read-also' }]
 * ```
 */
export function removeBoilerplate(text: string, options?: RemoveBoilerplateOptions): RemoveBoilerplateResult {
  if (typeof text !== 'string') throw new TypeError(`removeBoilerplate: expected a string, received ${describe(text)}`);
  const resolved = resolveOptions('removeBoilerplate', options);
  const { findings } = scan(text, resolved);
  const removed: Removal[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const f of findings) {
    if (resolved.keep.has(f.kind)) continue;
    removed.push({ start: f.start, end: f.end, kind: f.kind });
    parts.push(text.slice(at, f.start));
    at = f.end;
  }
  if (removed.length === 0) return { text, removed };
  parts.push(text.slice(at));
  return { text: parts.join(''), removed };
}

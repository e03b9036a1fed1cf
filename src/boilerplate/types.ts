import type { Span } from '../types.js';

/**
 * What a removed piece of page furniture was.
 *
 * - `read-also`: a «اقرأ أيضا» / «قد يهمك» / «للمزيد:» marker with its teaser headline(s), or with
 *   a whole appended article;
 * - `related-list`: other headlines without a marker («مقالات أخرى للكاتب…»);
 * - `source`: a «المصدر: …» credit; `tags`: a «كلمات دلالية: …» / «سمات …» list;
 * - `publish-date`: a «تاريخ النشر: …» line; `dateline`: the opening credit «القاهرة - (أ ش أ) -»;
 * - `site-residue`: «AHDATH.INFO», wire end markers «// انتهى //», mastheads, permalinks;
 * - `share`: share widgets and app promos; `copyright`: «جميع الحقوق محفوظة»;
 * - `caption`: «(صورة أرشيفية)»; `other`: stand-alone bylines and the headline moved to `title`.
 *
 * @example
 * ```ts
 * import { removeBoilerplate, type BoilerplateKind } from 'tanqih';
 * const kinds: BoilerplateKind[] = removeBoilerplate('خبر قصير.\nالمصدر: وكالات').removed.map((r) => r.kind);
 * kinds; // => ['source']
 * ```
 */
export type BoilerplateKind =
  | 'read-also'
  | 'related-list'
  | 'source'
  | 'tags'
  | 'publish-date'
  | 'site-residue'
  | 'dateline'
  | 'share'
  | 'copyright'
  | 'caption'
  | 'other';

/**
 * One removed span of the input, with what it was.
 *
 * @example
 * ```ts
 * import { removeBoilerplate } from 'tanqih';
 * removeBoilerplate('خبر قصير.\nالمصدر: وكالات').removed; // => [{ start: 10, end: 24, kind: 'source' }]
 * ```
 */
export interface Removal extends Span {
  /** What the removed span was. */
  readonly kind: BoilerplateKind;
}

/**
 * A site-specific marker added to the built-in ones. It is matched on `search`-normalized text, so
 * hamza, diacritic and tatweel variants all match.
 *
 * @example
 * ```ts
 * import { removeBoilerplate, type SiteMarker } from 'tanqih';
 * const marker: SiteMarker = { text: 'تابعنا على', kind: 'share' };
 * removeBoilerplate('خبر.\nتابعنا على تويتر', { markers: [marker] }).text; // => 'خبر.\n'
 * ```
 */
export interface SiteMarker {
  /** The marker as written on the site (any spelling variant). */
  readonly text: string;
  /**
   * What it introduces. `read-also` markers take their teaser headline(s) with them like the
   * built-in ones; any other kind removes the marker and the rest of its line.
   */
  readonly kind: BoilerplateKind;
  /** Only match at the start of a line (default `true`); `false` also matches after a sentence end. */
  readonly lineStart?: boolean;
}

/**
 * Options for {@link removeBoilerplate}.
 *
 * @example
 * ```ts
 * import { removeBoilerplate } from 'tanqih';
 * removeBoilerplate('خبر قصير.\nالمصدر: وكالات', { keep: ['source'] }).removed; // => []
 * ```
 */
export interface RemoveBoilerplateOptions {
  /** Kinds to leave in the text (they are still recognised, for metadata, by `cleanArticle`). */
  readonly keep?: readonly BoilerplateKind[];
  /** Site-specific markers, added to the built-in ones. */
  readonly markers?: readonly SiteMarker[];
}

/**
 * The result of {@link removeBoilerplate}.
 *
 * @example
 * ```ts
 * import { removeBoilerplate, type RemoveBoilerplateResult } from 'tanqih';
 * const result: RemoveBoilerplateResult = removeBoilerplate('خبر قصير.');
 * result; // => { text: 'خبر قصير.', removed: [] }
 * ```
 */
export interface RemoveBoilerplateResult {
  /** The input with every removed span cut out (a whole-line removal takes its line break along). */
  readonly text: string;
  /** The removed spans, sorted and non-overlapping, as offsets into the input. */
  readonly removed: readonly Removal[];
}

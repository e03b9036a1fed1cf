import type { RemoveBoilerplateOptions, Removal } from '../boilerplate/index.js';
import type { DateMention } from '../dates/index.js';
import type { Edit } from '../repair/index.js';

/**
 * A cleaned, structured news article. Every offset (`removed`, `edits`, `published`, `dates`)
 * points into the `raw` string passed to {@link cleanArticle}.
 *
 * @example
 * ```ts
 * import { cleanArticle, type Article } from 'tanqih';
 * const article: Article = cleanArticle('ارتفعت الأسعار اليوم في الأسواق.\nالمصدر: وكالات');
 * article.body; // => 'ارتفعت الأسعار اليوم في الأسواق.'
 * article.source; // => 'وكالات'
 * ```
 */
export interface Article {
  /** The page's headline line, when it has one. */
  readonly title?: string;
  /**
   * The article text: boilerplate removed, repaired, `light`-normalized; one paragraph per source
   * line, paragraphs separated by a blank line (`\n\n`), white space inside a paragraph collapsed.
   */
  readonly body: string;
  /** The paragraphs of `body`. */
  readonly paragraphs: readonly string[];
  /** The publication date, from a date line («تاريخ النشر: …») or a wire dateline. */
  readonly published?: DateMention;
  /** The opening credit, verbatim: «القاهرة - (أ ش أ)», «دبي، الإمارات العربية المتحدة (CNN)». */
  readonly dateline?: string;
  /** The credited source, verbatim without label or brackets («المصدر: الحرة» → «الحرة»). */
  readonly source?: string;
  /** The tag list («كلمات دلالية: …» / «سمات …»). */
  readonly tags: readonly string[];
  /** Teaser headlines removed with read-also blocks. */
  readonly related: readonly string[];
  /** Dates mentioned in `body` (offsets mapped back into `raw`). */
  readonly dates: readonly DateMention[];
  /** Removed spans, into `raw`; the headline moved to `title` is reported as kind `other`. */
  readonly removed: readonly Removal[];
  /** Word repairs, into `raw`. */
  readonly edits: readonly Edit[];
  /** Whole secondary articles appended after the main one, cleaned the same way. */
  readonly appended: readonly Article[];
}

/**
 * Options for {@link cleanArticle}: the {@link RemoveBoilerplateOptions} plus switches.
 *
 * @example
 * ```ts
 * import { cleanArticle } from 'tanqih';
 * cleanArticle('عنوان الخبر\nنص الخبر الكامل هنا، مع تفاصيل كثيرة ومهمة عن الحدث.', { title: false }).title; // => undefined
 * ```
 */
export interface CleanArticleOptions extends RemoveBoilerplateOptions {
  /** Take the page's headline line as `title` (default `true`). */
  readonly title?: boolean;
  /** Run word repair (default `true`). */
  readonly repair?: boolean;
}

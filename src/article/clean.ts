import { findDates } from '../dates/index.js';
import { repair } from '../repair/index.js';
import { cleanWith } from './clean-core.js';
import type { Article, CleanArticleOptions } from './types.js';

/**
 * Turns a scraped news page into a clean, structured article: boilerplate removed (see
 * {@link removeBoilerplate}) and turned into metadata (`title`, `published`, `dateline`, `source`,
 * `tags`, `related`), words repaired (see {@link repair}), `light`-normalized, with paragraph
 * breaks kept. A whole article appended after a «إقرأ أيضاً:» marker (past the page footer) comes
 * back in `appended`, cleaned the same way.
 *
 * Nothing is lost silently: every offset points into `raw`, and `raw` with the `removed` spans cut
 * out and the `edits` applied, `light`-normalized, equals `body` up to white space.
 *
 * @param raw - The page text.
 * @param options - Kinds to keep, site-specific markers, `title`/`repair` switches.
 * @returns The article.
 * @throws TypeError when `raw` is not a string or an option has the wrong type; RangeError for an
 *   unknown kind.
 *
 * @example
 * ```ts
 * import { cleanArticle } from 'tanqih';
 * const page = 'وزير الطاقة يزور المصفاة\nالقاهرة - (أ ش أ) - زار وزير الطاقة المصفاة اليوم، واطلع على سير العمل فيها.\nالمصدر: وكالات';
 * const article = cleanArticle(page);
 * article.title; // => 'وزير الطاقة يزور المصفاة'
 * article.dateline; // => 'القاهرة - (أ ش أ)'
 * article.body; // => 'زار وزير الطاقة المصفاة اليوم، واطلع على سير العمل فيها.'
 * article.source; // => 'وكالات'
 * ```
 */
export function cleanArticle(raw: string, options?: CleanArticleOptions): Article {
  return cleanWith(raw, options, { findDates: (t) => findDates(t), repair: (t) => repair(t) });
}

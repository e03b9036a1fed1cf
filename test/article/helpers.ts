import { normalize } from '../../src/chars/index.js';
import type { Article } from '../../src/article/index.js';

/** Strips every white-space character (the invariant is about words, not spacing). */
export function squeeze(s: string): string {
  return s.replace(/[\s\u200e\u200f]+/gu, '');
}

/**
 * `raw` (from `from`) with the article's removals cut out and its edits applied, `light`-normalized:
 * what `body` must equal up to white space when nothing is lost silently.
 */
export function accountedText(raw: string, article: Article, from: number = 0): string {
  const gone = new Uint8Array(raw.length);
  for (const r of article.removed) gone.fill(1, r.start, r.end);
  const inserts = new Map<number, string>();
  for (const e of article.edits) {
    gone.fill(1, e.start, e.end);
    inserts.set(e.start, `${inserts.get(e.start) ?? ''}${e.replacement}`);
  }
  let out = '';
  for (let i = from; i <= raw.length; i++) {
    const ins = inserts.get(i);
    if (ins !== undefined) out += ins;
    if (i < raw.length && gone[i] === 0) out += raw.charAt(i);
  }
  return normalize(out, 'light');
}

// Folds marker tables with the same `search` profile the page is matched on.
import { normalize } from '../chars/index.js';

/** The `search` fold of a marker, trimmed. */
export function fold(text: string): string {
  return normalize(text, 'search').trim();
}

/** Folds a list, longest first (so a longer marker wins over its prefix), without duplicates. */
export function foldList(list: readonly string[]): readonly string[] {
  const seen = new Set<string>();
  for (const s of list) {
    const f = fold(s);
    if (f !== '') seen.add(f);
  }
  return [...seen].sort((a, b) => b.length - a.length);
}

/** Folds a list into a set. */
export function foldSet(list: readonly string[]): ReadonlySet<string> {
  return new Set(foldList(list));
}

// Offset bookkeeping between the stages of cleanArticle: raw → kept text → light → body.
import type { Span } from '../types.js';

/** Maps a half-open range of a derived string to the source through `map` (one entry per unit + 1). */
export function mapSpan(map: ArrayLike<number>, start: number, end: number): Span {
  const s = map[start] as number;
  if (end <= start) return { start: s, end: s };
  const e = (map[end - 1] as number) + 1;
  return { start: s, end: Math.max(s, e) };
}

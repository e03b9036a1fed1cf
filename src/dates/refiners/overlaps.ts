// Refiner: candidates sorted by start, overlapping ones reduced to the longest (the earlier on a tie).
import type { Span } from '../../types.js';

/** Sorts by start and removes overlaps, keeping the longer span of two that overlap. */
export function removeOverlaps<T extends Span>(items: readonly T[]): T[] {
  const sorted = [...items].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: T[] = [];
  for (const item of sorted) {
    const last = out[out.length - 1];
    if (last === undefined || item.start >= last.end) out.push(item);
    else if (item.end - item.start > last.end - last.start) out[out.length - 1] = item;
  }
  return out;
}

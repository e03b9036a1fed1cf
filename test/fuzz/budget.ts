// Run budget for fuzz properties. In CI (default) each property runs a small, seeded number of
// cases. `npm run fuzz` sets FUZZ_MS_PER_PROPERTY (derived from FUZZ_SECONDS by scripts/fuzz.mjs)
// and every property then runs as many cases as fit in its share of the time budget.
import fc from 'fast-check';
import { scaledRuns } from '../runs.js';

const perPropertyMs = Number(process.env['FUZZ_MS_PER_PROPERTY'] ?? '0');

/** True when running the long, time-budgeted fuzz (`npm run fuzz`). */
export const LONG_FUZZ: boolean = Number.isFinite(perPropertyMs) && perPropertyMs > 0;

/** vitest timeout for one property test. */
export const PROPERTY_TIMEOUT_MS: number = LONG_FUZZ ? perPropertyMs + 120_000 : 60_000;

/** fast-check parameters: `runs` cases in CI, or the time share in the long fuzz. */
export function budget(runs: number): fc.Parameters<unknown> {
  if (!LONG_FUZZ) return { numRuns: scaledRuns(runs) };
  return { numRuns: Number.MAX_SAFE_INTEGER, plugins: [fc.interruptAfterTimeLimit(perPropertyMs)] };
}

/** Asserts a property within the budget. */
export function check<Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts>, runs: number): void {
  fc.assert(property, budget(runs) as fc.Parameters<Ts>);
}

// Number of cases for a property test. The suite runs each property with the count it names;
// mutation testing (vitest.stryker.config.ts) sets TANQIH_PROPERTY_RUNS_SCALE below 1 so that each
// of thousands of mutants does not pay for the full count, with the same seed, so the same cases.

const scale = Number(process.env['TANQIH_PROPERTY_RUNS_SCALE'] ?? '1');

/** Whether this is a reduced run (mutation testing): exhaustive sweeps may then take a stride. */
export const REDUCED_RUNS: boolean = Number.isFinite(scale) && scale > 0 && scale < 1;

/** `n` scaled by TANQIH_PROPERTY_RUNS_SCALE (at least 10 cases). */
export function scaledRuns(n: number): number {
  if (!REDUCED_RUNS) return n;
  return Math.max(10, Math.round(n * scale));
}

/** fast-check parameters for `n` cases, scaled. */
export function runs(n: number): { numRuns: number } {
  return { numRuns: scaledRuns(n) };
}

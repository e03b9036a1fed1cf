// vitest settings for mutation testing (stryker.config.json): only the tests that exercise the
// mutated areas (src/chars, src/dates, src/repair), in-process. Tests that spawn child processes on
// a bundle of src/ (CLI, time zones) or build the package cannot see Stryker's mutants and are left out.
// The exhaustive code-point sweep (test/fuzz/code-points.test.ts) is left out too: it covers every
// mutant and takes ~2 s, which made each surviving mutant cost seconds; never-throws covers the same calls.
import { defineConfig, type ViteUserConfig } from 'vitest/config';

// Property tests use a fixed seed so a mutant is killed or survives the same way on every run.
process.env['FC_SEED'] ??= '20261129';
// A fifth of the cases of each property test (test/runs.ts): the unit tests do most of the killing,
// and the full counts made every surviving mutant cost seconds.
process.env['TANQIH_PROPERTY_RUNS_SCALE'] ??= '0.2';
// The fuzz and reliability suites cover only the mutated areas' functions (see test/fuzz/api-table.ts).
process.env['FUZZ_FUNCTIONS'] ??= [
  'normalize', 'normalizeWithOffsets', 'stripDiacritics', 'stripTatweel', 'foldAlef', 'foldYa', 'foldTehMarbuta',
  'foldHamza', 'foldLookalikes', 'toAsciiDigits', 'stripInvisibles', 'foldPresentationForms', 'normalizeWhitespace',
  'isNormalizationBoundary', 'lastNormalizationBoundary', 'describeNormalization', 'findDates', 'parseMonth',
  'hijriToGregorian', 'gregorianToHijri', 'repair', 'applyEdits', 'createNormalizeStream',
].join(',');

/** Test files of the whole mutation test set. */
const ALL_TESTS = [
  'test/chars/**/*.test.ts',
  'test/dates/**/*.test.ts',
  'test/repair/**/*.test.ts',
  'test/stream/**/*.test.ts',
  'test/fuzz/never-throws.test.ts',
  'test/fuzz/normalize.test.ts',
  'test/fuzz/spans.test.ts',
  'test/fuzz/type-errors.test.ts',
  'test/fuzz/dates-convert.test.ts',
  'test/fuzz/stream.test.ts',
  'test/reliability/determinism.test.ts',
  'test/reliability/no-mutation.test.ts',
];

/**
 * With TANQIH_MUTATION_AREA set (scripts/mutation.sh runs one area at a time), only that area's own
 * tests: every surviving mutant runs each test file that covers it, and the hostile-input suites,
 * which cover every line, made each one cost seconds on a 2-core machine.
 */
const AREA_TESTS: Readonly<Record<string, readonly string[]>> = {
  chars: ['test/chars/**/*.test.ts', 'test/stream/**/*.test.ts', 'test/fuzz/normalize.test.ts', 'test/fuzz/type-errors.test.ts'],
  dates: ['test/dates/**/*.test.ts', 'test/fuzz/dates-convert.test.ts', 'test/fuzz/type-errors.test.ts'],
  repair: ['test/repair/**/*.test.ts', 'test/fuzz/type-errors.test.ts'],
};

const area = process.env['TANQIH_MUTATION_AREA'];

const config: ViteUserConfig = defineConfig({
  test: {
    include: [...(area === undefined ? ALL_TESTS : (AREA_TESTS[area] ?? ALL_TESTS))],
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
    // Isolation stays on: without it, Stryker's per-test coverage missed tests of later files, and
    // mutants those tests kill were reported as survivors.
    isolate: true,
  },
});

export default config;

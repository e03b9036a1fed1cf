// vitest settings for mutation testing (stryker.config.json): only the tests that exercise the
// mutated areas (src/chars, src/dates, src/repair), in-process. Tests that spawn child processes on
// a bundle of src/ (CLI, time zones) or build the package cannot see Stryker's mutants and are left out.
import { defineConfig, type ViteUserConfig } from 'vitest/config';

// Property tests use a fixed seed so a mutant is killed or survives the same way on every run.
process.env['FC_SEED'] ??= '20261129';
// The fuzz and reliability suites cover only the mutated areas' functions (see test/fuzz/api-table.ts).
process.env['FUZZ_FUNCTIONS'] ??= [
  'normalize', 'normalizeWithOffsets', 'stripDiacritics', 'stripTatweel', 'foldAlef', 'foldYa', 'foldTehMarbuta',
  'foldHamza', 'foldLookalikes', 'toAsciiDigits', 'stripInvisibles', 'foldPresentationForms', 'normalizeWhitespace',
  'isNormalizationBoundary', 'lastNormalizationBoundary', 'describeNormalization', 'findDates', 'parseMonth',
  'hijriToGregorian', 'gregorianToHijri', 'repair', 'applyEdits', 'createNormalizeStream',
].join(',');

const config: ViteUserConfig = defineConfig({
  test: {
    include: [
      'test/chars/**/*.test.ts',
      'test/dates/**/*.test.ts',
      'test/repair/**/*.test.ts',
      'test/stream/**/*.test.ts',
      'test/fuzz/never-throws.test.ts',
      'test/fuzz/normalize.test.ts',
      'test/fuzz/spans.test.ts',
      'test/fuzz/type-errors.test.ts',
      'test/fuzz/dates-convert.test.ts',
      'test/fuzz/code-points.test.ts',
      'test/fuzz/stream.test.ts',
      'test/reliability/determinism.test.ts',
      'test/reliability/no-mutation.test.ts',
    ],
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
  },
});

export default config;

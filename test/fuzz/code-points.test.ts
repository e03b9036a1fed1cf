// Exhaustive sweeps (not random): every code point of every Arabic block, every control and
// invisible, every lone surrogate, alone, between letters and doubled, through every contract.
import { describe, test } from 'vitest';
import { allArabicCodePoints, CONTROL_CODE_POINTS, range, WHITESPACE_CODE_POINTS } from './arbitraries.js';
import { CONTRACTS, contractNames, missingContractNames } from './contracts.js';

/** The strings built around one code point (or lone code unit). */
function around(unit: string): string[] {
  return [unit, `ب${unit}ب`, `${unit}${unit}`, `كتب ${unit} ١٥ مايو ٢٠٢٤`];
}

const SWEEPS: Readonly<Record<string, readonly string[]>> = {
  'every Arabic-block code point': allArabicCodePoints().map((c) => String.fromCodePoint(c)),
  'every control, bidi, zero-width and whitespace code point': [...CONTROL_CODE_POINTS, ...WHITESPACE_CODE_POINTS].map((c) =>
    String.fromCodePoint(c),
  ),
  'every lone surrogate': range(0xd800, 0xdfff).map((c) => String.fromCharCode(c)),
};

describe('sweep: every code point through every contract', () => {
  for (const name of contractNames()) {
    const contract = CONTRACTS[name]!;
    for (const [sweep, units] of Object.entries(SWEEPS)) {
      test(`${name}: ${sweep} (${units.length})`, () => {
        for (const unit of units) for (const input of around(unit)) contract(input);
        // The whole sweep as one text too (context between neighbours).
        contract(units.join(''));
        contract(units.join(' '));
      }, 120_000);
    }
  }
  for (const name of missingContractNames()) test.skip(`${name}: not exported yet`, () => undefined);
});

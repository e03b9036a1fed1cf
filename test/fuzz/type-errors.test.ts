// A non-string text throws a TypeError naming the function and the received type (api.md, Errors).
import { describe, expect, test } from 'vitest';
import { absent, getFunction, present, TYPE_CHECKED_FUNCTIONS, unknownFunctions } from './api-table.js';
import { NON_STRINGS } from './arbitraries.js';
import { checkTypeError, describe as show } from './invariants.js';

describe('fuzz: TypeError on non-strings', () => {
  for (const name of present(TYPE_CHECKED_FUNCTIONS)) {
    const fn = getFunction(name)!;
    for (const value of NON_STRINGS) {
      test(`${name}(${show(value)}) throws a TypeError naming ${name} and the type`, () => {
        let thrown: unknown = undefined;
        try {
          fn(value);
        } catch (error) {
          thrown = error;
        }
        expect(thrown, `${name}(${show(value)}) did not throw`).toBeDefined();
        checkTypeError(name, value, thrown);
      });
    }
  }
  for (const name of absent(TYPE_CHECKED_FUNCTIONS)) test.skip(`${name}: not exported yet`, () => undefined);

  // Exports the table does not know yet get a smoke fuzz: a string argument may be rejected with a
  // TypeError/RangeError (e.g. a function that takes a profile name), never with any other error.
  for (const name of unknownFunctions()) {
    test(`${name} (not in the fuzz table) fails only with TypeError/RangeError on strings`, () => {
      const fn = getFunction(name)!;
      for (const input of ['', 'نص عربي', '\ud800', 'x'.repeat(1000), '١٥ مايو ٢٠٢٤\n\n']) {
        try {
          fn(input);
        } catch (error) {
          expect(error instanceof TypeError || error instanceof RangeError, `${name}(${show(input)}) threw ${String(error)}`).toBe(true);
          expect(String(error)).not.toMatch(/Cannot read prop|is not a function|is not iterable|Maximum call stack/u);
        }
      }
    });
  }
});

// Every string is valid input: no public text function throws on hostile strings, and string
// results stay well-formed when the input was.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { absent, getFunction, OPTION_VARIANTS, present, STRING_TO_STRING, TEXT_FUNCTIONS } from './api-table.js';
import { anyString } from './arbitraries.js';
import { check, PROPERTY_TIMEOUT_MS } from './budget.js';
import { callOrExplain, describe as show, ensure, isWellFormed } from './invariants.js';

describe('fuzz: never throws on strings', () => {
  for (const name of present(TEXT_FUNCTIONS)) {
    const fn = getFunction(name)!;
    const variants: readonly unknown[] = [undefined, ...(OPTION_VARIANTS[name] ?? [])];
    for (const options of variants) {
      const label = options === undefined ? `${name}(text)` : `${name}(text, ${show(options)})`;
      test(`${label} never throws`, () => {
        check(
          fc.property(anyString, (input) => {
            callOrExplain(name, () => (options === undefined ? fn(input) : fn(input, options)), input);
          }),
          60,
        );
      }, PROPERTY_TIMEOUT_MS);
    }
  }
  for (const name of absent(TEXT_FUNCTIONS)) test.skip(`${name}: not exported yet`, () => undefined);
});

describe('fuzz: string results', () => {
  for (const name of present(STRING_TO_STRING)) {
    const fn = getFunction(name)!;
    test(`${name} returns a string, well-formed for well-formed input`, () => {
      check(
        fc.property(anyString, (input) => {
          const out = fn(input);
          ensure(typeof out === 'string', `${name} returned ${typeof out}`);
          if (isWellFormed(input)) ensure(isWellFormed(out), `${name} produced a lone surrogate from ${show(input)}`);
        }),
        60,
      );
    }, PROPERTY_TIMEOUT_MS);
  }

  test('the empty string is accepted by every text function', () => {
    for (const name of present(TEXT_FUNCTIONS)) {
      expect(() => getFunction(name)!('')).not.toThrow();
    }
  });
});

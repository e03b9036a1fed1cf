// Every contract of api.md, checked on hostile strings and pages: offsets valid, spans in bounds,
// sorted and non-overlapping, repair edits re-apply, nothing lost where the API promises it.
import fc from 'fast-check';
import { describe, test } from 'vitest';
import { anyString, hostilePage } from './arbitraries.js';
import { check, PROPERTY_TIMEOUT_MS } from './budget.js';
import { CONTRACTS, contractNames, missingContractNames } from './contracts.js';

const RUNS: Readonly<Record<string, number>> = { cleanArticle: 50, removeBoilerplate: 60 };

describe('fuzz: api.md contracts on hostile text', () => {
  for (const name of contractNames()) {
    const contract = CONTRACTS[name]!;
    test(`${name}: contract holds on hostile strings`, () => {
      check(fc.property(anyString, (input) => { contract(input); }), RUNS[name] ?? 80);
    }, PROPERTY_TIMEOUT_MS);
    test(`${name}: contract holds on hostile pages`, () => {
      check(fc.property(hostilePage, (input) => { contract(input); }), RUNS[name] ?? 60);
    }, PROPERTY_TIMEOUT_MS);
  }
  for (const name of missingContractNames()) test.skip(`${name}: not exported yet`, () => undefined);
});

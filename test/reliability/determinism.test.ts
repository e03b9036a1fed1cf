// Results are deterministic (same input, same output, call after call) and share no mutable state:
// changing a returned result does not change what the next call returns.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { getFunction, present, TEXT_FUNCTIONS } from '../fuzz/api-table.js';
import { anyString } from '../fuzz/arbitraries.js';
import { check } from '../fuzz/budget.js';
import { fixedCalls, runCalls, toPlain } from './calls.js';

/** Tries to scribble over every array and object reachable from `value` (frozen parts are skipped). */
function scribble(value: unknown, depth = 0): void {
  if (depth > 6 || typeof value !== 'object' || value === null) return;
  if (value instanceof Uint32Array) {
    if (value.length > 0) value[0] = 0xdead;
    return;
  }
  for (const child of Object.values(value)) scribble(child, depth + 1);
  try {
    if (Array.isArray(value)) {
      (value as unknown[]).push('scribbled');
      (value as unknown[]).reverse();
    } else {
      (value as Record<string, unknown>)['scribbled'] = true;
      for (const key of Object.keys(value)) (value as Record<string, unknown>)[key] = 'scribbled';
    }
  } catch {
    // Frozen results are fine: that is the other way to share nothing.
  }
}

describe('reliability: determinism', () => {
  test('the fixed calls give the same results twice in a row', () => {
    const calls = fixedCalls();
    expect(calls.length).toBeGreaterThan(10);
    expect(JSON.stringify(runCalls(calls))).toBe(JSON.stringify(runCalls(calls)));
  });

  for (const name of present(TEXT_FUNCTIONS)) {
    const fn = getFunction(name)!;
    test(`${name}: same result for the same input, even after the previous result was scribbled on`, () => {
      check(
        fc.property(anyString, (input) => {
          const first = fn(input);
          const expected = JSON.stringify(toPlain(first));
          scribble(first);
          const second = fn(input);
          expect(JSON.stringify(toPlain(second))).toBe(expected);
        }),
        40,
      );
    });
  }

  test('calls on other inputs in between do not change a result (no state carried between calls)', () => {
    const calls = fixedCalls();
    const alone = runCalls(calls.slice(0, 1));
    runCalls(calls);
    const again = runCalls(calls.slice(0, 1));
    expect(again).toEqual(alone);
  });
});

// Input is never mutated: option objects and arrays passed in are watched through a recording Proxy
// (any set/define/delete is reported, nested objects included) and also passed deep-frozen.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { getFunction, PROFILES } from '../fuzz/api-table.js';
import { anyString } from '../fuzz/arbitraries.js';
import { check } from '../fuzz/budget.js';

/** Wraps `value` so every write anywhere inside it is recorded in `writes`. */
function watch<T>(value: T, writes: string[], path = 'options'): T {
  if (typeof value !== 'object' || value === null) return value;
  return new Proxy(value, {
    get(target, key, receiver) {
      const child: unknown = Reflect.get(target, key, receiver);
      return typeof key === 'string' ? watch(child, writes, `${path}.${key}`) : child;
    },
    set(target, key, v) {
      writes.push(`set ${path}.${String(key)}`);
      return Reflect.set(target, key, v);
    },
    defineProperty(target, key, descriptor) {
      writes.push(`define ${path}.${String(key)}`);
      return Reflect.defineProperty(target, key, descriptor);
    },
    deleteProperty(target, key) {
      writes.push(`delete ${path}.${String(key)}`);
      return Reflect.deleteProperty(target, key);
    },
    setPrototypeOf(target, proto) {
      writes.push(`setPrototypeOf ${path}`);
      return Reflect.setPrototypeOf(target, proto);
    },
  });
}

/** A deep-frozen structured clone of `value`. */
function frozen<T>(value: T): T {
  const copy = structuredClone(value);
  const freeze = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || Object.isFrozen(v)) return;
    Object.freeze(v);
    for (const child of Object.values(v)) freeze(child);
  };
  freeze(copy);
  return copy;
}

/**
 * Options worth passing to each function. Unknown option names are ignored by the functions or
 * rejected with a RangeError/TypeError; either way they must not be written to.
 */
const OPTIONS: Readonly<Record<string, readonly unknown[]>> = {
  normalize: [...PROFILES.map((profile) => ({ profile })), { profile: 'search', tehMarbuta: false }],
  normalizeWithOffsets: PROFILES.map((profile) => ({ profile })),
  findDates: [{}, { reference: { year: 2024, month: 3, day: 11 } }],
  repair: [{}, { vocabulary: ['تضامنه', 'مع', 'الحكومة'] }],
  removeBoilerplate: [{}],
  cleanArticle: [{}],
};

const SAMPLE = 'القاهرة - (أ ش أ) - قال الوزير في 30 نوفمبر 2023 إن الحكومة الحكومة تعمل على تضامنهمع الجميع.\nاقرأ أيضا\nعنوان آخر';

/** Calls fn, tolerating a RangeError/TypeError for option names it does not know. */
function callTolerant(fn: (text: unknown, options?: unknown) => unknown, text: string, options: unknown): void {
  try {
    fn(text, options);
  } catch (error) {
    if (!(error instanceof RangeError || error instanceof TypeError)) throw error;
    // A mutation attempt on a frozen object is a TypeError too: make it visible.
    expect(String(error)).not.toMatch(/read[- ]only|not extensible|Cannot assign|Cannot add property|Cannot delete/u);
  }
}

describe('reliability: options and arrays passed in are never mutated', () => {
  for (const [name, variants] of Object.entries(OPTIONS)) {
    const fn = getFunction(name);
    if (fn === undefined) {
      test.skip(`${name}: not exported yet`, () => undefined);
      continue;
    }
    test(`${name} never writes to its options (recording proxy)`, () => {
      for (const options of variants) {
        const writes: string[] = [];
        callTolerant(fn, SAMPLE, watch(structuredClone(options), writes));
        expect(writes, `${name} wrote to ${JSON.stringify(options)}`).toEqual([]);
      }
    });
    test(`${name} accepts deep-frozen options`, () => {
      for (const options of variants) callTolerant(fn, SAMPLE, frozen(options));
    });
    test(`${name} leaves options untouched on hostile text`, () => {
      check(
        fc.property(anyString, fc.constantFrom(...variants), (text, options) => {
          const before = JSON.stringify(options);
          const writes: string[] = [];
          callTolerant(fn, text, watch(structuredClone(options), writes));
          expect(writes).toEqual([]);
          expect(JSON.stringify(options)).toBe(before);
        }),
        30,
      );
    });
  }

  const dateFunctions = ['hijriToGregorian', 'gregorianToHijri'];
  for (const name of dateFunctions) {
    const fn = getFunction(name);
    if (fn === undefined) {
      test.skip(`${name}: not exported yet`, () => undefined);
      continue;
    }
    test(`${name} does not write to the date object passed in`, () => {
      const writes: string[] = [];
      fn(watch({ year: 1445, month: 9, day: 1 }, writes, 'date'));
      fn(frozen({ year: 2024, month: 3, day: 11 }));
      expect(writes).toEqual([]);
    });
  }

  const createNormalizeStream = getFunction('createNormalizeStream');
  test.runIf(createNormalizeStream !== undefined)('createNormalizeStream does not write to its options or tuning', () => {
    const writes: string[] = [];
    (createNormalizeStream as (o: unknown, t: unknown) => unknown)(
      watch({ profile: 'search' }, writes),
      watch({ minBatchLength: 8, maxPendingLength: 64 }, writes, 'tuning'),
    );
    expect(writes).toEqual([]);
  });
});

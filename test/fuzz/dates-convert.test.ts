// Calendar conversion under random and hostile dates: round trips hold over the supported range,
// invalid dates give undefined or a RangeError/TypeError (never another error), and
// describeNormalization answers for every profile.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { getFunction, PROFILES } from './api-table.js';
import { check, PROPERTY_TIMEOUT_MS } from './budget.js';
import { describe as show, ensure, isObject } from './invariants.js';

interface YMD {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}
type Convert = (date: unknown, options?: unknown) => unknown;

const hijriToGregorian = getFunction('hijriToGregorian') as Convert | undefined;
const gregorianToHijri = getFunction('gregorianToHijri') as Convert | undefined;
const describeNormalization = getFunction('describeNormalization') as ((o?: unknown) => unknown) | undefined;

/** Gregorian dates 1900-03-01 .. 2076-11-16 (inside the Umm al-Qura table range of ICU). */
const gregorianDay = fc.integer({ min: Date.UTC(1900, 2, 1) / 86_400_000, max: Date.UTC(2076, 10, 16) / 86_400_000 }).map((d) => {
  const t = new Date(d * 86_400_000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
});

const anyNumber = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.constantFrom(0, -0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2),
);
const hostileDate = fc.record({ year: anyNumber, month: anyNumber, day: anyNumber });

function isYmd(value: unknown): value is YMD {
  return isObject(value) && [value['year'], value['month'], value['day']].every((n) => Number.isInteger(n));
}

/** Calls `fn`, allowing only RangeError/TypeError (with a message naming the function). */
function tolerant(name: string, fn: () => unknown): unknown {
  try {
    return fn();
  } catch (error) {
    ensure(error instanceof RangeError || error instanceof TypeError, `${name} threw ${String(error)}`);
    ensure(error.message.includes(name), `${name}: message "${error.message}" does not name the function`);
    ensure(!/Cannot read prop|is not a function|is not iterable/u.test(error.message), `${name} crashed: ${error.message}`);
    return undefined;
  }
}

describe.runIf(hijriToGregorian !== undefined && gregorianToHijri !== undefined)('fuzz: Hijri conversion', () => {
  for (const calendar of [undefined, 'islamic-umalqura', 'islamic-civil', 'islamic-tbla']) {
    const options = calendar === undefined ? undefined : { hijriCalendar: calendar };
    test(`Gregorian → Hijri → Gregorian is the identity (${calendar ?? 'default'})`, () => {
      check(
        fc.property(gregorianDay, (g) => {
          // The default calendar must convert every date in range; a named one may be refused (RangeError).
          const h = calendar === undefined ? gregorianToHijri!(g) : tolerant('gregorianToHijri', () => gregorianToHijri!(g, options));
          if (h === undefined) return;
          ensure(isYmd(h) && h.month >= 1 && h.month <= 12 && h.day >= 1 && h.day <= 30, `gregorianToHijri(${show(g)}) = ${show(h)}`);
          const back = hijriToGregorian!(h, options);
          ensure(JSON.stringify(back) === JSON.stringify(g), `${show(g)} → ${show(h)} → ${show(back)}`);
        }),
        60,
      );
    }, PROPERTY_TIMEOUT_MS);
  }

  test('hostile dates give a YMD, undefined, or a RangeError/TypeError naming the function', () => {
    check(
      fc.property(hostileDate, (date) => {
        const h = tolerant('hijriToGregorian', () => hijriToGregorian!(date));
        ensure(h === undefined || isYmd(h), `hijriToGregorian(${show(date)}) = ${show(h)}`);
        const g = tolerant('gregorianToHijri', () => gregorianToHijri!(date));
        ensure(g === undefined || isYmd(g), `gregorianToHijri(${show(date)}) = ${show(g)}`);
      }),
      200,
    );
  }, PROPERTY_TIMEOUT_MS);

  test('non-object dates are rejected with a TypeError naming the function', () => {
    for (const bad of [undefined, null, '1445-09-01', 14450901, true]) {
      for (const [name, fn] of [['hijriToGregorian', hijriToGregorian!], ['gregorianToHijri', gregorianToHijri!]] as const) {
        expect(() => fn(bad), `${name}(${show(bad)})`).toThrow(TypeError);
        expect(() => fn(bad)).toThrow(name);
      }
    }
  });
});

describe.runIf(describeNormalization !== undefined)('fuzz: describeNormalization', () => {
  test('answers for every profile, and only light is lossless', () => {
    for (const profile of PROFILES) {
      const d = describeNormalization!(profile);
      ensure(isObject(d) && Array.isArray(d['rules']), `describeNormalization(${profile}) = ${show(d)}`);
      expect(d['lossless']).toBe(profile === 'light');
    }
  });
  test('hostile option values throw RangeError/TypeError, never crash', () => {
    check(
      fc.property(fc.oneof(fc.string(), fc.dictionary(fc.constantFrom('profile', 'digits', 'tehMarbuta', 'x'), fc.anything())), (options) => {
        tolerant('describeNormalization', () => describeNormalization!(options));
      }),
      100,
    );
  }, PROPERTY_TIMEOUT_MS);
});

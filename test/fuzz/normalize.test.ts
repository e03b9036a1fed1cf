// normalize / normalizeWithOffsets under hostile input: offsets valid, the two agree, profiles are
// idempotent, inert characters are copied unchanged, and lossy profiles leave nothing they strip.
import fc from 'fast-check';
import { describe, test } from 'vitest';
import { getFunction, PROFILES, STRING_TO_STRING, present } from './api-table.js';
import { anyString } from './arbitraries.js';
import { check, PROPERTY_TIMEOUT_MS } from './budget.js';
import { checkOffsets, describe as show, ensure } from './invariants.js';

const normalize = getFunction('normalize');
const normalizeWithOffsets = getFunction('normalizeWithOffsets');

/** Arabic combining marks (Mn) per normalization.md, Unicode 17; ml and search strip them all. */
const ARABIC_MARK = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u0897-\u089F\u08CA-\u08E1\u08E3-\u08FF]|\uD803[\uDEFA-\uDEFF]/u;
/** Invisible controls that every profile deletes (normalization.md, "Invisible controls"). */
const DELETED_CONTROL = /[\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;
/** What the search profile folds away: alef/ya/teh marbuta/hamza carriers, Arabic-Indic digits, tatweel. */
const SEARCH_FOLDED = /[\u0622\u0623\u0625\u0671\u0649\u0629\u0624\u0626\u0640\u0660-\u0669\u06F0-\u06F9]/u;

/** Characters outside every rule: Latin letters, CJK, astral emoji, lone surrogates. */
const inertText = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0x61, max: 0x7a }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0x4e00, max: 0x4e80 }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0x1f600, max: 0x1f64f }).map((c) => String.fromCodePoint(c)),
      fc.integer({ min: 0xd800, max: 0xdbff }).map((c) => `${String.fromCharCode(c)}x`),
      fc.integer({ min: 0xdc00, max: 0xdfff }).map((c) => `x${String.fromCharCode(c)}`),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

/** Plain Arabic words (base letters with optional harakat) separated by single spaces. */
const plainArabic = fc
  .array(
    fc
      .array(
        fc.tuple(
          fc.integer({ min: 0x0628, max: 0x063a }).map((c) => String.fromCharCode(c)),
          fc.option(fc.constantFrom('\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B'), { nil: '' }),
        ),
        { minLength: 1, maxLength: 8 },
      )
      .map((letters) => letters.map(([l, m]) => l + m).join('')),
    { minLength: 1, maxLength: 8 },
  )
  .map((words) => words.join(' '));

describe('fuzz: normalizeWithOffsets', () => {
  if (normalizeWithOffsets === undefined) {
    test.skip('normalizeWithOffsets: not exported yet', () => undefined);
    return;
  }
  for (const profile of PROFILES) {
    test(`offsets are valid and monotonic (${profile})`, () => {
      check(
        fc.property(anyString, (input) => {
          checkOffsets(input, normalizeWithOffsets(input, profile));
        }),
        80,
      );
    }, PROPERTY_TIMEOUT_MS);
  }
  test('an output unit copied unchanged points at the same unit of the input (light)', () => {
    check(
      fc.property(inertText, (input) => {
        const { text, offsets } = normalizeWithOffsets(input, 'light') as { text: string; offsets: Uint32Array };
        for (let i = 0; i < text.length; i++) {
          ensure(input.charCodeAt(offsets[i]!) === text.charCodeAt(i), `offset ${i} of ${show(input)} points elsewhere`);
        }
      }),
      60,
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe('fuzz: normalize', () => {
  if (normalize === undefined) {
    test.skip('normalize: not exported yet', () => undefined);
    return;
  }
  for (const profile of PROFILES) {
    if (normalizeWithOffsets !== undefined) {
      test(`normalize agrees with normalizeWithOffsets (${profile})`, () => {
        check(
          fc.property(anyString, (input) => {
            const a = normalize(input, profile);
            const b = (normalizeWithOffsets(input, profile) as { text: string }).text;
            ensure(a === b, `normalize and normalizeWithOffsets differ on ${show(input)}: ${show(a)} vs ${show(b)}`);
          }),
          80,
        );
      }, PROPERTY_TIMEOUT_MS);
    }
    test(`is idempotent (${profile})`, () => {
      check(
        fc.property(anyString, (input) => {
          const once = normalize(input, profile) as string;
          const twice = normalize(once, profile) as string;
          ensure(once === twice, `not idempotent on ${show(input)}: ${show(once)} then ${show(twice)}`);
        }),
        80,
      );
    }, PROPERTY_TIMEOUT_MS);
    test(`copies characters outside every rule unchanged (${profile})`, () => {
      check(
        fc.property(inertText, (input) => {
          const out = normalize(input, profile);
          ensure(out === input, `${profile} changed inert text ${show(input)} into ${show(out)}`);
        }),
        60,
      );
    }, PROPERTY_TIMEOUT_MS);
    test(`deletes invisible controls (${profile})`, () => {
      check(
        fc.property(anyString, (input) => {
          const out = normalize(input, profile) as string;
          ensure(!DELETED_CONTROL.test(out), `${profile} kept an invisible control: ${show(out)}`);
        }),
        60,
      );
    }, PROPERTY_TIMEOUT_MS);
  }
  test('light keeps plain Arabic words and their harakat unchanged (lossless default)', () => {
    check(
      fc.property(plainArabic, (input) => {
        const out = normalize(input);
        ensure(out === input, `light changed ${show(input)} into ${show(out)}`);
      }),
      60,
    );
  }, PROPERTY_TIMEOUT_MS);
  for (const profile of ['ml', 'search']) {
    test(`${profile} leaves no Arabic combining mark`, () => {
      check(
        fc.property(anyString, (input) => {
          const out = normalize(input, profile) as string;
          ensure(!ARABIC_MARK.test(out), `${profile} kept a mark in ${show(out)} from ${show(input)}`);
        }),
        80,
      );
    }, PROPERTY_TIMEOUT_MS);
  }
  test('search leaves no folded letter, tatweel or Arabic-Indic digit', () => {
    check(
      fc.property(anyString, (input) => {
        const out = normalize(input, 'search') as string;
        ensure(!SEARCH_FOLDED.test(out), `search kept ${show(SEARCH_FOLDED.exec(out)?.[0])} in ${show(out)}`);
      }),
      80,
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe('fuzz: one-rule helpers', () => {
  const helpers = STRING_TO_STRING.filter((n) => n !== 'normalize');
  for (const name of helpers.filter((n) => getFunction(n) === undefined)) test.skip(`${name}: not exported yet`, () => undefined);
  for (const name of present(STRING_TO_STRING.filter((n) => n !== 'normalize'))) {
    const fn = getFunction(name)!;
    test(`${name} is idempotent`, () => {
      check(
        fc.property(anyString, (input) => {
          const once = fn(input) as string;
          const twice = fn(once) as string;
          ensure(once === twice, `${name} not idempotent on ${show(input)}: ${show(once)} then ${show(twice)}`);
        }),
        60,
      );
    }, PROPERTY_TIMEOUT_MS);
  }
});

// Tests written to kill surviving mutants (Stryker) in src/chars/config.ts, scan.ts and the pass
// result of engine.ts: the documented contracts of the resolved configuration (which classes are
// stripped, the fold table, the scan bits) that no output can show, since the engine's slow path
// makes the same decisions. Option objects are used on purpose: profile names return the
// configurations built once at load time.
import { describe, expect, test } from 'vitest';
import { type Config, resolveConfig } from '../../src/chars/config.js';
import { MarkClass } from '../../src/chars/data/marks.js';
import { runPass } from '../../src/chars/engine.js';
import { SCAN_CHANGE, SCAN_COMPOSE_NEXT, SCAN_FOLD, SCAN_KEPT_LOW, SCAN_KIND, SCAN_NEXT_SHIFT } from '../../src/chars/scan.js';
import type { NormalizeOptions } from '../../src/chars/index.js';

const config = (o: NormalizeOptions): Config => resolveConfig('test', o);
const bits = (o: NormalizeOptions, c: string): number => {
  const cfg = config(o);
  return cfg.scanBits[SCAN_KIND[c.charCodeAt(0)] as number] as number;
};
const nextBits = (o: NormalizeOptions, c: string): number => bits(o, c) >>> SCAN_NEXT_SHIFT;

describe('stripMarks holds the stripped classes, dagger alef apart', () => {
  test('diacritics: true strips every class but leaves the dagger to `dagger`', () => {
    const cfg = config({ profile: 'light', diacritics: true });
    for (const cls of [MarkClass.Harakat, MarkClass.Tanween, MarkClass.Shadda, MarkClass.Sukun, MarkClass.MaddaHamza, MarkClass.Quranic]) {
      expect(cfg.stripMarks & (1 << cls)).not.toBe(0);
    }
    expect(cfg.stripMarks & (1 << MarkClass.DaggerAlef)).toBe(0);
  });
});

describe('the fold table', () => {
  test('folds the enabled one-unit folds and is the identity elsewhere', () => {
    const folds = config({ profile: 'search', elongation: false }).folds;
    const at = (c: string): string => String.fromCharCode(folds[c.charCodeAt(0) - 0x600] as number);
    expect(at('ة')).toBe('ه');
    expect(at('أ')).toBe('ا');
    expect(at('؟')).toBe('?');
    expect(at('٣')).toBe('3');
    expect(at('ب')).toBe('ب');
    expect(at('\u064e')).toBe('\u064e');
    expect(at('٫')).toBe('٫');
  });
});

describe('scan bits', () => {
  test('an Arabic letter flags nothing unless elongation is on', () => {
    expect(bits({ profile: 'search', elongation: false }, 'ب')).toBe(0);
    expect(bits({ profile: 'search', elongation: true }, 'ب')).not.toBe(0);
  });
  test('a kept dagger alef is a kept low-class mark; a stripped one is a change', () => {
    const keep = bits({ profile: 'ml', diacritics: { daggerAlef: 'keep' } }, '\u0670');
    expect(keep & SCAN_KEPT_LOW).toBe(SCAN_KEPT_LOW);
    expect(keep & SCAN_CHANGE).toBe(0);
    const light = bits({ profile: 'light', diacritics: false }, '\u0670');
    expect(light & SCAN_KEPT_LOW).toBe(SCAN_KEPT_LOW);
    const strip = bits({ profile: 'ml', diacritics: { daggerAlef: 'strip' } }, '\u0670');
    expect(strip & SCAN_KEPT_LOW).toBe(0);
    expect(strip & SCAN_CHANGE).toBe(SCAN_CHANGE);
  });
  test('only a folded letter that may compose asks to look at a following mark', () => {
    const search = { profile: 'search', elongation: false } as const;
    expect(bits(search, 'أ') & SCAN_FOLD).toBe(SCAN_FOLD);
    expect(nextBits(search, 'أ') & SCAN_COMPOSE_NEXT).toBe(SCAN_COMPOSE_NEXT);
    expect(nextBits(search, 'ى') & SCAN_COMPOSE_NEXT).toBe(SCAN_COMPOSE_NEXT);
    expect(bits(search, 'ة') & SCAN_FOLD).toBe(SCAN_FOLD);
    expect(nextBits(search, 'ة') & SCAN_COMPOSE_NEXT).toBe(0);
    expect(nextBits(search, '٣') & SCAN_COMPOSE_NEXT).toBe(0);
    expect(nextBits(search, '؟') & SCAN_COMPOSE_NEXT).toBe(0);
    // Without composition nothing composes.
    const noCompose = { profile: 'search', compose: false, elongation: false } as const;
    expect(bits(noCompose, 'أ') & SCAN_FOLD).toBe(SCAN_FOLD);
    expect(nextBits(noCompose, 'أ') & SCAN_COMPOSE_NEXT).toBe(0);
  });
});

describe('the pass result', () => {
  test('has offsets only when asked for', () => {
    const cfg = config({ profile: 'light', tatweel: true });
    expect(runPass('كتاب', cfg, false)).toEqual({ text: 'كتاب', offsets: undefined });
    expect(runPass('كتاب', cfg, true).offsets).toEqual(Uint32Array.from([0, 1, 2, 3, 4]));
    expect(runPass('كتـاب', cfg, false)).toEqual({ text: 'كتاب', offsets: undefined });
  });
});

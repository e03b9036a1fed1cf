// One-unit folds (hamza carriers, alef variants, teh marbuta) are written inline only when no later
// rule looks at the folded letter: the final-ya rule (ya: 'alef-maksura') and elongation do.
import { describe, expect, it } from 'vitest';
import { normalize, type NormalizeOptions } from '../../src/chars/index.js';

describe('folds that a later rule still looks at', () => {
  it.each<[string, string, NormalizeOptions, string]>([
    ['ئ folds to a ya that ends the word', 'على الشاطئ قال', { profile: 'search', ya: 'alef-maksura' }, 'على الشاطى قال'],
    ['ئ folds to a ya inside the word', 'رائع جدا', { profile: 'search', ya: 'alef-maksura' }, 'رايع جدا'],
    ['أ repeated folds to one elongated alef', 'مرحبأأأأ يا', { profile: 'search', elongation: true }, 'مرحبا يا'],
    ['ة repeated folds to one heh', 'جميلةةة', { profile: 'search', elongation: true }, 'جميله'],
  ])('%s', (_label, text, options, expected) => {
    expect(normalize(text, options)).toBe(expected);
  });
});

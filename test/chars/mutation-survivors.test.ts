// Behaviour pinned by the surviving mutants of a sampled Stryker run on src/chars: astral
// characters beside the astral mark range, the digit-separator context, the diacritics rule in
// describeNormalization, and the wording of the profile error.
import { describe, expect, it } from 'vitest';
import { describeNormalization, normalize } from '../../src/chars/index.js';

describe('astral characters that are not Arabic marks survive ml (a fatha forces the slow pass)', () => {
  it.each<[string, string, string]>([
    ['an emoji whose low surrogate is in the marks range (U+1F6FA)', 'نصَ \u{1F6FA}', 'نص \u{1F6FA}'],
    ['the character after the marks range (U+10F00)', 'نصَ \u{10F00}', 'نص \u{10F00}'],
    ['the character before the marks range (U+10EF9)', 'نصَ \u{10EF9}', 'نص \u{10EF9}'],
  ])('%s', (_label, text, expected) => {
    expect(normalize(text, 'ml')).toBe(expected);
  });
  it('while the astral marks themselves go', () => {
    expect(normalize('نصَ\u{10EFA} نص\u{10EFF}', 'ml')).toBe('نص نص');
  });
});

describe('an Arabic decimal separator becomes a point only between two digits', () => {
  it.each<[string, string, string]>([
    ['after a letter', 'ب٫٣', 'ب٫3'],
    ['between two digits', '٣٫٣', '3.3'],
    ['before an Extended Arabic-Indic digit (looked at after its fold)', '3٫۴', '3.4'],
  ])('search: %s', (_label, text, expected) => {
    expect(normalize(text, 'search')).toBe(expected);
  });
  it('a letter between two digits is no separator (a look-alike goes through the rules)', () => {
    expect(normalize('3ک3', { elongation: true })).toBe('3ك3');
    expect(normalize('٣ک٣', { elongation: true })).toBe('٣ك٣');
  });
});

describe('the diacritics rule as describeNormalization lists it', () => {
  const names = (options: Parameters<typeof describeNormalization>[0]): string[] => describeNormalization(options).rules.map((r) => r.name);
  it('is off in light and on in ml and search unless overridden', () => {
    expect(names('light')).not.toContain('diacritics');
    expect(names('ml')).toContain('diacritics');
    expect(names('search')).toContain('diacritics');
    expect(names({ profile: 'ml', diacritics: false })).not.toContain('diacritics');
    expect(names({ profile: 'light', diacritics: true })).toContain('diacritics');
    expect(names({ profile: 'light', diacritics: { keepShadda: true } })).toContain('diacritics');
  });
});

describe('the profile error names every profile', () => {
  it('lists them separated by commas', () => {
    expect(() => normalize('نص', { profile: 'fast' as 'light' })).toThrow(
      new RangeError("normalize: option 'profile' must be one of light, ml, search, received 'fast'"),
    );
  });
});

describe('no inline fold where the final-ya rule still looks at the folded letter', () => {
  it('a final ئ folds to ي and then, as a final ya, to ى', () => {
    expect(normalize('جاء شئ', { profile: 'search', ya: 'alef-maksura' })).toBe('جاء شى');
    expect(normalize('شئ جديد', { profile: 'search', ya: 'alef-maksura' })).toBe('شى جديد');
  });
});

describe('composition only where the compose rule is on, on the letter the folds produce', () => {
  it('compose off: a letter the rules fold (yeh barree, alef under elongation) keeps its combining hamza', () => {
    expect(normalize('ے\u0654', { compose: false })).toBe('ي\u0654');
    expect(normalize('بے\u0654 قال', { compose: false })).toBe('بي\u0654 قال');
    expect(normalize('أ\u0653 قال', { compose: false, alef: true, elongation: true })).toBe('ا\u0653 قال');
  });
  it('hamza on: ؤ before a combining hamza composes as و + hamza, then folds', () => {
    expect(normalize('ؤ\u0654', { hamza: true })).toBe('و');
    expect(normalize('بؤ\u0654 قال', { hamza: true })).toBe('بو قال');
  });
});

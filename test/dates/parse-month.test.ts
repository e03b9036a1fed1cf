import { describe, expect, it } from 'vitest';
import { parseMonth } from '../../src/index.js';

describe('parseMonth', () => {
  it.each([
    ['يناير', 'gregorian', 1, ['transliterated', 'moroccan', 'mauritanian']],
    ['كانون الثاني', 'gregorian', 1, ['syriac']],
    ['كانون ثاني', 'gregorian', 1, ['syriac']],
    ['آب', 'gregorian', 8, ['syriac']],
    ['أب', 'gregorian', 8, ['syriac']],
    ['جوان', 'gregorian', 6, ['maghrebi']],
    ['غشت', 'gregorian', 8, ['moroccan']],
    ['إبريل', 'gregorian', 4, ['transliterated', 'moroccan', 'mauritanian']],
    ['هانيبال', 'gregorian', 8, ['libyan']],
    ['ذو القعدة', 'hijri', 11, ['hijri']],
    ['ذا الحجة', 'hijri', 12, ['hijri']],
    ['جمادى الآخرة', 'hijri', 6, ['hijri']],
    ['ربيع الثاني', 'hijri', 4, ['hijri']],
    ['SEPTEMBER', 'gregorian', 9, ['english']],
  ])('%s', (name, calendar, month, systems) => {
    expect(parseMonth(name)).toEqual({ calendar, month, systems });
  });

  it('returns undefined for anything else', () => {
    expect(parseMonth('')).toBeUndefined();
    expect(parseMonth('كانون')).toBeUndefined();
    expect(parseMonth('ربيع')).toBeUndefined();
    expect(parseMonth('5 مارس')).toBeUndefined();
  });

  it('returns a fresh systems array', () => {
    const a = parseMonth('مارس');
    a?.systems.push('english');
    expect(parseMonth('مارس')?.systems).not.toContain('english');
  });

  it('rejects non-strings', () => {
    expect(() => parseMonth(3 as unknown as string)).toThrow(new TypeError('parseMonth: expected a string, received number'));
    expect(() => parseMonth(null as unknown as string)).toThrow(/received null/);
  });
});

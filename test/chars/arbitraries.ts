import { fc } from '@fast-check/vitest';
import type { FullOptions } from './reference.js';

/** Pieces of text: Arabic letters and marks, presentation forms, digits, controls, Latin, emoji, lone surrogates. */
export const PIECES: readonly string[] = [
  // Arabic letters, including every fold source and Persian/Urdu letters
  ...Array.from('ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآٱٲٳىةۃؤئپچژگکیےۓہۂۀەھڤ'),
  // marks (harakat, tanween, shadda, sukun, madda/hamza, dagger alef, Quranic, open tanween)
  ...Array.from('\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u065f\u0670\u0610\u0618\u06d6\u06ed\u08f0\u08d3'),
  '\u{10efa}',
  '\u{10eff}',
  // presentation forms and ligatures
  ...Array.from('\ufe8d\ufe8e\ufedf\ufee0\ufef7\ufefb\ufef5\ufdf2\ufdfa\ufdfc\ufdfd\ufe70\ufe72\ufe71\ufc5e\ufcf2\ufb8e\ufbfc\ufef1\ufeef\ufe93\ufba4\ufb56\ufd3e'),
  // digits and separators, punctuation
  ...Array.from('٠١٢٣٩۰۴۹0159٫٬،؛؟٪٭۔.,'),
  // whitespace and controls
  ...Array.from(' \u00a0\t\n\r\u2028\u2029\u0085\u3000\u2009'),
  ...Array.from('\u200e\u200f\u061c\u200b\u200c\u200d\u2060\ufeff\u00ad\u202b\u202c\u2067\u2069\u0640'),
  ...Array.from('\u0000\u0007\u007f'),
  // Latin, symbols, CJK
  ...Array.from('aZ/:-½ﬁ²中'),
  // emoji and their parts, lone surrogates
  '\u{1f468}',
  '\u{1f469}',
  '\u{1f600}',
  '\u2764',
  '\ufe0f',
  '\ud800',
  '\udfff',
  '\ud803',
  '\ud83d',
  '\udefa',
];

/** Random text made of {@link PIECES}. */
export const mixedText: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 40 })
  .map((parts) => parts.join(''));

/** Random text with lots of Arabic words and a few oddities. */
export const arabicText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...Array.from('ابتجدرسعفقكلمنهويأإةىؤئ')) },
      { weight: 2, arbitrary: fc.constantFrom(' ', '\u064e', '\u0651', '\u0640') },
      { weight: 1, arbitrary: fc.constantFrom(...PIECES) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const bool = fc.boolean();

/** A random complete option set (every rule explicit). */
export const fullOptions: fc.Arbitrary<FullOptions> = fc.record({
  presentationForms: bool,
  lookalikes: bool,
  compose: bool,
  tatweel: bool,
  invisibles: bool,
  whitespace: bool,
  diacritics: fc.oneof(
    bool,
    fc.record(
      {
        keepHarakat: bool,
        keepTanween: bool,
        keepShadda: bool,
        keepSukun: bool,
        keepMaddaHamza: bool,
        keepQuranic: bool,
        daggerAlef: fc.constantFrom('strip' as const, 'keep' as const, 'alef' as const),
      },
      { requiredKeys: [] },
    ),
  ),
  alef: bool,
  ya: fc.constantFrom(true, false, 'ya' as const, 'alef-maksura' as const),
  tehMarbuta: bool,
  hamza: bool,
  digits: fc.constantFrom(true, false, 'ascii' as const, 'arabic-indic' as const),
  punctuation: bool,
  elongation: bool,
});

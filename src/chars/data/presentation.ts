/**
 * Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) are mapped to letters by their NFKC
 * decomposition (stable by Unicode's normalization stability policy), with these corrections.
 */

/** The presentation-form ranges the `presentationForms` rule maps. @internal */
export const PRESENTATION_RANGES: readonly (readonly [number, number])[] = [
  [0xfb50, 0xfdff],
  [0xfe70, 0xfefc],
];

/**
 * Expansions that differ from NFKC: the rial sign's Farsi yeh folded to ي, and the basmala, which
 * has no decomposition at all.
 * @internal
 */
export const PRESENTATION_OVERRIDES: readonly (readonly [number, string])[] = [
  [0xfdfc, 'ريال'], // NFKC gives the Farsi yeh U+06CC
  [0xfdfd, 'بسم الله الرحمن الرحيم'],
];

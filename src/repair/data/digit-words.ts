/**
 * Word lists for the glued-digit rules. Ordinary spelling; compared on keys.
 *
 * @internal
 */

/**
 * Proclitic clusters that are written solid with a number by normal orthography: «و86», «ب13%»,
 * «لـ50», «وب30», «ال١٥», «بالـ5».
 */
export const NUMBER_PROCLITICS: readonly string[] = [
  'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك', 'فك', 'ال', 'وال', 'فال', 'بال', 'لل', 'كال',
  'ولل', 'فلل', 'وبال', 'فبال', 'وكال',
];

/**
 * Names that carry a number: «جنيف1» (Geneva I), «كوفيد19», «ميغ29», «عرب48», and Latin letters
 * spelled in Arabic as in index names («ايجي اكس70»).
 */
export const NAMES_WITH_NUMBER: readonly string[] = [
  'جنيف', 'كوفيد', 'ميغ', 'ميج', 'سوخوي', 'عرب', 'أستانا', 'اكس', 'إكس', 'إف', 'اف', 'أف', 'بي', 'سي',
  'جي', 'تي', 'دي', 'إس', 'اس', 'إم', 'كيو', 'إيه', 'آي', 'يو', 'جيه',
];

/**
 * Unit and era letters written solid after a number: «1436هـ», «2022م», «200م», «16كم», «5كلغ».
 */
export const NUMBER_SUFFIXES: readonly string[] = ['كلم', 'ملم', 'كلغ', 'كجم', 'كغم', 'ملغ', 'سنتم', 'هـ'];

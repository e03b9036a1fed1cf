/** Ordinal units 1–10 with the article (masculine, as days are written: «الثالث من مارس»). */
export const ORDINAL_UNITS: readonly string[] = [
  'الأول',
  'الثاني',
  'الثالث',
  'الرابع',
  'الخامس',
  'السادس',
  'السابع',
  'الثامن',
  'التاسع',
  'العاشر',
];

/** The same without the article («سابع أكتوبر», «أول مايو»). */
export const BARE_ORDINAL_UNITS: readonly string[] = [
  'أول',
  'ثاني',
  'ثالث',
  'رابع',
  'خامس',
  'سادس',
  'سابع',
  'ثامن',
  'تاسع',
  'عاشر',
];

/** Alternative forms of the unit in compounds (الحادي عشر, الواحد والعشرين) by value. */
export const COMPOUND_UNIT_ONE: readonly string[] = ['الحادي', 'الواحد'];

/** «عشر» joined to units 11–19: «الحادي عشر», «الثالث عشر». */
export const TEEN_WORD = 'عشر';

/** Tens 20 and 30, in the forms the press uses (accusative/genitive and nominative). */
export const TENS_WORDS: readonly (readonly [string, number])[] = [
  ['العشرين', 20],
  ['العشرون', 20],
  ['الثلاثين', 30],
  ['الثلاثون', 30],
];

/** Words that mean day 1 before a month: «غرة رمضان», «الفاتح من سبتمبر» (with من only). */
export const FIRST_DAY_WORDS: readonly (readonly [string, boolean])[] = [
  ['غرة', false],
  ['الفاتح', true],
];

/**
 * Nouns that, before an ordinal, make it something other than a day: «الأسبوع الأول من مارس»
 * (the first week), «النصف الثاني من يونيو».
 */
export const NON_DAY_ORDINAL_HEADS: readonly string[] = [
  'الأسبوع',
  'الأسابيع',
  'النصف',
  'الربع',
  'الثلث',
  'العشر',
  'العشرة',
  'الشطر',
  'الجزء',
  'الشهر',
  'الدور',
  'الفصل',
  'الموسم',
  'العقد',
  'القرن',
  'المركز',
  'الطابق',
  'الأسبوعين',
];

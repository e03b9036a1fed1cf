/**
 * Legitimate repetition. A pair of identical adjacent words is kept when the word is listed here or
 * one of the rules in `duplicates.ts` applies. Every list is in ordinary spelling.
 *
 * @internal
 */

/**
 * Words whose doubling is ordinary Arabic: titles («ولي ولي العهد» deputy crown prince), grammar
 * («رسول رسول الله» the Messenger's envoy, «بين بين» in between, «مليون مليون» a million million),
 * identity pronouns («هي هي» it is the same), compounds («أرض أرض» surface-to-surface) and
 * reduplicated interjections («كلا كلا», «لا لا»).
 */
export const REPEATABLE_WORDS: readonly string[] = [
  'ولي', 'رسول', 'بين', 'مليون', 'مليار', 'ألف', 'أرض', 'جو', 'هو', 'هي', 'هم', 'هن', 'نحن', 'كلا',
  'لا', 'نعم', 'شوي', 'شوية', 'رويدا', 'جدا', 'آمين', 'هيهات', 'بطرس',
];

/**
 * Given names that Arab naming doubles (own name + father's name: «محمد محمد علي», «أحمد أحمد»).
 */
export const DOUBLED_GIVEN_NAMES: readonly string[] = [
  'محمد', 'أحمد', 'محمود', 'مصطفى', 'علي', 'حسن', 'حسين', 'إبراهيم', 'يوسف', 'عبدالله', 'مراد',
  'مختار', 'حفيظ', 'صقر', 'نصار', 'سعيد', 'خالد', 'عمر', 'صالح', 'سالم', 'عادل', 'جمال', 'كمال',
  'نور', 'فؤاد', 'يحيى', 'طه', 'عثمان', 'منصور', 'ناصر', 'حمد', 'حامد', 'رشيد', 'عيسى', 'موسى',
  'داود', 'سليمان', 'عباس', 'حمدي', 'فتحي', 'رمضان', 'شعبان', 'عرفات', 'زكي', 'فهمي', 'وهدان',
];

/**
 * Latin letters spelled in Arabic script, as in spelled acronyms («بي بي سي», «سي إن إن», «جي جي»).
 * These are never ordinary Arabic words, so their doubling is always kept.
 */
export const LETTER_NAMES: readonly string[] = [
  'بي', 'سي', 'دي', 'جي', 'تي', 'كي', 'كيه', 'إف', 'اف', 'أف', 'إس', 'اس', 'إم', 'إل', 'إكس', 'اكس',
  'إتش', 'اتش', 'دبليو', 'واي', 'زد', 'كيو', 'آر', 'يو', 'إيه', 'ايه', 'أيه', 'آي', 'كا', 'جيه', 'إي',
  'بى', 'سى', 'دى', 'جى', 'تى',
];

/**
 * Letter names that are also ordinary words (إن/أن, في, أو, أي, أم): doubled, they are an acronym
 * only next to an unambiguous letter name («سي إن إن»), otherwise an accidental duplicate («أن أن»).
 */
export const AMBIGUOUS_LETTER_NAMES: readonly string[] = ['إن', 'أن', 'ان', 'في', 'أو', 'أي', 'اي', 'أم', 'ام', 'أر'];

/**
 * Stems of nisba adjectives of nations, regions and communities: «العلاقات العربية العربية»
 * (inter-Arab), «المصالحة الفلسطينية الفلسطينية» (intra-Palestinian).
 */
export const ETHNONYM_STEMS: readonly string[] = [
  'عرب', 'فلسطين', 'لبنان', 'سور', 'عراق', 'يمن', 'ليب', 'سودان', 'مصر', 'كرد', 'كورد', 'أفغان',
  'إسلام', 'مسيح', 'أوروب', 'أورب', 'أفريق', 'إفريق', 'أمريك', 'أميرك', 'خليج', 'كور', 'صومال',
  'جزائر', 'تونس', 'مغرب', 'مغارب', 'إيران', 'ترك', 'هند', 'باكستان', 'سعود', 'شيع', 'سن', 'أردن',
  'قطر', 'إمارات', 'كويت', 'بحرين', 'عمان', 'روس', 'صين', 'يابان', 'ألمان', 'فرنس', 'بريطان', 'إسرائيل',
  'سوفيت', 'أسيو', 'آسيو', 'لاتين',
];

/** Nouns of relation that make a doubled nisba legitimate: «الحوار الوطني الوطني». */
export const RELATION_NOUNS: readonly string[] = [
  'العلاقات', 'علاقات', 'الحوار', 'حوار', 'المصالحة', 'مصالحة', 'التقارب', 'الخلافات', 'خلافات',
  'الخلاف', 'الصراع', 'صراع', 'القمة', 'التعاون', 'تعاون', 'التنسيق', 'التضامن', 'الاقتتال', 'اقتتال',
  'الحرب', 'حرب', 'الانقسام', 'الوحدة', 'المفاوضات', 'اللقاءات', 'التجارة', 'النزاع', 'نزاع',
  'التبادل', 'العمل', 'الشأن', 'البيت', 'التكامل', 'المصالح', 'التطبيع',
];

/**
 * Words ending in ما after which a second «ما» is a stutter («حسبما ما استنتجته» → «حسبما
 * استنتجته»). «فيما ما زال», «بينما ما يجري», «دائما ما», «يوما ما» are ordinary and not listed.
 */
export const MA_COMPOUNDS: readonly string[] = ['حسبما', 'بحسبما', 'مثلما', 'حيثما', 'أينما', 'كيفما', 'ريثما', 'وفقما'];

/** Verbs of continuity that follow «ما» («بينما ما زال» is ordinary, not a stutter). */
export const CONTINUITY_VERBS: readonly string[] = [
  'زال', 'زالت', 'زالوا', 'يزال', 'تزال', 'يزالون', 'نزال', 'دام', 'دامت', 'داموا', 'برح', 'يبرح',
  'فتئ', 'يفتأ', 'انفك', 'ينفك',
];

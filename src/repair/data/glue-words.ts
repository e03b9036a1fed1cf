/**
 * Word lists for the glued-word rules. Ordinary spelling; compared on keys.
 *
 * @internal
 */

/**
 * Prepositions and demonstratives that, written solid with a following definite word, are always a
 * missing space: «فيالمستقبل» → «في المستقبل», «عليالمسرح» → «علي المسرح».
 */
export const PREFIX_BEFORE_ARTICLE: readonly string[] = [
  'في', 'فى', 'من', 'عن', 'علي', 'إلي', 'الي', 'هذا', 'هذه', 'ذلك', 'تلك', 'أو', 'عبر', 'كل', 'بعد',
  'قبل', 'حول', 'دون', 'ضد', 'نحو', 'منذ', 'خلال', 'لكن', 'حتي',
];

/** Particles and verbs ending in ى, written solid with the next word: «علىبعد», «إلىتحديد». */
export const MAKSURA_PARTICLES: readonly string[] = [
  'على', 'إلى', 'الى', 'حتى', 'لدى', 'متى', 'سوى', 'مدى', 'أدى', 'أخرى', 'الأخرى', 'تبقى', 'يبقى',
];

/** Words that begin with one of the prefixes above followed by ال and are single words. */
export const PREFIX_ARTICLE_WORDS: readonly string[] = ['فيالق', 'فيالة', 'كلال', 'أوال', 'منال'];

/**
 * Words written solid with ما or لا by convention, never split: «مازال», «لاسيما», «لابد», «ماذا».
 */
export const LEXICALISED: readonly string[] = [
  'مما', 'فيما', 'عندما', 'بينما', 'كلما', 'ربما', 'لما', 'إنما', 'حينما', 'طالما', 'لطالما', 'مثلما',
  'حسبما', 'كيفما', 'أينما', 'حيثما', 'بعدما', 'ريثما', 'عما', 'ممن', 'عمن', 'ماذا', 'لماذا', 'مازال',
  'مازالت', 'مازالوا', 'مايزال', 'ماتزال', 'مايزالون', 'مادام', 'مادامت', 'لازال', 'لازالت', 'لايزال',
  'لاتزال', 'لاسيما', 'لابد', 'إلا', 'ألا', 'لئلا', 'كيلا', 'لكيلا', 'هكذا', 'كذلك', 'لذلك', 'بذلك',
  'مافتئ', 'مابرح', 'ماانفك', 'لاشك', 'لاحقا', 'لاحق', 'مايو', 'مايكل', 'مالي', 'مالك', 'ماهر', 'ماهية',
];

/**
 * First halves that make a name or compound written solid by convention: «عبدالله», «أبوظبي»,
 * «بنعلي», «آلسعود», «الرأسمالية», «كيلومترات», «نانوتكنولوجي». A token that starts with one of
 * these (after proclitics and ال) is never split by evidence.
 */
export const NAME_PREFIXES: readonly string[] = [
  'عبد', 'أبو', 'ابو', 'أبي', 'ابي', 'بن', 'ابن', 'بو', 'آل', 'ذو', 'ذي', 'أم', 'بنت', 'سيدي', 'مولاي',
  'دار', 'بيت', 'عين', 'رأس', 'سان', 'سانت', 'كيلو', 'ميغا', 'ميجا', 'جيجا', 'تيرا', 'نانو', 'ميكرو',
  'ماكرو', 'سنتي', 'ملي', 'بيو', 'جيو', 'فيديو', 'راديو', 'تلي', 'أوتو',
];

/**
 * Second halves that are never split off: «الله» in «عبدالله», «حزبالله», «نصرالله»; pronoun and
 * plural suffixes («ها», «هم», «ات», «ين», «ية») which a typo can leave after ة or ى.
 */
export const NEVER_SECOND_HALF: readonly string[] = [
  'الله', 'ها', 'هم', 'هن', 'هما', 'كم', 'كن', 'كما', 'نا', 'ني', 'ات', 'ان', 'ين', 'ون', 'ية', 'يه',
  'يين', 'يون', 'تين', 'تان', 'اتها', 'اته', 'اتهم', 'يا', 'وا',
];

/** Second halves that may follow a word ending in ر or ه written solid: «ويعبرمن», «تضامنهمع». */
export const PREPOSITIONS_AFTER_R: readonly string[] = ['من', 'عن', 'على', 'إلى', 'الى'];
/** As above, after ه. */
export const PREPOSITIONS_AFTER_HEH: readonly string[] = ['من', 'مع', 'عن', 'على', 'إلى', 'الى', 'في'];

/**
 * Boilerplate glued to what follows or precedes it. `after`: split after this word when the token
 * starts with it and the words before it match `context` («مقالات أخرى للكاتبحالة»). `before`:
 * split before it («الجديدالمصدر»).
 */
export const GLUED_BOILERPLATE_AFTER: readonly { readonly word: string; readonly context: readonly string[] }[] = [
  { word: 'للكاتب', context: ['مقالات', 'أخرى'] },
  { word: 'أيضا', context: ['اقرأ'] },
  { word: 'أيضا', context: ['إقرأ'] },
  { word: 'أيضا', context: ['اقرا'] },
];

/** Boilerplate words split off the end of a glued token: «الجديدالمصدر» → «الجديد المصدر». */
export const GLUED_BOILERPLATE_BEFORE: readonly string[] = ['المصدر'];

// Marker tables, written as they appear on news sites. They are folded with the `search` profile
// before matching (see compile.ts), so one spelling covers hamza/diacritic/tatweel variants.

/** A read-also marker and where it may stand. */
export interface ReadAlsoMarker {
  /** The marker words. */
  readonly text: string;
  /** Only at the start of a line. */
  readonly lineStart: boolean;
  /** Must be followed by a separator (`:`, `|`, `...`). */
  readonly separator: boolean;
}

/** «Read also» markers: a marker plus teaser headline(s) is one `read-also` unit. */
export const READ_ALSO_MARKERS: readonly ReadAlsoMarker[] = [
  { text: 'اقرأ أيضا', lineStart: false, separator: false },
  { text: 'اقرأ كذلك', lineStart: false, separator: false },
  { text: 'اقرأ المزيد', lineStart: false, separator: false },
  { text: 'قد يهمك', lineStart: false, separator: false },
  { text: 'يهمك أيضا', lineStart: true, separator: false },
  { text: 'شاهد أيضا', lineStart: true, separator: false },
  { text: 'طالع أيضا', lineStart: true, separator: false },
  { text: 'مواضيع ذات صلة', lineStart: true, separator: false },
  { text: 'أخبار ذات صلة', lineStart: true, separator: false },
  { text: 'مقالات ذات صلة', lineStart: true, separator: false },
  { text: 'اقرأ', lineStart: true, separator: true },
  { text: 'للمزيد', lineStart: true, separator: true },
  { text: 'أيضا..', lineStart: true, separator: false },
  { text: 'انفوجرافيك', lineStart: true, separator: true },
  { text: 'إنفوغرافيك', lineStart: true, separator: true },
];

/** Markers of an author's other headlines glued into one run (`related-list` to the end of the line). */
export const RELATED_LIST_MARKERS: readonly string[] = ['مقالات أخرى للكاتب', 'مقالات أخرى للكاتبة', 'المزيد من مقالات الكاتب'];

/** A word every related-list marker contains (scanned for once). */
export const RELATED_LIST_ANCHOR = 'مقالات';

/** Source-line labels («المصدر: CNN»). */
export const SOURCE_LABELS: readonly string[] = ['المصدر', 'مصدر الخبر'];

/** Tag-line labels («كلمات دلالية: …»). */
export const TAG_LABELS: readonly string[] = ['كلمات دلالية', 'الكلمات الدلالية', 'الكلمات المفتاحية', 'كلمات مفتاحية', 'الوسوم', 'وسوم', 'سمات', 'Tags'];

/** The tag label some sites glue to the end of the last paragraph («… السعودي سمات أوامر ملكية»). */
export const TRAILING_TAG_LABEL = 'سمات';

/** Publication-date line labels («تاريخ النشر: …»). */
export const PUBLISH_DATE_LABELS: readonly string[] = ['تاريخ النشر', 'تاريخ الإضافة', 'نشر بتاريخ', 'نشر في', 'تم النشر', 'آخر تحديث', 'تاريخ التحديث'];

/** Phrases that make a line a share widget or an app promo. */
export const SHARE_PHRASES: readonly string[] = [
  'شارك من خلال',
  'شارك عبر',
  'شارك هذا',
  'شارك الخبر',
  'تابعونا على',
  'تابعوا آخر الأخبار',
  'لمتابعة آخر الأخبار',
  'يمكنكم تسلم إشعارات',
  'حمل تطبيق',
  'حملوا تطبيق',
  'اضغط هنا',
  'انقر هنا',
  'اشترك في نشرتنا',
];

/** Words of a share widget («شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك»). */
export const SHARE_WIDGET_WORDS: readonly string[] = [
  'تويتر', 'فيسبوك', 'فيس', 'بوك', 'جوجل', 'غوغل', 'بلس', 'واتساب', 'واتس', 'اب', 'تلغرام', 'تليجرام',
  'لينكد', 'إن', 'لينكدإن', 'انستغرام', 'إنستغرام', 'البريد', 'الإلكتروني', 'ايميل', 'طباعة', 'اكتب', 'رأيك',
  'أرسل', 'لصديق', 'حفظ', 'مشاركة', 'تعليق', 'نسخ', 'الرابط',
];

/** Phrases that make a line a copyright notice. */
export const COPYRIGHT_PHRASES: readonly string[] = ['حقوق النشر محفوظة', 'جميع الحقوق محفوظة', 'حقوق الطبع', 'الحقوق محفوظة', '©', 'Copyright'];

/** Words of a bracketed photo note («(صورة أرشيفية)»). */
export const CAPTION_PHRASES: readonly string[] = ['صورة أرشيفية', 'صورة تعبيرية', 'صورة من الأرشيف', 'أرشيفية', 'صور أرشيفية', 'صورة أرشيف'];

/** Wire end-of-item words («// انتهى //»). */
export const WIRE_END_WORDS: readonly string[] = ['انتهى', 'انتهي', 'إنتهى'];

/** Wire timestamp zone words («18:35 ت م»). */
export const TIMESTAMP_WORDS: readonly string[] = ['ت', 'م', 'تغ', 'GMT', 'بتوقيت', 'مكة', 'المكرمة', 'ت.م', 'ت.غ'];

/** Words that may stand around the date of a stand-alone date line («الجمعة، 13 يوليو 2012 09:36 بتوقيت القدس»). */
export const DATE_LINE_WORDS: readonly string[] = [
  'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'يوم', 'م', 'هـ', 'ه', 'الموافق',
  'بتوقيت', 'GMT', 'ت', 'غ', 'صباحا', 'مساء', 'مساءً', 'ص', 'آخر', 'تحديث', 'AM', 'PM',
];

/** The time-zone word whose next word (a city) is part of a date line. */
export const ZONE_WORD = 'بتوقيت';

/** News agencies and outlets that end or bracket a dateline («الرياض - واس», «(أ ش أ)»). */
export const AGENCIES: readonly string[] = [
  'واس', 'وام', 'قنا', 'كونا', 'بنا', 'سانا', 'وفا', 'بترا', 'العمانية', 'الأناضول', 'رويترز', 'أ ف ب', 'أ ش أ',
  'د ب أ', 'ا ب', 'أ ب', 'يو بي آي', 'شينخوا', 'وكالات', 'متابعات', 'خاص', 'CNN', 'BBC', 'واج', 'وات', 'ومع', 'و م ع', 'لانا',
];

/** Masthead names that stand alone on a line under a publication date. */
export const MASTHEADS: readonly string[] = [
  'الاتحاد', 'الخليج', 'البيان', 'الثورة', 'الرياض', 'عكاظ', 'الجزيرة', 'الأهرام', 'الوطن', 'الشرق', 'الأيام',
  'الصباح', 'الدستور', 'الرأي', 'الغد', 'النهار', 'السفير', 'الحياة', 'القدس', 'الشروق', 'المصري اليوم', 'اليوم',
];

/** Section labels glued between a read-also marker and its teaser («اقرأ أيضاًالرياضة…»). */
export const SECTION_LABELS: readonly string[] = [
  'Uncategorized', 'المملكة', 'الرياضة', 'المنوعات', 'منوعات', 'المجتمع', 'تقارير', 'الاقتصاد', 'اقتصاد', 'محليات',
  'دولية', 'دولي', 'الثقافة', 'ثقافة', 'العالم', 'عربي ودولي', 'أخبار', 'الأخبار', 'سياسة', 'السياسة', 'صحة', 'الصحة',
  'تقنية', 'التقنية', 'فن', 'الفن', 'رياضة', 'مقالات', 'الرأي', 'حوارات', 'تحقيقات', 'عاجل',
];

/**
 * Words that open an article sentence after a glued teaser headline («… نيوم وسجل أحمد الغامدي»).
 * A glued teaser ends before the first of these (see read-also.ts).
 */
export const PROSE_OPENERS: readonly string[] = [
  'وقال', 'وقالت', 'وأضاف', 'وأضافت', 'وأكد', 'وأكدت', 'وأوضح', 'وأوضحت', 'وأشار', 'وأشارت', 'وشدد', 'وشددت',
  'وكان', 'وكانت', 'وتم', 'وجاء', 'وجاءت', 'وفي', 'وأعلن', 'وأعلنت', 'وذكر', 'وذكرت', 'ويأتي', 'وتأتي', 'ويعد',
  'وتعد', 'وبين', 'وبينت', 'وشهد', 'وشهدت', 'وحقق', 'وحصل', 'وقد', 'ولفت', 'ولفتت', 'وأفاد', 'وأفادت', 'وتابع',
  'واختتم', 'ويشار', 'ويذكر', 'وبحسب', 'وفيما', 'فيما', 'وبلغ', 'وبلغت', 'وتضمن', 'وتتضمن', 'وتشمل', 'ويشمل',
  'ونوه', 'وعقب', 'واستعرض', 'واستعرضت', 'ويهدف', 'وتهدف', 'وتتيح', 'ويتيح', 'وتوفر', 'ويوفر', 'وأتاح', 'وسجل',
  'وسجلت', 'وحدد', 'ويروي', 'وتبرز', 'ويبرز', 'وعبر', 'ونظرا', 'وتقع', 'ويقع', 'ومن', 'وعلى', 'ثم',
  'كما', 'حيث', 'يذكر', 'بدوره', 'بدورها', 'وذلك', 'وأكّد', 'واستقبل', 'وتطرق', 'وناقش', 'واطلع', 'وتسلم',
  'وأشاد', 'ودعا', 'ودعت', 'وطالب', 'وأظهرت', 'وأظهر', 'وتشير', 'ويشير', 'وتقول', 'ويقول', 'وجرى', 'وألقى',
  'وعقد', 'وعقدت', 'وسلط', 'ورفع', 'وتناول', 'وتناولت', 'وأعرب', 'وأعربت', 'ويسهل', 'وتعمل', 'ويعمل', 'ويشارك', 'وتشارك',
  'وتتمثل', 'ويتمثل', 'وتقدم', 'ويقدم', 'وأصدرت', 'وأصدر', 'وتضمنت', 'وستشهد', 'وسيشهد', 'وتنطلق', 'وينطلق', 'ويعتبر',
  'وتعتبر', 'ويمثل', 'وتمثل', 'وأوصى', 'وأوصت', 'وافتتح', 'وزار', 'وتفقد', 'وترأس', 'وبحث', 'وبحثت', 'واستمع',
  'يشار', 'وأضافوا', 'وحث', 'وحثت', 'وعن', 'وألزمت', 'وألزم', 'وأفادوا', 'وقالوا', 'وأكدوا',
];

/** Multi-word openers («من جانبه», «من جهة أخرى»), checked as two words. */
export const PROSE_OPENER_PAIRS: readonly string[] = ['من جانبه', 'من جانبها', 'من جهته', 'من جهتها', 'من جهة', 'في حين', 'وفي حين', 'في المقابل', 'إلى ذلك', 'وفي ختام'];

/** Name particles kept with their neighbours when a tag line has no separators («خالد بن سلمان»). */
export const NAME_PARTICLES: readonly string[] = ['بن', 'ابن', 'بنت', 'أبو', 'أبي', 'عبد', 'آل', 'أم'];

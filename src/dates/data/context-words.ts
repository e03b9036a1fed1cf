/**
 * Words that, right before a risky month name, show it is a month: prepositions and nouns of
 * time («في مارس», «منذ رمضان», «مطلع مايو»). Compared after removing one proclitic (و، ف، ب، ل).
 */
export const TIME_WORDS_BEFORE: readonly string[] = [
  'في',
  'منذ',
  'حتى',
  'خلال',
  'مطلع',
  'موفى',
  'أوائل',
  'أواسط',
  'منتصف',
  'أواخر',
  'نهاية',
  'بداية',
  'مستهل',
  'قبل',
  'بعد',
  'طيلة',
  'طوال',
  'أثناء',
  'حلول',
  'غاية',
  'أيام',
  'ليالي',
  'شهر',
  'شهري',
  'أشهر',
  'هلال',
  'صيام',
  'صوم',
];

/**
 * Time nouns that, before «من» and a risky month name, show it is a month: «العشر الأواخر من
 * رمضان», «اعتبارا من مارس», «الفترة من مايو إلى يوليو».
 */
export const TIME_WORDS_BEFORE_MIN: readonly string[] = [
  'الأواخر',
  'الأوائل',
  'العشر',
  'أيام',
  'الأيام',
  'ليالي',
  'الليالي',
  'ليلة',
  'اليوم',
  'الأسبوع',
  'النصف',
  'منتصف',
  'نهاية',
  'بداية',
  'مطلع',
  'أواخر',
  'أوائل',
  'الفترة',
  'المدة',
  'ابتداء',
  'اعتبارا',
  'بدءا',
  'انطلاقا',
];

/** «شهر» and its forms: before any month name it settles that the name is a month. */
export const MONTH_WORDS: readonly string[] = ['شهر', 'شهري', 'أشهر', 'الأشهر'];

/**
 * Adjectives that follow a month name («مارس الماضي», «رمضان المبارك»); they may also sit between
 * the month and its year («رمضان المقبل 1436هـ»).
 */
export const TIME_WORDS_AFTER: readonly string[] = [
  'الماضي',
  'المقبل',
  'القادم',
  'الجاري',
  'الحالي',
  'المنصرم',
  'الفائت',
  'المنقضي',
  'المنتهي',
  'المبارك',
  'الكريم',
  'المعظم',
  'الفضيل',
  'الحرام',
  'الخير',
  'المرجب',
  'الفرد',
];

/** Words joining two month mentions («جوان وجويلية», «من مارس إلى مايو»); و is also a proclitic. */
export const MONTH_CONNECTORS: readonly string[] = ['و', 'إلى', 'الى', 'حتى', 'أو', 'ثم', 'لغاية'];

/** Words before «نيسان» that make it the car maker. */
export const CAR_WORDS_BEFORE: readonly string[] = [
  'سيارة',
  'سيارات',
  'شركة',
  'شركات',
  'مصنع',
  'مصانع',
  'طراز',
  'علامة',
  'ماركة',
  'موديل',
  'وكيل',
  'وكالة',
  'رينو',
  'تحالف',
  'مجموعة',
  'تويوتا',
  'هوندا',
  'ميتسوبيشي',
  'مرسيدس',
];

/** Words after «نيسان» that make it the car maker. */
export const CAR_WORDS_AFTER: readonly string[] = [
  'موتور',
  'موتورز',
  'باترول',
  'صني',
  'ليف',
  'التيما',
  'قشقاي',
  'جوك',
  'اكس',
  'ميكرا',
  'سنترا',
  'مكسيما',
  'باثفايندر',
  'نافارا',
  'للسيارات',
  'رينو',
  'جديدة',
  'جديد',
];

/** Words introducing a year: «عام 2015», «سنة 1990», «من العام 2017». */
export const YEAR_WORDS: readonly string[] = ['عام', 'العام', 'سنة', 'السنة', 'لعام', 'للعام', 'لسنة', 'للسنة'];

/**
 * Words between a Hijri date and its Gregorian equivalent (or the reverse) that link the two:
 * «… 1445 هـ الموافق 30 نوفمبر 2023 م».
 */
export const LINK_WORDS: readonly string[] = ['الموافق', 'والموافق', 'ويوافق', 'يوافق', 'الموافقة', 'ل', 'لـ', 'أي'];

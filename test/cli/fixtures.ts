/** Realistic Arabic news sentences written for these tests (not taken from any corpus). */
export const SENTENCES: readonly string[] = [
  'أعلنت وزارة الصحة اليوم الاثنين عن افتتاح مستشفى جديد في مدينة الإسكندرية بسعة ٢٥٠ سريراً.',
  'القاهرة - (أ ش أ) قال وزير المالية إن معدل التضخم تراجع إلى ٣٫٥٪ خلال شهر مارس/آذار الماضي.',
  'وأكد المتحدث باسم الحكومة أن الاجتماع سيعقد يوم ١٥ رمضان ١٤٤٥ هـ الموافق ٢٥ مارس ٢٠٢٤ م.',
  'شهدت الأسواق المالية العربية تـــراجعاً ملحوظاً في تعاملات الأسبوع الماضي\u00a0 بعد إعلان النتائج.',
  'وأوضح التقرير أن عدد الزوار بلغ ١٬٢٠٠٬٠٠٠ زائر خلال موسم الصيف، بزيادة كبيرة عن العام السابق.',
  'اقرأ أيضا: الرئيس يستقبل وفداً اقتصادياً رفيع المستوى في قصر الاتحادية',
  'قَالَ الْمُدِيرُ الْعَامُّ لِلشَّرِكَةِ إِنَّ الْمَشْرُوعَ سَيَكْتَمِلُ فِي جَانْفِي الْقَادِمِ.',
  'الرباط — أفادت المندوبية السامية للتخطيط بأن معدل البطالة استقر عند ١٣٪ في الربع الأول.',
];

/** `count` JSON Lines records cycling through {@link SENTENCES}, with ids and extra fields. */
export function makeRecords(count: number): { id: number; site: string; text: string }[] {
  return Array.from({ length: count }, (_, i) => ({
    id: i,
    site: `site-${i % 5}`,
    text: `${SENTENCES[i % SENTENCES.length] ?? ''} (${i})`,
  }));
}

/** The records as JSON Lines text. */
export function toJsonl(records: readonly object[]): string {
  return records.map((r) => `${JSON.stringify(r)}\n`).join('');
}

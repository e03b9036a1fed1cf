import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { removeBoilerplate } from '../../src/boilerplate/index.js';
import { BOILERPLATE_KINDS } from '../../src/boilerplate/options.js';

// Prose without boilerplate: sentences and headline lines written for the project.
const PROSE = [
  'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة، بطاقة استيعابية تبلغ مئتي سرير.',
  'وقال المتحدث باسم الوزارة إن المستشفى سيخدم أكثر من نصف مليون نسمة.',
  'وأضاف أن العمل في المشروع استغرق ثلاث سنوات بتكلفة بلغت مليار ريال.',
  'وتصدر وسم #المستشفى_الجديد منصات التواصل، وفقاً لما نقلت عنه «الرياض».',
  'وقال: "سننتهي من المرحلة الأولى خلال شهرين".',
  'مراحل التنفيذ',
  'وزير الصحة يفتتح مستشفى الشمال',
  'ويأمل السكان أن يخفف المشروع من الازدحام في أيار/مايو المقبل.',
  'وأكد المصدر الذي طلب عدم ذكر اسمه أن العمل مستمر.',
  'سمات القائد الناجح كثيرة، منها الصبر والحكمة.',
  'ارتفع المؤشر 2.5% ليغلق عند 8450 نقطة.',
];

// Boilerplate lines and glued pieces that may be mixed in.
const FURNITURE = [
  'اقرأ أيضاً',
  'إقرأ أيضاً:',
  'قد يهمك أيضا: عنوان خبر آخر',
  'المصدر: وكالات',
  'المصدر | الخليج الجديدالمصدر: الخليج الجديد',
  'كلمات دلالية: صحة مستشفى الرياض',
  'تاريخ النشر: 30th, November 2023 GMT',
  'القاهرة - (أ ش أ) - أعلنت الوزارة اليوم عن خطة لتطوير المستشفيات في المحافظات.',
  'EXAMPLE.INFO - متابعة',
  ' // انتهى //',
  '18:35 ت م',
  '----------',
  'يمكنكم تسلم إشعارات بأهم الأخبار بعد تحميل التطبيق.',
  'شارك من خلال تويتر فيسبوك اكتب رأيك',
  'جميع الحقوق محفوظة',
  '(صورة أرشيفية)',
  'مقالات أخرى للكاتبعنوان أولعنوان ثان',
  'على نفقة المخالفين.  اقرأ أيضاًالمملكة“هيئة” تمنح الاعتماد للمعهد وشددت الوزارة على المراقبة.',
];

const separator = fc.constantFrom('\n', '\r\n', ' ', '\n\n', '  ');
const clean = fc.array(fc.tuple(fc.constantFrom(...PROSE), separator), { minLength: 1, maxLength: 12 }).map((parts) => parts.map(([p, s]) => p + s).join(''));
const mixed = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...PROSE), fc.constantFrom(...FURNITURE), fc.string({ maxLength: 20 })), separator), { maxLength: 14 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));
const anyText = fc.oneof(mixed, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }));

describe('removeBoilerplate properties', () => {
  test.prop([anyText], { numRuns: 300 })('removals are in bounds, sorted, non-overlapping and cut out of text', (text) => {
    const { text: out, removed } = removeBoilerplate(text);
    let at = 0;
    let rebuilt = '';
    for (const r of removed) {
      expect(r.start).toBeGreaterThanOrEqual(at);
      expect(r.end).toBeGreaterThan(r.start);
      expect(r.end).toBeLessThanOrEqual(text.length);
      expect(BOILERPLATE_KINDS).toContain(r.kind);
      rebuilt += text.slice(at, r.start);
      at = r.end;
    }
    rebuilt += text.slice(at);
    expect(out).toBe(rebuilt);
  });

  test.prop([clean], { numRuns: 200 })('text without boilerplate comes back unchanged', (text) => {
    expect(removeBoilerplate(text)).toEqual({ text, removed: [] });
  });

  test.prop([anyText], { numRuns: 100 })('keeping every kind removes nothing', (text) => {
    expect(removeBoilerplate(text, { keep: BOILERPLATE_KINDS })).toEqual({ text, removed: [] });
  });
});

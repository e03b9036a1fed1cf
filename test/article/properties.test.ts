import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { cleanArticle } from '../../src/article/index.js';
import { accountedText, squeeze } from './helpers.js';

const LINES = [
  'وزير النقل يفتتح محطة القطار الجديدة',
  'تاريخ النشر: الثلاثاء 01 مايو 2012',
  'القاهرة - (أ ش أ) - افتتح وزير النقل اليوم محطة القطار الجديدة في وسط المدينة، بحضور عدد من المسؤولين.',
  'وقال الوزير إن إن المحطة ستخدم آلاف الركاب يوميا، مضيفا أنه نه سيتم افتتاح محطات أخرى.',
  'وتضم المحطةالجديدة أرصفة حديثة ومواقف للسيارات.',
  'وكانت الأعمال قد بدأت في مارس/آذار 2021 بتكلفة بلغت 334.5 مليون جنيه.',
  'اقرأ أيضاً',
  'افتتاح طريق دائري جديد حول العاصمة',
  'المصدر: وكالات',
  'كلمات دلالية: النقل القطارات القاهرة',
  'إقرأ أيضاً:',
  'انطلاق مهرجان المسرح العربي في دورته الجديدة',
  'أعلنت وزارة الثقافة عن انطلاق مهرجان المسرح العربي في دورته الجديدة، بمشاركة فرق من عشر دول.',
  'على نفقة المخالفين.  اقرأ أيضاًالمملكة“هيئة” تمنح الاعتماد للمعهد وشددت الوزارة على المراقبة.',
  '(صورة أرشيفية)',
  'ـــ كتـــاب الأُسبوع ـــ',
];
const separator = fc.constantFrom('\n', '\r\n', ' ', '\n\n');
const page = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...LINES), fc.string({ maxLength: 16 })), separator), { maxLength: 12 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));
const anyText = fc.oneof(page, fc.string({ unit: 'grapheme', maxLength: 160 }));

describe('cleanArticle properties', () => {
  test.prop([anyText], { numRuns: 250 })('nothing is lost silently: raw minus removals with edits applied is the body', (raw) => {
    const article = cleanArticle(raw);
    expect(squeeze(accountedText(raw, article))).toBe(squeeze(article.body));
  });

  test.prop([anyText], { numRuns: 150 })('offsets point into raw: in bounds, removals and edits sorted and non-overlapping', (raw) => {
    const article = cleanArticle(raw);
    for (const list of [article.removed, article.edits]) {
      let at = 0;
      for (const s of list) {
        expect(s.start).toBeGreaterThanOrEqual(at);
        expect(s.end).toBeGreaterThanOrEqual(s.start);
        expect(s.end).toBeLessThanOrEqual(raw.length);
        at = s.end;
      }
    }
    for (const d of article.dates) expect(raw.slice(d.start, d.end)).toBe(d.text);
    expect(article.paragraphs.join('\n\n')).toBe(article.body);
  });
});

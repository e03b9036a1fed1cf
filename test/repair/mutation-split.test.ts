// Tests written to kill surviving Stryker mutants of src/repair/split.ts and the protected-chunk
// guards of src/repair/tokenize.ts: where each phase-one rule splits a glued token, how key indices
// map back to text indices when the token carries marks or tatweel, and which chunks are protected.
import { describe, expect, it } from 'vitest';
import { repair } from '../../src/repair/index.js';
import { expectRepaired, expectKept, type Changed, type Kept } from './helpers.js';


describe('glued: phase-one splits', () => {
  it.each<Changed>([
    ['ى of a particle before an indefinite word', 'يهدف المشروع إلىتحديد الأولويات', 'يهدف المشروع إلى تحديد الأولويات', ['glued']],
    ['ى before a four-letter closed-class word', 'تأثر النفوذ في آسيا الوسطىخلال الأزمة', 'تأثر النفوذ في آسيا الوسطى خلال الأزمة', ['glued']],
    ['ى before a seven-letter closed-class word', 'في المنطقة الوسطىاللواتي يعملن', 'في المنطقة الوسطى اللواتي يعملن', ['glued']],
    ['a tanween on ة', 'كانت رحلةًطويلة جدا', 'كانت رحلةً طويلة جدا', ['glued']],
    ['a tanween on ة after a tatweel', 'كانت رحلـةًطويلة جدا', 'كانت رحلـةً طويلة جدا', ['glued']],
    ['a fathatan on ى', 'قال هدىًوالناس', 'قال هدىً والناس', ['glued']],
    ['a fathatan, an alef and a vowel on it', 'قال أيضًاَالمسؤول إن', 'قال أيضًاَ المسؤول إن', ['glued']],
    ['a tanween then a tatweel', 'قال أيضاًـالمسؤول', 'قال أيضاًـ المسؤول', ['glued']],
    ['a preposition and a ة in one token', 'نأمل فيالمدينةالقديمة', 'نأمل في المدينة القديمة', ['glued', 'glued']],
    ['a token that starts like a preposition but has no article', 'زار الوفد منطقةالخليج', 'زار الوفد منطقة الخليج', ['glued']],
    ['boilerplate context before a token that does not start with the boilerplate word', 'مقالات أخرى رحلةالجنوب', 'مقالات أخرى رحلة الجنوب', ['glued']],
    ['a word glued before المصدر', 'قال زيدالمصدر إن', 'قال زيد المصدر إن', ['glued']],
    ['ة then a two-letter proclitic cluster before a number', 'غرامة تصل بالإضافةوب50 ألف ريال', 'غرامة تصل بالإضافة وب50 ألف ريال', ['glued']],
  ])('%s', (_label, input, expected, kinds, options) => {
    expectRepaired(input, expected, kinds, options);
  });

  it.each<Kept>([
    ['the old spelling ىء before a plural suffix', 'يعيش اللاجىءون في المخيمات'],
    ['«للكاتب» without its «مقالات أخرى» context', 'مقالات جديدة للكاتبرحلة إلى الجنوب'],
    ['«أيضا» without «اقرأ» before it', 'أيضاالمملكة تستضيف القمة'],
    ['proclitics and the article glued to المصدر', 'قال فبالمصدر إن'],
    ['ة then a proclitic with no number after it', 'غرامة تصل بالإضافةل ألف ريال'],
    ['ة then a proclitic before a spaced number', 'غرامة تصل بالإضافةل 50 ألف ريال'],
  ])('keeps %s', (_label, input, options) => {
    expectKept(input, options);
  });
});

describe('glued: splits inside tokens that carry marks or tatweel', () => {
  it.each<Changed>([
    ['a shadda before the preposition', 'ويعبّرمن خلال البيان', 'ويعبّر من خلال البيان', ['glued']],
    ['a tatweel before the preposition', 'ويعبـرمن خلال البيان', 'ويعبـر من خلال البيان', ['glued']],
    ['ه then الى', 'وأكد ميلهالى الحوار', 'وأكد ميله الى الحوار', ['glued']],
    ['ه then عن', 'وأعلن تخليهعن منصبه', 'وأعلن تخليه عن منصبه', ['glued']],
  ])('%s', (_label, input, expected, kinds) => {
    expectRepaired(input, expected, kinds);
  });

  it('inserts the space right after the marks of the last letter of the first word', () => {
    expect(repair('ويعبّرمن خلال البيان').edits).toEqual([{ start: 6, end: 6, replacement: ' ', kind: 'glued' }]);
    expect(repair('كانت رحلـةًطويلة جدا').edits).toEqual([{ start: 11, end: 11, replacement: ' ', kind: 'glued' }]);
  });
});

describe('glued: protected chunks', () => {
  it.each<Changed>([
    ['a colon without //', 'الخطةالوطنية: تفاصيل', 'الخطة الوطنية: تفاصيل', ['glued']],
    ['a domain in the next chunk', 'انظر الخطةالوطنية a.b', 'انظر الخطة الوطنية a.b', ['glued']],
    ['a dot between a Latin and an Arabic letter', 'انظر الخطةالوطنيةa.ب', 'انظر الخطة الوطنيةa.ب', ['glued']],
    ['a hashtag chunk ends at a line break', 'وسم #الخطةالوطنية\nالمدينةالقديمة', 'وسم #الخطةالوطنية\nالمدينة القديمة', ['glued']],
    ['a hashtag at the end protects only itself', 'المدينةالقديمة #وسم', 'المدينة القديمة #وسم', ['glued']],
    ['a hashtag at the start protects only itself', '#وسم المدينةالقديمة', '#وسم المدينة القديمة', ['glued']],
  ])('splits when %s', (_label, input, expected, kinds) => {
    expectRepaired(input, expected, kinds);
  });

  it.each<Kept>([
    ['an underscore', 'انتشر وسم الخطةالوطنية_الجديدة بسرعة'],
    ['://', 'انظر الخطةالوطنية://x'],
    ['an @ between two glued tokens', 'الخطةالوطنية@المدينةالقديمة'],
  ])('keeps a chunk with %s', (_label, input, options) => {
    expectKept(input, options);
  });

  it('glued: false also keeps a glued copy of a word (no split, so no duplicate)', () => {
    expect(repair('زار الوفد المدينةالمدينة القديمة', { glued: false }).edits).toEqual([]);
  });
});

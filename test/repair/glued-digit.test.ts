import { describe, expect, it } from 'vitest';
import { fixed, kinds } from './helpers.js';

describe('glued-digit: a word and a number written solid get a space', () => {
  it.each([
    ['word then decimal', 'ارتفع المؤشر إلي447.5 نقطة', 'ارتفع المؤشر إلي 447.5 نقطة'],
    ['word then percent', 'تراجعت الصادرات بنسبة12% هذا العام', 'تراجعت الصادرات بنسبة 12% هذا العام'],
    ['count word', 'تم بناء عدد40 منزلا', 'تم بناء عدد 40 منزلا'],
    ['number then word', 'يبلغ من العمر 9سنوات', 'يبلغ من العمر 9 سنوات'],
    ['number then thousand', 'نزح نحو 120ألف شخص', 'نزح نحو 120 ألف شخص'],
    ['number then month', 'وصل الوفد يوم 12مارس', 'وصل الوفد يوم 12 مارس'],
    ['proclitic stays, month separated', 'بين 3 يوليو و9أغسطس', 'بين 3 يوليو و9 أغسطس'],
    ['Arabic-Indic digits', 'بلغت التكلفة أكثر من٣٠ مليون', 'بلغت التكلفة أكثر من ٣٠ مليون'],
    ['comma decimal', 'استقرت النسبة ما بين4,5 % و6 %', 'استقرت النسبة ما بين 4,5 % و6 %'],
    ['year after سنة', 'خلال سنة2019 ارتفعت الأسعار', 'خلال سنة 2019 ارتفعت الأسعار'],
  ])('%s', (_label, input, expected) => {
    expect(fixed(input)).toBe(expected);
    expect(new Set(kinds(input))).toEqual(new Set(['glued-digit']));
  });

  it.each([
    ['one-letter proclitics', 'قتل 5 وأصيب و86 آخرون بنسبة ب13% و ل5 أيام و ك3'],
    ['proclitic with tatweel', 'غرامة تصل لـ50 ألف ريال'],
    ['proclitic clusters', 'وب30 صوتا وال١٥ عضوا وبالـ7 نقاط'],
    ['Hijri and Gregorian year suffixes', 'في عام 1436هـ الموافق 2015م'],
    ['unit letters', 'بعمق 200م وطول 16كم ووزن 5كلغ'],
    ['Egyptian ر decimal separator', 'بلغ الراتب 5ر6 مليون يورو'],
    ['names with numbers', 'انطلق مؤتمر جنيف2 ومؤشر اكس70 وطائرة ميغ29'],
    ['spaced already', 'بلغ العدد 30 شخصا'],
    ['a phone number in a URL', 'https://example.com/صفحة2'],
  ])('keeps %s', (_label, input) => {
    expect(fixed(input)).toBe(input);
  });

  it('can be switched off', () => {
    expect(fixed('بنسبة12%', { gluedDigit: false })).toBe('بنسبة12%');
  });
});

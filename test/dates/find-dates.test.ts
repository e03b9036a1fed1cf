// Behaviour of findDates on sentences written for the project.
import { describe, expect, it } from 'vitest';
import { findDates, type DateMention } from '../../src/index.js';

/** The comparable core of each mention. */
function core(text: string, options?: Parameters<typeof findDates>[1]): [string, string, number | null, number, number | null][] {
  return findDates(text, options).map((m) => [m.text, m.calendar, m.year ?? null, m.month, m.day ?? null]);
}

function one(text: string, options?: Parameters<typeof findDates>[1]): DateMention {
  const all = findDates(text, options);
  expect(all).toHaveLength(1);
  return all[0]!;
}

describe('findDates: month-naming systems', () => {
  it.each([
    ['افتتح المعرض في 14 يناير 2024 بحضور الوزير', 1, 'transliterated'],
    ['وصل الوفد يوم 3 شباط 2022 إلى دمشق', 2, 'syriac'],
    ['انطلقت الدورة في 9 أفريل 2023 بتونس', 4, 'maghrebi'],
    ['عقد المؤتمر يوم 20 يوليوز 2021 بالرباط', 7, 'moroccan'],
    ['نظم المهرجان في 5 شتمبر 2020 بنواكشوط', 9, 'mauritanian'],
    ['صدر المرسوم في 11 دجمبر 2019', 12, 'mauritanian'],
    ['أقيم الحفل في 18 جويلية 2018', 7, 'maghrebi'],
    ['اجتمع المجلس في 2 نونبر 2017', 11, 'moroccan'],
  ])('%s', (text, month, system) => {
    const m = one(text);
    expect(m.month).toBe(month);
    expect(m.calendar).toBe('gregorian');
    expect(m.systems).toEqual([system]);
    expect(m.text).toBe(text.slice(m.start, m.end));
  });

  it('reads Syriac press forms: كانون 2, تشرين أول, تشرين ثان, Arabic-Indic digits in the name', () => {
    expect(core('بدأ العمل في 7 كانون 2 2021')).toEqual([['7 كانون 2 2021', 'gregorian', 2021, 1, 7]]);
    expect(core('تأجل الموعد إلى 4 كانون ٢ ٢٠٢١')).toEqual([['4 كانون ٢ ٢٠٢١', 'gregorian', 2021, 1, 4]]);
    expect(core('انعقدت الجلسة في 12 تشرين أول 2015')).toEqual([['12 تشرين أول 2015', 'gregorian', 2015, 10, 12]]);
    expect(core('خلال تشرين ثان الماضي')).toEqual([['تشرين ثان', 'gregorian', null, 11, null]]);
    expect(core('في 12 ربيع الأنور')).toEqual([['12 ربيع الأنور', 'hijri', null, 3, 12]]);
    expect(core('في كانون الأول 2010')).toEqual([['كانون الأول 2010', 'gregorian', 2010, 12, null]]);
  });

  it('does not take a bare كانون or تشرين for a month', () => {
    expect(findDates('جلسنا قرب كانون النار')).toEqual([]);
    expect(findDates('اسمه تشرين')).toEqual([]);
  });

  it('matches through diacritics, tatweel and spelling variants', () => {
    expect(core('في 2 نُوفَمْبَـــر 2022')).toEqual([['2 نُوفَمْبَـــر 2022', 'gregorian', 2022, 11, 2]]);
    expect(core('بتاريخ 4 أبريل 2016 و5 إبريل 2016 و6 ابريل 2016').map((r) => r[4])).toEqual([4, 5, 6]);
    expect(core('يوم 1 يونيه 2019').at(0)?.[3]).toBe(6);
  });

  it('reads English datelines', () => {
    expect(core('نشر في: 30th, November 2023 GMT')).toEqual([['30th, November 2023', 'gregorian', 2023, 11, 30]]);
    expect(core('Updated: November 30, 2023 - 10:00')).toEqual([['November 30, 2023', 'gregorian', 2023, 11, 30]]);
    expect(core('Nov. 3 2021')).toEqual([['Nov. 3 2021', 'gregorian', 2021, 11, 3]]);
    expect(core('published 2 March 2020')).toEqual([['2 March 2020', 'gregorian', 2020, 3, 2]]);
    expect(core('in May 2019')).toEqual([['May 2019', 'gregorian', 2019, 5, null]]);
    expect(findDates('you may say so')).toEqual([]);
    expect(findDates('March on')).toEqual([]);
    expect(findDates('December 45, 2020')).toEqual([]);
    const m = one('Sept 7th, 2021');
    expect([m.day, m.systems]).toEqual([7, ['english']]);
  });

  it('keeps Libyan names off unless asked', () => {
    expect(findDates('في 13 هانيبال 1385')).toEqual([]);
    const m = one('صدر القرار في 1 الفاتح 1377 و.ر', { libyan: true });
    expect([m.year, m.month, m.day, m.flags]).toEqual([2009, 9, 1, ['libyanYear']]);
    expect(one('صدر في 2 الماء 2005', { libyan: true }).year).toBe(2005);
    expect(findDates('في فصل الربيع 2021', { libyan: true })).toEqual([]);
    expect(one('خلال شهر الطير', { libyan: true }).month).toBe(4);
  });
});

describe('findDates: days, weekdays, years, eras', () => {
  it('reads day words', () => {
    expect(core('تبدأ الدراسة في الثالث والعشرين من سبتمبر')).toEqual([['الثالث والعشرين من سبتمبر', 'gregorian', null, 9, 23]]);
    expect(core('منذ الحادي عشر من فبراير')).toEqual([['الحادي عشر من فبراير', 'gregorian', null, 2, 11]]);
    expect(core('في الحادي والثلاثين من ديسمبر')).toEqual([['الحادي والثلاثين من ديسمبر', 'gregorian', null, 12, 31]]);
    expect(core('مساء العشرين من أغسطس')).toEqual([['العشرين من أغسطس', 'gregorian', null, 8, 20]]);
    expect(core('اقتراع ثامن نوفمبر')).toEqual([['ثامن نوفمبر', 'gregorian', null, 11, 8]]);
    expect(core('منذ السادس يناير')).toEqual([['السادس يناير', 'gregorian', null, 1, 6]]);
    expect(core('في غرة شهر ربيع الأول')).toEqual([['غرة شهر ربيع الأول', 'hijri', null, 3, 1]]);
    expect(core('ذكرى الفاتح من نوفمبر')).toEqual([['الفاتح من نوفمبر', 'gregorian', null, 11, 1]]);
    expect(core('يوم الخامس من شهر شوال')).toEqual([['الخامس من شهر شوال', 'hijri', null, 10, 5]]);
  });

  it('does not read an ordinal of something else as a day', () => {
    expect(core('خلال الأسبوع الأول من مارس')).toEqual([['مارس', 'gregorian', null, 3, null]]);
    expect(core('في النصف الثاني من يونيو')).toEqual([['يونيو', 'gregorian', null, 6, null]]);
    expect(core('الفاتح يناير')).toEqual([['يناير', 'gregorian', null, 1, null]]);
    expect(core('العدد شهر يناير')).toEqual([['يناير', 'gregorian', null, 1, null]]);
  });

  it('reads digits of any script, glued or prefixed', () => {
    expect(core('في ١٢ مايو ٢٠٢٢')).toEqual([['١٢ مايو ٢٠٢٢', 'gregorian', 2022, 5, 12]]);
    expect(core('في ۱۲ مايو ۲۰۲۲').at(0)?.slice(2)).toEqual([2022, 5, 12]);
    expect(core('يوم 9أكتوبر الماضي')).toEqual([['9أكتوبر', 'gregorian', null, 10, 9]]);
    expect(core('منذ الـ15 من يناير')).toEqual([['الـ15 من يناير', 'gregorian', null, 1, 15]]);
    expect(core('بين 4 و9 مارس 2021')).toEqual([['9 مارس 2021', 'gregorian', 2021, 3, 9]]);
    expect(core('من 4-9 مارس 2021')).toEqual([['9 مارس 2021', 'gregorian', 2021, 3, 9]]);
    expect(core('والال12 يناير').at(0)?.[4]).toBeNull();
  });

  it('does not take times, decimals, fractions or big numbers for days', () => {
    expect(core('الساعة 10:30 يناير').at(0)?.[4]).toBeNull();
    expect(core('نسبة 2.5 يناير').at(0)?.[4]).toBeNull();
    expect(core('الحصة 3/5 يناير').at(0)?.[4]).toBeNull();
    expect(core('العدد 150 يناير').at(0)?.[4]).toBeNull();
    expect(core('العدد 45 يناير').at(0)?.[4]).toBeNull();
    expect(core('العدد 0 يناير').at(0)?.[4]).toBeNull();
    expect(core('كتب14 يناير').at(0)?.[4]).toBeNull();
    expect(core('العدد 50% يناير').at(0)?.[4]).toBeNull();
    expect(findDates('كان المنتخب متقدما «/2صفر» حينها')).toEqual([]);
    expect(core('تاريخ النشر:26 مايو 2012')).toEqual([['26 مايو 2012', 'gregorian', 2012, 5, 26]]);
    expect(core('منذ مارس/2015')).toEqual([['مارس/2015', 'gregorian', 2015, 3, null]]);
    expect(core('منذ مارس/201').at(0)?.[2]).toBeNull();
    expect(core('يوم الجمعة29 حزيران الفائت')).toEqual([['الجمعة29 حزيران', 'gregorian', null, 6, 29]]);
    expect(core('لم يبدأ يوم25 يناير')).toEqual([['25 يناير', 'gregorian', null, 1, 25]]);
    expect(core('الانتخابات التشريعية لسابع أكتوبر')).toEqual([['سابع أكتوبر', 'gregorian', null, 10, 7]]);
    expect(core('الموافق للأول من مارس')).toEqual([['لأول من مارس', 'gregorian', null, 3, 1]]);
    expect(core('إلى موفى أوت')).toEqual([['أوت', 'gregorian', null, 8, null]]);
    expect(core('الجمعة, 21-سبتمبر-2012')).toEqual([['21-سبتمبر-2012', 'gregorian', 2012, 9, 21]]);
    expect(core('الموافق 7 / أغسطس / 2022 م.')).toEqual([['7 / أغسطس / 2022 م', 'gregorian', 2022, 8, 7]]);
    expect(core('في 9 / محرم / 2022').at(0)?.slice(1)).toEqual(['hijri', null, 1, 9]);
    expect(core('النتيجة 3-يناير-20').at(0)?.[4]).toBeNull();
    expect(core('النتيجة 3-يناير/2020').at(0)?.[4]).toBeNull();
    expect(core('النتيجة 3-يناير').at(0)?.[4]).toBeNull();
    expect(core('النتيجة 45-يناير-2020').at(0)?.[4]).toBeNull();
    expect(core('النتيجة ب3-يناير-2020').at(0)?.[4]).toBeNull();
  });

  it('reads weekdays, through a comma and «الموافق ل»', () => {
    const m = one('الأحد، 5 مايو 2024');
    expect([m.weekday, m.flags, m.text]).toEqual([0, [], 'الأحد، 5 مايو 2024']);
    expect(one('يوم الاثنين الموافق ل 6 مايو 2024').weekday).toBe(1);
    expect(one('السبت 4 مايو 2024').flags).toEqual([]);
    expect(one('الجمعة 4 مايو 2024').flags).toEqual(['weekdayMismatch(6)']);
    expect(one('الثلاثاء 4 مايو').weekday).toBe(2);
  });

  it('reads years after a comma, «عام», «من سنة», adjectives, and in words', () => {
    expect(core('6 يناير، 2015')).toEqual([['6 يناير، 2015', 'gregorian', 2015, 1, 6]]);
    expect(core('في يونيو من عام 2014')).toEqual([['يونيو من عام 2014', 'gregorian', 2014, 6, null]]);
    expect(core('أغسطس سنة 990')).toEqual([['أغسطس سنة 990', 'gregorian', 990, 8, null]]);
    expect(core('في شهر مارس من العام ألفين وخمسة عشر')).toEqual([['مارس من العام ألفين وخمسة عشر', 'gregorian', 2015, 3, null]]);
    expect(core('في يوليو عام ألف وتسعمائة وتسعين')).toEqual([['يوليو عام ألف وتسعمائة وتسعين', 'gregorian', 1990, 7, null]]);
    expect(core('في يوليو عام ألفين وعشرين')).toEqual([['يوليو عام ألفين وعشرين', 'gregorian', 2020, 7, null]]);
    expect(core('في يوليو عام كامل').at(0)?.[2]).toBeNull();
    expect(core('بنهاية حزيران من العام الجاري 2012')).toEqual([['حزيران من العام الجاري 2012', 'gregorian', 2012, 6, null]]);
    expect(core('مع نهاية أفريل لسنة 2017')).toEqual([['أفريل لسنة 2017', 'gregorian', 2017, 4, null]]);
    expect(core('في حزيران للعام 2011').at(0)?.[2]).toBe(2011);
    expect(core('في حزيران من العام الجاري').at(0)?.[0]).toBe('حزيران');
    expect(core('في يوليو عام خمسة').at(0)?.[2]).toBeNull();
    expect(core('في يوليو عام ألفين عشر').at(0)?.[2]).toBe(2000);
    expect(core('في يوليو عام ألف').at(0)?.[2]).toBe(1000);
    expect(core('حتى رمضان المقبل 1446هـ')).toEqual([['رمضان المقبل 1446هـ', 'hijri', 1446, 9, null]]);
    expect(core('في يونيو 2017.5 نقطة').at(0)?.[2]).toBeNull();
    expect(core('في يونيو 3000 جندي').at(0)?.[2]).toBeNull();
  });

  it('reads era markers and Libyan years', () => {
    expect(core('غزوة بدر 17 رمضان 2 هـ')).toEqual([['17 رمضان 2 هـ', 'hijri', 2, 9, 17]]);
    expect(core('حتى 5 شعبان 1445 هجري')).toEqual([['5 شعبان 1445 هجري', 'hijri', 1445, 8, 5]]);
    expect(core('في 5 شعبان 1445 للهجرة')).toEqual([['5 شعبان 1445 للهجرة', 'hijri', 1445, 8, 5]]);
    expect(core('في 3 مارس 2020 ميلادي')).toEqual([['3 مارس 2020 ميلادي', 'gregorian', 2020, 3, 3]]);
    expect(one('في 3 مارس 1441 هـ').flags).toEqual(['eraConflict']);
    const libyan = one('في 3 مارس 1377 و. ر');
    expect([libyan.year, libyan.flags]).toEqual([2009, ['libyanYear']]);
    expect(core('في 3 مارس 2020 و.س').at(0)?.[0]).toBe('3 مارس 2020');
    expect(core('في 3 مارس 2020 مع الوفد').at(0)?.[0]).toBe('3 مارس 2020');
  });

  it('keeps a Gregorian year off a Hijri month', () => {
    const m = one('يعرض المسلسل في رمضان 2024');
    expect([m.text, m.calendar, m.year, m.flags]).toEqual(['رمضان 2024', 'hijri', undefined, ['gregorianYear']]);
    expect(one('في 10 محرم 2023م').flags).toEqual(['gregorianYear']);
    expect(core('في شهر محرم 900').at(0)?.[2]).toBeNull();
  });
});

describe('findDates: paired names', () => {
  it.each([
    ['وقعت الحادثة في 3 أيار/مايو 2021', 'أيار/مايو', ['syriac', 'transliterated']],
    ['وقعت الحادثة في 3 أيار/ مايو 2021', 'أيار/ مايو', ['syriac', 'transliterated']],
    ['وقعت الحادثة في 3 أيار - مايو 2021', 'أيار - مايو', ['syriac', 'transliterated']],
    ['وقعت الحادثة في 3 أيار (مايو) 2021', 'أيار (مايو)', ['syriac', 'transliterated']],
    ['وقعت الحادثة في 3 أيار مايو 2021', 'أيار مايو', ['syriac', 'transliterated']],
    ['وقعت الحادثة في 3 مايو (May) 2021', 'مايو (May)', ['transliterated', 'english']],
  ])('%s', (text, names, systems) => {
    const m = one(text);
    expect(m.text).toContain(names);
    expect([m.year, m.month, m.day, m.systems, m.flags]).toEqual([2021, 5, 3, systems, ['paired']]);
  });

  it('keeps the first of two different names across systems, flagged', () => {
    const m = one('في تموز/أغسطس 2014');
    expect([m.month, m.flags]).toEqual([7, ['paired', 'pairConflict']]);
    expect(one('في تموز (أغسطس) 2014').flags).toEqual(['paired', 'pairConflict']);
  });

  it('does not pair ranges, same-system alternatives or risky partners', () => {
    expect(core('بين مارس - أبريل 2020')).toEqual([
      ['مارس', 'gregorian', null, 3, null],
      ['أبريل 2020', 'gregorian', 2020, 4, null],
    ]);
    expect(core('موسم نوفمبر/ديسمبر 2012').length).toBe(2);
    expect(core('في 22 مايو/إب')).toEqual([['22 مايو', 'gregorian', null, 5, 22]]);
    expect(core('في أغسطس/أب 2015')).toEqual([['أغسطس/أب 2015', 'gregorian', 2015, 8, null]]);
    expect(core('حزيران يوليو').length).toBe(2);
    expect(core('في آذار (قبل عام)')).toEqual([['آذار', 'gregorian', null, 3, null]]);
    expect(core('في آذار / عام')).toEqual([['آذار', 'gregorian', null, 3, null]]);
    expect(core('يونيو (يوليو')).toEqual([
      ['يونيو', 'gregorian', null, 6, null],
      ['يوليو', 'gregorian', null, 7, null],
    ]);
    expect(core('محرم/صفر 1445').map((r) => r[1])).toEqual(['hijri', 'hijri']);
    expect(core('وفي يناير/وفبراير').length).toBe(2);
  });
});

describe('findDates: risky words', () => {
  it.each([
    'مارس اللاعب الرياضة منذ صغره',
    'وهو من مارس الضغط',
    'وقد مارس الضغط على الحكومة',
    'فاز الفريق بثلاثة أهداف مقابل صفر',
    'انتهت المباراة 2-صفر',
    'استقبل الوزير رمضان عبد الله',
    'قال رجب إن الاتفاق قريب',
    'أكد شعبان أن العمل مستمر',
    'سافر مع محرم إلى الحج',
    'رسالة من أب إلى ابنه',
    'اشترى سيارة نيسان مستعملة',
    'أعلنت نيسان موتور عن طراز جديد',
    'نيسان Leaf الكهربائية',
    'قالت ماي إن الحكومة مستمرة',
    'الباحث أندرو مايو من الجامعة',
    'غشت في الامتحان',
    'وجدنا شوال أرز',
    'التقى اللاعب جوان في الملعب',
    'وأكد حميد شباط أن الحزب مستمر',
    'الاهتمام الذي يوليه المجتمع الدولي',
    'قناة بي آوت كيو',
    'تطبيق «لايار» للهواتف',
  ])('no date in «%s»', (text) => {
    expect(findDates(text)).toEqual([]);
  });

  it.each([
    ['يصوم المسلمون في رمضان', 9],
    ['خلال شهر صفر', 2],
    ['منذ مارس الماضي', 3],
    ['قبل رجب بقليل', 7],
    ['رمضان المبارك', 9],
    ['في 12 أب 2012', 8],
    ['في آب الماضي', 8],
    ['أسعار نيسان ارتفعت', 4],
    ['حتى 3 نيسان', 4],
    ['في جوان المقبل', 6],
    ['لشهر شعبان', 8],
    ['وفي مارس', 3],
    ['تحري رؤية هلال شوال', 10],
    ['في العشر الأواخر من رمضان', 9],
    ['اعتبارا من مارس', 3],
    ['أقبل صفر الخير', 2],
    ['في رجب المرجب', 7],
    ['مقارنة مع مايو من العام الماضي', 5],
  ])('a date in «%s»', (text, month) => {
    expect(one(text).month).toBe(month);
  });

  it('accepts a risky name coordinated with a month', () => {
    expect(core('في شهري مايو وجوان').map((r) => r[3])).toEqual([5, 6]);
    expect(core('للأشهر (محرم وربيع الأول)').map((r) => r[3])).toEqual([1, 3]);
    expect(core('بين 28 يونيو وحتى 2 يوليو').map((r) => r[4])).toEqual([28, 2]);
    expect(core('رجب ، شعبان، رمضان وشوال').map((r) => r[3])).toEqual([]);
    expect(core('جوان، يوليو').map((r) => r[3])).toEqual([6, 7]);
    expect(core('جوان ثم المدرب يوليو').map((r) => r[3])).toEqual([7]);
    expect(core('جوان والمدرب يوليو').map((r) => r[3])).toEqual([7]);
    expect(core('جوان (يوليو)').map((r) => r[3])).toEqual([7]);
  });
});

describe('findDates: numeric dates', () => {
  it.each([
    ['صدر بتاريخ 27 / 8 / 1436هـ', 'hijri', 1436, 8, 27, []],
    ['بتاريخ 1441/11/19هـ', 'hijri', 1441, 11, 19, []],
    ['غزة 15-5-2012 وفا', 'gregorian', 2012, 5, 15, []],
    ['في ٣٠‏/١١‏/٢٠٢٣', 'gregorian', 2023, 11, 30, []],
    ['في 01.05.2012', 'gregorian', 2012, 5, 1, []],
    ['في 2012-05-01', 'gregorian', 2012, 5, 1, []],
    ['في 14-09-1432', 'hijri', 1432, 9, 14, ['inferredCalendar']],
    ['في 5/3/1427 م', 'gregorian', 1427, 3, 5, []],
    ['في 5/3/1380 و.ر', 'gregorian', 2012, 3, 5, ['libyanYear']],
  ])('%s', (text, calendar, year, month, day, flags) => {
    const m = one(text);
    expect([m.calendar, m.year, m.month, m.day, m.flags]).toEqual([calendar, year, month, day, flags]);
  });

  it('reads a weekday before a numeric date', () => {
    const m = one('يوم الأحد 27/05/2012 م');
    expect([m.weekday, m.flags, m.text]).toEqual([0, [], 'الأحد 27/05/2012 م']);
    expect(one('الخميس 1-11-1436هـ').flags).toEqual(['weekdayMismatch(0)']);
  });

  it('takes the day written against the month in a range', () => {
    expect(core('خلال المدة (18-25/1/ 1434هـ)')).toEqual([['25/1/ 1434هـ', 'hijri', 1434, 1, 25]]);
  });

  it.each([
    'الموسم 2021-2022',
    'بين 2016-2018',
    'القانون 13-103',
    'قرار رقم ( 4 / 2 )',
    'النتيجة 15 9',
    'العام الدراسي 1435 / 1436هـ',
    'الإصدار 1.2.2012.5',
    'الإصدار 3.1.2.2012',
    'الرقم 12/13/2012',
    'الرقم 32/12/2012',
    'الرقم 0/12/2012',
    'الرقم 31/11/2023',
    'الرقم 30/9/1444هـ',
    'الرقم 12/5/1800هـ',
    'الرقم 12/5/0999',
    'الرقم 12/5/2500',
    'الرقم 123/5/2012',
    'الرقم 12/5/12',
    'الرقم 2012/5/123',
    'الرقم 12/5-2012',
    'الرقم 12/123/2012',
    'الرقم 12/ /2012',
    'الرقم 12 أ',
  ])('no date in «%s»', (text) => {
    expect(findDates(text)).toEqual([]);
  });
});

describe('findDates: validation and linking', () => {
  it('flags impossible named dates and fills equivalents of valid ones', () => {
    const bad = one('في 31 نوفمبر 2023');
    expect([bad.day, bad.flags, bad.gregorian, bad.hijri]).toEqual([31, ['invalidDate'], undefined, undefined]);
    expect(one('في 30 فبراير').flags).toEqual(['invalidDate']);
    expect(one('في 29 فبراير').flags).toEqual([]);
    expect(one('في 29 فبراير 2023').flags).toEqual(['invalidDate']);
    expect(one('في 30 رمضان 1444').flags).toEqual(['invalidDate']);
    expect(one('في 30 رمضان').flags).toEqual([]);
    const ok = one('في 30 نوفمبر 2023');
    expect([ok.gregorian, ok.hijri]).toEqual([
      { year: 2023, month: 11, day: 30 },
      { year: 1445, month: 5, day: 16 },
    ]);
  });

  it('links a Hijri date and its Gregorian equivalent', () => {
    const [h, g] = findDates('يبدأ التسجيل 2 محرم 1444هـ الموافق 31 يوليو 2022م');
    expect(h?.linked).toEqual({ start: g?.start, end: g?.end });
    expect(g?.linked).toEqual({ start: h?.start, end: h?.end });
    expect([h?.linkedOffset, g?.linkedOffset, h?.flags]).toEqual([0, 0, []]);
  });

  it('links the reverse order, brackets and slashes, and flags offsets', () => {
    const [g, h] = findDates('في 10 مارس 2024 (1 رمضان 1445هـ)');
    expect([g?.linkedOffset, h?.linkedOffset, g?.flags]).toEqual([-1, -1, ['hijriOffset(-1)']]);
    const far = findDates('في 1 رمضان 1445 الموافق 20 مارس 2024');
    expect(far.map((m) => [m.linked, m.flags])).toEqual([
      [undefined, ['linkMismatch(+9)']],
      [undefined, ['linkMismatch(+9)']],
    ]);
  });

  it('links partial dates only through a linking word or bracket', () => {
    const [h, g] = findDates('يوم الجمعة 23 ذي الحجة الموافق 22 يوليو');
    expect(h?.linked).toBeDefined();
    expect(g?.linkedOffset).toBeUndefined();
    expect(findDates('في رمضان، مارس').map((m) => m.linked)).toEqual([undefined, undefined]);
    expect(findDates('23 ذي الحجة وقال 22 يوليو').map((m) => m.linked)).toEqual([undefined, undefined]);
    expect(findDates('23 ذي الحجة + 22 يوليو').map((m) => m.linked)).toEqual([undefined, undefined]);
    expect(findDates(`23 ذي الحجة ${' '.repeat(30)} 22 يوليو`).map((m) => m.linked)).toEqual([undefined, undefined]);
  });
});

describe('findDates: options and input', () => {
  it('accepts every string', () => {
    expect(findDates('')).toEqual([]);
    expect(findDates('\ud800 مارس \udfff')).toEqual([]);
    expect(findDates('hello world 123')).toEqual([]);
  });

  it('rejects non-strings and bad options', () => {
    expect(() => findDates(42 as unknown as string)).toThrow(new TypeError('findDates: expected a string, received number'));
    expect(() => findDates(null as unknown as string)).toThrow(/received null/);
    expect(() => findDates('x', { libyan: 'yes' as unknown as boolean })).toThrow(/options\.libyan/);
    expect(() => findDates('x', { hijriCalendar: 'islamic' as never })).toThrow(RangeError);
    expect(() => findDates('x', 5 as never)).toThrow(TypeError);
  });

  it('uses the Hijri calendar and month table options', () => {
    const civil = one('في 16 جمادى الأولى 1445', { hijriCalendar: 'islamic-civil' });
    expect(civil.gregorian).toEqual({ year: 2023, month: 11, day: 29 });
    const table = { year: 1445, month: 9, starts: ['2024-03-12', '2024-04-10'] };
    expect(one('في 1 رمضان 1445', { monthStarts: table }).gregorian).toEqual({ year: 2024, month: 3, day: 12 });
    expect(one('في 12 مارس 2024', { monthStarts: table }).hijri).toEqual({ year: 1445, month: 9, day: 1 });
  });

  it('finds dates far apart in a long text, each in its own window', () => {
    const filler = 'وقال المتحدث إن العمل مستمر في المشروع. '.repeat(40);
    const text = `${filler}في 3 مايو 2020${filler}وفي 4 يونيو 2021${filler}`;
    expect(core(text).map((r) => r[0])).toEqual(['3 مايو 2020', '4 يونيو 2021']);
  });
});

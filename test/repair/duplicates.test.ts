import { describe, expect, it } from 'vitest';
import { fixed, kinds } from './helpers.js';

describe('duplicate-word: accidental repeats are collapsed to one copy', () => {
  it.each([
    ['أكدت الوزارة أن أن المشروع سيكتمل قبل الصيف', 'أكدت الوزارة أن المشروع سيكتمل قبل الصيف'],
    ['وقد سعت الحكومة سعت الحكومة إلى خفض العجز', 'وقد سعت الحكومة إلى خفض العجز'],
    ['كانت الخطة تهدف تهدف إلى تحسين الخدمات', 'كانت الخطة تهدف إلى تحسين الخدمات'],
    ['وصل الوفد إلى إلى العاصمة صباح اليوم', 'وصل الوفد إلى العاصمة صباح اليوم'],
    ['وافق المجلس على على الميزانية الجديدة', 'وافق المجلس على الميزانية الجديدة'],
    ['أقيمت المباراة في ملعب ملعب المدينة الرياضي', 'أقيمت المباراة في ملعب المدينة الرياضي'],
    ['وصلت البعثة بمطار بمطار القاهرة الدولي', 'وصلت البعثة بمطار القاهرة الدولي'],
    ['تواجه الشركة أزمة طويلة طويلة الأمد في السوق', 'تواجه الشركة أزمة طويلة الأمد في السوق'],
    ['ناقش النواب العقوبة المقترحة المقترحة على المخالفين', 'ناقش النواب العقوبة المقترحة على المخالفين'],
    ['يعمل في المصنع من من عشرة إلى عشرين عاملا', 'يعمل في المصنع من عشرة إلى عشرين عاملا'],
    ['ثم عاد المسافرون إلى عمان إلى عمان مساء الأحد', 'ثم عاد المسافرون إلى عمان مساء الأحد'],
    ['نظمت الرحلة شركة السياحة الوطنية شركة السياحة الوطنية هذا العام', 'نظمت الرحلة شركة السياحة الوطنية هذا العام'],
  ])('%s', (input, expected) => {
    expect(fixed(input)).toBe(expected);
  });

  it('compares words on keys: diacritics, tatweel and alef variants do not hide a duplicate', () => {
    expect(fixed('قال إنه سيـعود سيعود غدا')).toBe('قال إنه سيـعود غدا');
    expect(fixed('ونقلت الصحيفة عن مصادر اخرى أخرى قولها')).toBe('ونقلت الصحيفة عن مصادر اخرى قولها');
  });

  it('removes the second copy and the space before it, keeping other whitespace', () => {
    const input = 'يسكن في \u00a0في الطابق الثالث';
    const { text, edits } = { text: fixed(input), edits: kinds(input) };
    expect(text).toBe('يسكن في الطابق الثالث');
    expect(edits).toEqual(['duplicate-word']);
  });

  it('does not join words across a line break', () => {
    expect(fixed('انتهى الاجتماع\nالاجتماع المقبل في مايو')).toBe('انتهى الاجتماع\nالاجتماع المقبل في مايو');
  });

  it('keeps آن (has come) and أن (that) apart', () => {
    expect(fixed('لقد آن أن ينتهي الانتظار')).toBe('لقد آن أن ينتهي الانتظار');
  });
});

describe('duplicate-word: legitimate repetition is kept', () => {
  it.each([
    ['spelled acronym BBC', 'قالت هيئة بي بي سي إن البرنامج توقف'],
    ['spelled acronym CNN (إن إن next to سي)', 'وأفادت شبكة سي إن إن بأن الاجتماع انتهى'],
    ['spelled acronym alone', 'بحسب وكالة جي جي للأنباء اليابانية'],
    ['deputy crown prince', 'استقبل ولي ولي العهد وفدا رسميا'],
    ['inter-Arab relations', 'تناولت القمة العلاقات العربية العربية وسبل دعمها'],
    ['intra-Palestinian reconciliation', 'دعا إلى المصالحة الفلسطينية الفلسطينية دون تأخير'],
    ['nisba after a relation noun', 'يتواصل الحوار الوطني الوطني في العاصمة'],
    ['adverbial reduplication', 'بدأت الأسعار تتراجع رويدا رويدا خلال الشهر'],
    ['emphasis with tanween', 'كانت المباراة صعبة جداً جداً على الفريق'],
    ['gradual', 'تحسن الأداء شيئا فشيئا بعد التدريب'],
    ['who among', 'اختلفوا حول من من المرشحين سيفوز بالمقعد'],
    ['and who among', 'ومن من اللاعبين سيشارك في النهائي؟'],
    ['the Messenger\'s envoy', 'خرج الناس لاستقبال رسول رسول الله'],
    ['a million million', 'تبعد المجرة نحو مليون مليون كيلومتر'],
    ['doubled given name', 'فاز المرشح بطرس بطرس غالي بالمنصب'],
    ['Egyptian double name', 'قال المهندس محمد محمد علي إن العمل مستمر'],
    ['East Asian name', 'عرض فيلم للمخرج يانغ لي لينغ لينغ في المهرجان'],
    ['identity pronoun', 'لكن الحقيقة تبقى هي هي مهما تغير الزمن'],
    ['surface-to-surface', 'أطلقت القوات صواريخ أرض أرض على المواقع'],
    ['in between', 'كان الموقف بين بين ولم يحسم'],
    ['numbers are never words', 'سجل الفريق 5 5 أهداف في الشوطين'],
    ['three copies are deliberate', 'هتف المحتجون حرية حرية حرية في الشارع'],
    ['emphasis closing a clause', 'ردد الجمهور: سلمية سلمية!'],
    ['distributive noun before و', 'شرح الأستاذ الدرس جملة جملة وفقرة فقرة'],
    ['different vowels, different words', 'سأله لِمَ لم تحضر الاجتماع'],
    ['section label before a headline starting with it', 'اقرأ أيضاً الرياضة الرياضة السعودية تستضيف البطولة'],
    ['genealogy', 'نقل عن أحمد بن أحمد بن يوسف قوله'],
    ['nesting', 'صندوق داخل صندوق داخل صندوق'],
    ['two letter names repeated as a phrase', 'شعار بي سي بي سي القديم'],
  ])('%s', (_label, input) => {
    expect(fixed(input)).toBe(input);
  });

  it('an ambiguous letter name doubled away from other letters is a duplicate', () => {
    expect(fixed('قال إن إن الوضع مستقر')).toBe('قال إن الوضع مستقر');
  });

  it('من من before an indefinite word is a duplicate', () => {
    expect(fixed('اشترى من من السوق خضارا')).toBe('اشترى من من السوق خضارا');
    expect(fixed('جاء من من بعيد')).toBe('جاء من بعيد');
  });

  it('the caller can allow more repeats', () => {
    expect(fixed('هتفوا ارحل ارحل من الساحة')).toBe('هتفوا ارحل من الساحة');
    expect(fixed('هتفوا ارحل ارحل من الساحة', { allowRepeats: ['ارحل'] })).toBe('هتفوا ارحل ارحل من الساحة');
    // compared on keys: إرحل and ارحل are the same word
    expect(fixed('هتفوا ارحل ارحل من الساحة', { allowRepeats: new Set(['إرحل']) })).toBe('هتفوا ارحل ارحل من الساحة');
    expect(fixed('هتفوا ارحل ارحل من الساحة', { allowRepeats: ['ارحلوا'] })).toBe('هتفوا ارحل من الساحة');
  });

  it('can be switched off', () => {
    expect(fixed('كانت الخطة تهدف تهدف إلى التطوير', { duplicateWord: false })).toBe('كانت الخطة تهدف تهدف إلى التطوير');
  });
});

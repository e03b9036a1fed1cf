import { describe, expect, it } from 'vitest';
import { repair } from '../../src/repair/index.js';
import { fixed, kinds } from './helpers.js';

describe('glued: a word-final letter inside a token marks a missing space', () => {
  it.each([
    ['ة then a letter', 'زار الوفد المدينةالقديمة أمس', 'زار الوفد المدينة القديمة أمس'],
    ['ة then و', 'تقع بين الضفةوالقطاع', 'تقع بين الضفة والقطاع'],
    ['several ة in one token', 'الهيئةالعامةللطيران المدني', 'الهيئة العامة للطيران المدني'],
    ['a heading glued to its sentence stays without evidence', 'الخطة الجديدة: مراحل التنفيذقد تبدأ الخطة في مايو', 'الخطة الجديدة: مراحل التنفيذقد تبدأ الخطة في مايو'],
    ['a heading ending in ة', 'المرحلة الثالثة: إعادة الهيكلةتبدأ المرحلة الشهر المقبل', 'المرحلة الثالثة: إعادة الهيكلة تبدأ المرحلة الشهر المقبل'],
    ['ى particle', 'وصل الفريق إلىالملعب مبكرا', 'وصل الفريق إلى الملعب مبكرا'],
    ['ى particle before an indefinite word', 'يقع المبنى علىبعد كيلومتر من الميناء', 'يقع المبنى على بعد كيلومتر من الميناء'],
    ['ى before a definite word', 'في آسيا الوسطىالشهر الماضي', 'في آسيا الوسطى الشهر الماضي'],
    ['ى before a closed-class word', 'تأثر النفوذ في آسيا الوسطىبعد الأزمة', 'تأثر النفوذ في آسيا الوسطى بعد الأزمة'],
    ['tanween then a letter', 'اقرأ أيضاًالاقتصاد ينمو بسرعة', 'اقرأ أيضاً الاقتصاد ينمو بسرعة'],
    ['tanween before alef then a letter', 'قال أيضًاالمسؤول إن', 'قال أيضًا المسؤول إن'],
    ['preposition glued to a definite word', 'نأمل فيالمستقبل القريب', 'نأمل في المستقبل القريب'],
    ['Egyptian علي glued to a definite word', 'يقام الحفل عليالمسرح الكبير', 'يقام الحفل علي المسرح الكبير'],
    ['a word ending in ر glued to من', 'ويعبرمن خلال البيان عن موقفه', 'ويعبر من خلال البيان عن موقفه'],
    ['a word ending in ه glued to مع', 'أعلن تضامنهمع العمال المضربين', 'أعلن تضامنه مع العمال المضربين'],
    ['glued boilerplate label', 'المصدر | الخليج الجديدالمصدر: الخليج الجديد', 'المصدر | الخليج الجديد المصدر: الخليج الجديد'],
    ['glued "more by this writer" list', 'مقالات أخرى للكاتبرحلة إلى الجنوب', 'مقالات أخرى للكاتب رحلة إلى الجنوب'],
    ['read-also marker without tanween', 'اقرأ أيضاالمملكة تستضيف القمة', 'اقرأ أيضا المملكة تستضيف القمة'],
    ['an Arabic word glued to a Latin acronym', 'بحسب قناةBBC البريطانية', 'بحسب قناة BBC البريطانية'],
    ['a Latin acronym glued to an Arabic word', 'نقلت وكالة AFPالفرنسية الخبر', 'نقلت وكالة AFP الفرنسية الخبر'],
  ])('%s', (_label, input, expected) => {
    expect(fixed(input)).toBe(expected);
  });

  it('inserts one plain space and reports it as glued', () => {
    const r = repair('ضمن الخطةالوطنية');
    expect(r.edits).toEqual([{ start: 9, end: 9, replacement: ' ', kind: 'glued' }]);
  });

  it('keeps a one-letter proclitic on the number that follows', () => {
    expect(fixed('غرامة تصل بالإضافةلـ50 ألف ريال')).toBe('غرامة تصل بالإضافة لـ50 ألف ريال');
  });
});

describe('glued: the document as its own dictionary', () => {
  const story = 'وصلت القوات إلى مدينة كراسنوفكا صباحا. وأفاد المتحدث بأن الوضع هادئ. عنوان فرعي: القتال حول كراسنوفكاوأفاد الجيش بتقدم قواته.';

  it('splits when both halves occur elsewhere in the text (second half with a proclitic)', () => {
    expect(fixed(story)).toContain('حول كراسنوفكا وأفاد الجيش');
    expect(kinds(story)).toEqual(['glued']);
  });

  it('does not split without that evidence', () => {
    const alone = 'عنوان فرعي: القتال حول كراسنوفكاوأفاد الجيش بتقدم قواته.';
    expect(fixed(alone)).toBe(alone);
  });

  it('uses the supplied vocabulary as evidence', () => {
    const alone = 'عنوان فرعي: القتال حول كراسنوفكاوأفاد الجيش بتقدم قواته.';
    expect(fixed(alone, { vocabulary: ['كراسنوفكا', 'أفاد'] })).toBe('عنوان فرعي: القتال حول كراسنوفكا وأفاد الجيش بتقدم قواته.');
  });

  it('splits ما / لا written solid with a verb that occurs as a word', () => {
    expect(fixed('وهذا ماسيتم خلال الأسبوع، وسيتم الإعلان لاحقا')).toBe('وهذا ما سيتم خلال الأسبوع، وسيتم الإعلان لاحقا');
    expect(fixed('قال إنه لايمكن التراجع، وأضاف أنه يمكن الحوار')).toBe('قال إنه لا يمكن التراجع، وأضاف أنه يمكن الحوار');
    expect(fixed('وهذا ماسيتم خلال الأسبوع')).toBe('وهذا ماسيتم خلال الأسبوع');
    expect(fixed('يجب لإسماع الناس، والسماع مهم')).toBe('يجب لإسماع الناس، والسماع مهم');
  });

  it('leaves a glued form that is itself attested (three times or more)', () => {
    const text = 'زار الوفد الدارالبيضاء ثم الدارالبيضاء ثم الدارالبيضاء مرة أخرى، وفي الدار البيضاء نفسها';
    expect(fixed(text)).toBe(text);
  });

  it('keeps compounds written solid even when both halves occur', () => {
    const text = 'قطع مسافة 8 كيلومترات، والكيلو الواحد ألف متر والمترات كثيرة. تحرير الحسابات الرأسمالية: الرأس والمالية';
    expect(fixed(text)).toBe(text);
  });

  it('refuses ambiguous or short-half splits', () => {
    // «انتقال» is not «انت قال», even when both short words occur
    const text = 'قال المدرب انت لاعب مهم، وتم انتقال اللاعب';
    expect(fixed(text)).toBe(text);
  });

  it('can be switched off', () => {
    expect(fixed('زار الوفد المدينةالقديمة', { glued: false })).toBe('زار الوفد المدينةالقديمة');
    expect(fixed('بحسب قناةBBC', { glued: false })).toBe('بحسب قناةBBC');
  });
});

describe('glued: what is not glued', () => {
  it.each([
    ['names written solid', 'استقبل عبدالله ضيوفه في أبوظبي مع بنعلي وعبدالرحمن'],
    ['lexicalised forms', 'مما يعني أنه عندما يصل، فيما بينما كلما ربما'],
    ['the old spelling ىء', 'يستضيف البلد أكثر من مليون لاجىء سوري وشىء آخر'],
    ['ى at the end of a word', 'كشف معالى الوزير عن الخطة'],
    ['a misspelled ى inside a word', 'قضت محكمة الاستىناف بالبراءة'],
    ['ة at the start of a token (a typo)', 'أفتى بتكفيره ةاعتباره مرتدا'],
    ['ة followed by one letter (a typo for a comma)', 'وتوزيع الأدوية على الخارطة الصحيةن وإقرار المشاريع'],
    ['ة followed by a pronoun suffix', 'زار المدرسةها والجامعة'],
    ['a tanween on a middle letter (a typo)', 'ستًحدد اللجنة الموعد'],
    ['kasratan on alef (a typo for إ)', 'في مكافحة الاٍرهاب والتطرف'],
    ['لـ + a noun starting with س (a misspelled لأسهم)', 'بلغ رأس المال السوقي لاسهم الشركات، وسهم البنك ارتفع'],
    ['a surname that looks like two words', 'يعالج الباحث عمر أوكان قضايا اللغة'],
    ['a word ending in من that is one word', 'عادت قوات الأمن إلى اليمن'],
    ['a word starting with في + ال that is one word', 'تقدمت فيالق الجيش'],
    ['a URL', 'المصدر: https://example.com/الخطةالوطنية/2022'],
    ['an e-mail address', 'راسلونا على info@news.example.com'],
    ['a hashtag', 'انتشر وسم #الخطةالوطنية بسرعة'],
    ['Latin words', 'The quick brown fox'],
    ['a proclitic on a Latin word', 'حسب تقرير لـBBC وبـCNN'],
  ])('%s', (_label, input) => {
    expect(fixed(input)).toBe(input);
  });

  it('does not split ى in a text that writes medial ya as ى', () => {
    const text = 'فى المدىنة الكبىرة كان الرجل ىعمل فى المصنع ىومىا';
    expect(fixed(text)).toBe(text);
  });
});

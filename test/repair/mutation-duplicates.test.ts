// Tests written to kill surviving Stryker mutants of src/repair/duplicates.ts: what counts as two
// words "in a row", the clause-end rule, each legitimate-repeat rule and its limits, repeated
// phrases, runs, and stutters. Each row pins the repaired text and the kinds of the edits.
import { describe, it } from 'vitest';
import { expectRepaired, expectKept, type Changed, type Kept } from './helpers.js';


describe('duplicates: two words are in a row only with spaces (and bidi marks) between', () => {
  it.each<Changed>([
    ['a copy glued to the first (split by a phase-one rule)', 'زار الوفد المدينةالمدينة القديمة', 'زار الوفد المدينة القديمة', ['duplicate-word']],
    ['a space and an RLM between the copies', 'كان يهدف \u200fيهدف إلى التطوير', 'كان يهدف إلى التطوير', ['duplicate-word']],
    ['a hashtag after the pair is not a third copy', 'هتف المحتجون حرية حرية #حرية', 'هتف المحتجون حرية #حرية', ['duplicate-word']],
    ['a copy after an em dash is not a third copy', 'هتف المحتجون حرية حرية — حرية للجميع', 'هتف المحتجون حرية — حرية للجميع', ['duplicate-word']],
    ['a pair at the very start', 'يهدف يهدف المشروع إلى التطوير', 'يهدف المشروع إلى التطوير', ['duplicate-word']],
    ['a pair after leading whitespace', ' يهدف يهدف المشروع إلى التطوير', ' يهدف المشروع إلى التطوير', ['duplicate-word']],
    ['a pair after a Latin word', 'قال BBC يهدف يهدف إلى', 'قال BBC يهدف إلى', ['duplicate-word']],
  ])('%s', (_label, input, expected, kinds, options) => {
    expectRepaired(input, expected, kinds, options);
  });

  it.each<Kept>([
    ['a Latin word inside a repeated phrase', 'سافر الوفد إلى Paris إلى Paris أمس'],
    ['a repeated phrase whose second copy ends inside an e-mail address', 'تواصل مع مركز الدعم مركز الدعم@tanqih.org للاستفسار'],
    ['a hashtag followed by the same word', 'تصدر وسم #السودان السودان ينزف المنصات'],
    ['an RLM alone between the copies (no space)', 'كان يهدف\u200fيهدف إلى التطوير'],
    ['tatweel runs used as separators', 'انتهى الخبر الأول ـــــ ـــــ وبدأ الثاني'],
    ['a word repeated around a tatweel separator', 'عاجل ـــ الرئاسة ـــ الرئاسة تعلن'],
    ['a word repeated around a Latin word', 'قال يهدف BBC يهدف إلى'],
    ['a word repeated around a tatweel run', 'قال يهدف ـــ يهدف إلى'],
    ['a tail before the whole word is not a stutter', ' نه أنه لم يتلق'],
  ])('keeps %s', (_label, input, options) => {
    expectKept(input, options);
  });

  it('compares both hashes of a key: words whose first or second hash collides are not duplicates', () => {
    // letter strings chosen so that one of the two 32-bit key hashes collides
    expectKept('كتب ليجرخيذص لثظعلدظك ثم'); // same first hash
    expectKept('كتب ضسظعخثنه خطظبغيشك ثم'); // same second hash
  });
});

describe('duplicates: emphasis closing a clause', () => {
  const marks = ['.', ',', '!', '?', ':', ';', '"', "'", '(', ')', '-', '…', '«', '»', '“', '”', '،', '؛', '؟'];
  it.each(marks)('a doubled word followed by %s is kept', (mark) => {
    expectKept(`ردد الجمهور سلمية سلمية${mark} ثم تفرق`);
  });

  it.each<Kept>([
    ['the end of the text', 'ردد الجمهور سلمية سلمية'],
    ['spaces then the end of the text', 'ردد الجمهور سلمية سلمية  '],
    ['a line break', 'ردد الجمهور سلمية سلمية\nثم تفرق'],
    ['CR LF', 'ردد الجمهور سلمية سلمية\r\nثم تفرق'],
    ['a space and an RLM before the punctuation', 'ردد الجمهور سلمية سلمية \u200f!'],
  ])('a doubled word followed by %s is kept', (_label, input, options) => {
    expectKept(input, options);
  });

  it.each<Changed>([
    ['a word', 'ردد الجمهور سلمية سلمية ثم تفرق', 'ردد الجمهور سلمية ثم تفرق', ['duplicate-word']],
    ['a slash', 'ردد الجمهور سلمية سلمية / ثم تفرق', 'ردد الجمهور سلمية / ثم تفرق', ['duplicate-word']],
  ])('a doubled word followed by %s is a duplicate', (_label, input, expected, kinds) => {
    expectRepaired(input, expected, kinds);
  });

  it.each<Changed>([
    ['before a full stop', 'قال إنه سيعود في في.', 'قال إنه سيعود في.', ['duplicate-word']],
    ['at the end of the text', 'وهذا ما حدث في في', 'وهذا ما حدث في', ['duplicate-word']],
  ])('a closed-class word gets no clause-end exception (%s)', (_label, input, expected, kinds) => {
    expectRepaired(input, expected, kinds);
  });
});

describe('duplicates: the limits of each legitimate-repeat rule', () => {
  it.each<Changed>([
    ['an ambiguous letter name with the letter name across a comma before', 'قال سي، إن إن الوضع مستقر', 'قال سي، إن الوضع مستقر', ['duplicate-word']],
    ['an ambiguous letter name with the letter name across a comma after', 'قال إن إن، سي الوضع مستقر', 'قال إن، سي الوضع مستقر', ['duplicate-word']],
    ['من من with the definite word on the next line', 'اختلفوا حول من من\nالمرشحين سيفوز', 'اختلفوا حول من\nالمرشحين سيفوز', ['duplicate-word']],
    ['من من at the end of the text', 'لا أعرف من من', 'لا أعرف من', ['duplicate-word']],
    ['a section label on the line before', 'اقرأ أيضاً\nالرياضة الرياضة السعودية تستضيف البطولة', 'اقرأ أيضاً\nالرياضة السعودية تستضيف البطولة', ['duplicate-word']],
    ['a word other than أيضا before', 'اقرأ كذلك الرياضة الرياضة السعودية تستضيف البطولة', 'اقرأ كذلك الرياضة السعودية تستضيف البطولة', ['duplicate-word']],
    ['a definite noun in ة before a conjunction', 'راجع النص الجملة الجملة وفقرة فقرة', 'راجع النص الجملة وفقرة فقرة', ['duplicate-word']],
    ['a noun in ة before a word that is not a conjunction', 'راجع النص جملة جملة بعناية فائقة', 'راجع النص جملة بعناية فائقة', ['duplicate-word']],
    ['a noun without ة before a conjunction', 'راجع الطالب درس درس وفقرة فقرة', 'راجع الطالب درس وفقرة فقرة', ['duplicate-word']],
    ['a definite word in ا (not an adverbial accusative)', 'قال إن الدنيا الدنيا تتغير كل يوم', 'قال إن الدنيا تتغير كل يوم', ['duplicate-word']],
    ['a closed-class word in ا', 'قال هذا هذا الكتاب مفيد', 'قال هذا الكتاب مفيد', ['duplicate-word']],
    ['a name that is not East-Asian', 'التقى الرئيس سامر سامر في المؤتمر', 'التقى الرئيس سامر في المؤتمر', ['duplicate-word']],
    ['a nisba after a relation noun on the line before', 'يتواصل الحوار\nالوطني الوطني في العاصمة', 'يتواصل الحوار\nالوطني في العاصمة', ['duplicate-word']],
    ['a nisba in ية that is not a nation', 'صدرت النسخة الرسمية الرسمية من القرار', 'صدرت النسخة الرسمية من القرار', ['duplicate-word']],
    ['a nisba in ي that is not a nation', 'صدر القرار الرسمي الرسمي أمس', 'صدر القرار الرسمي أمس', ['duplicate-word']],
    ['an indefinite word in ية after a relation noun', 'يتواصل الحوار بجدية بجدية في العاصمة', 'يتواصل الحوار بجدية في العاصمة', ['duplicate-word']],
    ['a definite word that is not a nisba after a relation noun', 'يتواصل الحوار الشامل الشامل في العاصمة', 'يتواصل الحوار الشامل في العاصمة', ['duplicate-word']],
    ['copies that differ only by a dagger alef (not a vowel)', 'قال هذا ه\u0670ذا الكتاب مفيد', 'قال هذا الكتاب مفيد', ['duplicate-word']],
    ['copies with the same vowels', 'كتبَ كتبَ الطالب الدرس', 'كتبَ الطالب الدرس', ['duplicate-word']],
  ])('a duplicate: %s', (_label, input, expected, kinds) => {
    expectRepaired(input, expected, kinds);
  });

  it.each<Kept>([
    ['an ambiguous letter name before a letter name', 'ظهر شعار إن إن سي على الشاشة'],
    ['a distributive noun before او', 'راجع النص جملة جملة او كلمة كلمة'],
    ['a distributive noun before أو', 'راجع النص جملة جملة أو كلمة كلمة'],
    ['a distributive noun at the end of a line', 'راجع النص جملة جملة\nوفقرة فقرة'],
    ['an adverbial accusative', 'بدأت الأسعار تتراجع تدريجيا تدريجيا خلال الشهر'],
    ['a three-letter adverbial accusative', 'قال سنعود غدا غدا إلى البيت'],
    ['an East-Asian name in ـنج', 'التقى الرئيس مينج مينج في المؤتمر'],
    ['a nisba of a nation in ي', 'يتطور الاقتصاد العربي العربي رغم الأزمة'],
    ['a nisba of a nation in ية without a relation noun', 'دعا المؤتمر الأحزاب الفلسطينية الفلسطينية إلى الحوار'],
    ['a nisba of a nation in ي without a relation noun', 'ألقى الشاعر العراقي العراقي قصيدة'],
    ['copies that differ by a tanween', 'زار الوفد مدينةً مدينة جميلة'],
    ['copies that differ by a sukun', 'قال لمْ لم يحضر أحد'],
    ['copies with as many vowels, but different ones', 'قال حَمَلَ حُمِلَ الصندوق'],
    ['one copy vowelled, the other not', 'كتبَ كتب الطالب الدرس'],
  ])('kept: %s', (_label, input, options) => {
    expectKept(input, options);
  });
});

describe('duplicates: repeated phrases', () => {
  it.each<Changed>([
    ['four words', 'أكد الوزير أن الحكومة ماضية قدما أن الحكومة ماضية قدما في الإصلاح', 'أكد الوزير أن الحكومة ماضية قدما في الإصلاح', ['duplicate-word']],
    ['three words', 'وصل إلى مطار القاهرة الدولي مطار القاهرة الدولي صباحا', 'وصل إلى مطار القاهرة الدولي صباحا', ['duplicate-word']],
    ['a letter name and a word', 'شعار بي بيت بي بيت القديم', 'شعار بي بيت القديم', ['duplicate-word']],
    ['two phrases in a row', 'إلى عمان إلى عمان ثم إلى دمشق إلى دمشق مساء', 'إلى عمان ثم إلى دمشق مساء', ['duplicate-word', 'duplicate-word']],
    ['three words, then two words', 'وصل إلى مطار القاهرة الدولي مطار القاهرة الدولي ثم إلى عمان إلى عمان', 'وصل إلى مطار القاهرة الدولي ثم إلى عمان', ['duplicate-word', 'duplicate-word']],
    ['four words, then two words', 'أكد أن الحكومة ماضية قدما أن الحكومة ماضية قدما ثم إلى عمان إلى عمان', 'أكد أن الحكومة ماضية قدما ثم إلى عمان', ['duplicate-word', 'duplicate-word']],
    ['at the end of the text', 'عاد المسافرون إلى عمان إلى عمان', 'عاد المسافرون إلى عمان', ['duplicate-word']],
    ['then the last word again', 'عاد إلى عمان إلى عمان عمان مساء', 'عاد إلى عمان مساء', ['duplicate-word', 'duplicate-word']],
    ['then the last word again, vowelled like the removed copy only', 'وصل إلى عمّان إلى عمان عمان مساء', 'وصل إلى عمّان عمان مساء', ['duplicate-word']],
    ['followed by its first word after a comma (not nesting)', 'عاد الوفد إلى عمان إلى عمان، إلى جانب وفود أخرى', 'عاد الوفد إلى عمان، إلى جانب وفود أخرى', ['duplicate-word']],
    ['preceded by its last word before a comma (not nesting)', 'وعن الأمن، حفظ الأمن حفظ الأمن مسؤولية الجميع', 'وعن الأمن، حفظ الأمن مسؤولية الجميع', ['duplicate-word']],
    ['three words preceded by their middle word (not nesting)', 'هبطت الطائرة في القاهرة مطار القاهرة الدولي مطار القاهرة الدولي', 'هبطت الطائرة في القاهرة مطار القاهرة الدولي', ['duplicate-word']],
  ])('removes the second copy: %s', (_label, input, expected, kinds) => {
    expectRepaired(input, expected, kinds);
  });

  it.each<Kept>([
    ['short words only', 'قال إن في ما في ما يقال'],
    ['letter names only, one of three letters', 'شعار إتش بي إتش بي القديم'],
    ['a genealogy with ابن', 'نقل عن خالد ابن خالد ابن الوليد قوله'],
    ['a genealogy with بنت', 'روت فاطمة بنت فاطمة بنت أسد القصة'],
    ['nesting that starts before the pair', 'داخل صندوق داخل صندوق داخل العلبة'],
    ['a run of one word', 'قال سعيد سعيد سعيد سعيد في المؤتمر'],
    ['three copies of a phrase', 'مطار القاهرة مطار القاهرة مطار القاهرة الدولي'],
    ['copies on two lines', 'إلى عمان\nإلى عمان مساء الأحد'],
    ['a phrase inside a longer pattern', 'قال إلى عمان إلى عمان إلى دمشق'],
    ['a second copy that differs in its last word', 'ذهب إلى عمان إلى عمانية أمس'],
    ['four words whose last differs', 'أكد أن الحكومة ماضية قدما أن الحكومة ماضية أيضا في الإصلاح'],
    ['three words whose last differs', 'وصل إلى مطار القاهرة الدولي مطار القاهرة الجديد صباحا'],
  ])('keeps %s', (_label, input, options) => {
    expectKept(input, options);
  });
});

describe('duplicates: runs of three or more', () => {
  it.each<Changed>([
    ['a duplicate right after a run', 'هتفوا حرية حرية حرية في في الشارع', 'هتفوا حرية حرية حرية في الشارع', ['duplicate-word']],
    ['a stutter right after a run', 'ردد المتظاهرون سلمية سلمية سلمية ية وانصرفوا', 'ردد المتظاهرون سلمية سلمية سلمية وانصرفوا', ['stutter']],
    ['a pair before a different word', 'كانت الخطة تهدف تهدف تهدفان إلى', 'كانت الخطة تهدف تهدفان إلى', ['duplicate-word']],
    ['two pairs', 'كانت الخطة تهدف تهدف إلى إلى التطوير', 'كانت الخطة تهدف إلى التطوير', ['duplicate-word', 'duplicate-word']],
  ])('%s', (_label, input, expected, kinds) => {
    expectRepaired(input, expected, kinds);
  });

  it.each<Kept>([
    ['a run at the start of the text', 'حرية حرية حرية هتف المحتجون'],
    ['a run of four', 'هتف المحتجون حرية حرية حرية حرية ثم انصرفوا'],
  ])('keeps %s', (_label, input, options) => {
    expectKept(input, options);
  });

  it('each switch only turns off its own kind', () => {
    expectRepaired('كانت الخطة تهدف تهدف إلى أنه نه', 'كانت الخطة تهدف إلى أنه نه', ['duplicate-word'], { stutter: false });
    expectKept('ثم عاد المسافرون إلى عمان إلى عمان مساء', { duplicateWord: false });
    expectKept('كانت الخطة تهدف تهدف إلى أنه نه', { stutter: false, duplicateWord: false });
  });
});

describe('duplicates: stutters', () => {
  it.each<Changed>([
    ['at the end of the text', 'وأوضح أنه نه', 'وأوضح أنه', ['stutter']],
    ['with a tatweel in the fragment', 'وأوضح أنه نـه لم يتلق', 'وأوضح أنه لم يتلق', ['stutter']],
    ['after a word whose last letter carries a vowel', 'وأوضح أنهُ نه لم يتلق', 'وأوضح أنهُ لم يتلق', ['stutter']],
    ['ما after و + a ما-compound', 'وتبين وحسبما ما أعلنته اللجنة', 'وتبين وحسبما أعلنته اللجنة', ['stutter']],
    ['ما after ف + a ما-compound', 'وتبين فحسبما ما أعلنته اللجنة', 'وتبين فحسبما أعلنته اللجنة', ['stutter']],
    ['ما after كيفما', 'اذهب كيفما ما شئت', 'اذهب كيفما شئت', ['stutter']],
    ['ما with the verb of continuity on the next line', 'وذلك مثلما ما\nزال يقول', 'وذلك مثلما\nزال يقول', ['stutter']],
    ['a word after the same word with ك', 'كان الأمر كالحلم الحلم الجميل', 'كان الأمر كالحلم الجميل', ['stutter']],
    ['a three-letter word after the same word with ل', 'خصصت الحكومة مبلغا لدعم دعم المزارعين', 'خصصت الحكومة مبلغا لدعم المزارعين', ['stutter']],
    ['after a Latin word', 'قال BBC أنه نه لم', 'قال BBC أنه لم', ['stutter']],
    ['after a number', 'قال 5 أنه نه لم', 'قال 5 أنه لم', ['stutter']],
    ['a stutter typed twice: the duplicate goes, the stutter stays', 'وأوضح أنه نه نه لم يتلق', 'وأوضح أنه نه لم يتلق', ['duplicate-word']],
  ])('removes %s', (_label, input, expected, kinds) => {
    expectRepaired(input, expected, kinds);
  });

  it.each<Kept>([
    ['a tail that occurs twice in the text', 'قال أنه نه ثم قال أنه نه'],
    ['a tail in the vocabulary', 'وأوضح أنه نه لم يتلق', { vocabulary: ['نه'] }],
    ['an ambiguous letter name as tail', 'قال زيد وفي في البيت'],
    ['a tail of three letters', 'قال الكتاب تاب عنه'],
    ['a tail on the next line', 'وأوضح أنه\nنه لم يتلق'],
    ['a fragment whose last letter differs', 'وأوضح أنها نه لم يتلق'],
    ['a fragment ending in ا after a word ending in أ', 'لجأ السكان إلى ملجأ جا قريب'],
    ['a verb with ت and its noun', 'وقالت إنها تعد عد الأيام'],
    ['a verb with ن and its noun', 'قالوا نرد رد الجميل'],
    ['ما before a verb of continuity', 'وذلك مثلما ما زال يقول'],
    ['ما after ك + a ما-compound', 'ردت كمثلما ما فعلت'],
    ['a two-letter word after the same word with ل', 'قال لمن من حضر'],
    ['an adverbial accusative after ب', 'سار برويدا رويدا في الطريق'],
    ['a two-letter word after the same word with ب', 'ذهب بكل كل الطرق'],
    ['a word after the same word with و', 'وقال ومقتل مقتل خمسة'],
    ['a word after the same word with two proclitics', 'قال وبالعاصمة العاصمة صباحا'],
    ['a definite noun then the same noun indefinite (two letters)', 'وقال إن الدم دم واحد'],
    ['the same after و', 'وقال إن والدم دم واحد'],
  ])('keeps %s', (_label, input, options) => {
    expectKept(input, options);
  });
});

// Tests written to kill surviving Stryker mutants of src/repair/evidence.ts: the evidence rules of
// phase two (both halves attested in the text or the vocabulary, ما / لا + verb, a word in ر or ه
// glued to a preposition) and each of their limits.
import { describe, expect, it } from 'vitest';
import { repair } from '../../src/repair/index.js';
import { expectRepaired, expectKept, type Changed, type Kept } from './helpers.js';


const story = 'تحدث المسؤولون عن الاقتصاد. وقال المسؤولون إن الاقتصاد ينمو. ';

describe('glued: both halves attested', () => {
  it.each<Changed>([
    ['both halves occur in the text', `${story}المسؤولونالاقتصاد بخير`, `${story}المسؤولون الاقتصاد بخير`, ['glued']],
    ['the second half occurs with a proclitic', `${story}المسؤولونوالاقتصاد بخير`, `${story}المسؤولون والاقتصاد بخير`, ['glued']],
    ['the glued form occurs twice', `${story}المسؤولونالاقتصاد ثم المسؤولونالاقتصاد`, `${story}المسؤولون الاقتصاد ثم المسؤولون الاقتصاد`, ['glued', 'glued']],
    ['only the first split is attested', 'وصل احمدسعيدخالد أمس', 'وصل احمد سعيدخالد أمس', ['glued'], { vocabulary: ['احمد', 'سعيدخالد'] }],
    ['only the second split is attested', 'وصل احمدسعيدخالد أمس', 'وصل احمدسعيد خالد أمس', ['glued'], { vocabulary: ['احمدسعيد', 'خالد'] }],
    ['a second half with a proclitic, in the vocabulary without it', 'وصل سعيدخالدوحسين أمس', 'وصل سعيدخالد وحسين أمس', ['glued'], { vocabulary: ['سعيدخالد', 'حسين'] }],
    ['two halves of four letters', 'وصل سعيدخالد أمس', 'وصل سعيد خالد أمس', ['glued'], { vocabulary: ['سعيد', 'خالد'] }],
    ['a first half of four letters and a longer second half', 'وصل سعيدخالدحسن أمس', 'وصل سعيد خالدحسن أمس', ['glued'], { vocabulary: ['سعيد', 'خالدحسن'] }],
  ])('splits when %s', (_label, input, expected, kinds, options) => {
    expectRepaired(input, expected, kinds, options);
  });

  it.each<Kept>([
    ['the glued form occurs three times', `${story}المسؤولونالاقتصاد المسؤولونالاقتصاد المسؤولونالاقتصاد`],
    ['two splits qualify', 'وصل احمدسعيدخالد أمس', { vocabulary: ['احمد', 'سعيدخالد', 'احمدسعيد', 'خالد'] }],
    ['the glued form itself is in the vocabulary', 'وصل احمدسعيدخالد أمس', { vocabulary: ['احمد', 'سعيدخالد', 'احمدسعيدخالد'] }],
    ['a second half of three letters', 'وصل احمدسعيدخال أمس', { vocabulary: ['احمدسعيد', 'خال'] }],
    ['a first half of three letters', 'وصل سعدخالدحسين أمس', { vocabulary: ['سعد', 'خالدحسين'] }],
    ['a second half of three letters after a four-letter word', 'وصل سعيدخالدحسن أمس', { vocabulary: ['سعيدخالد', 'حسن'] }],
    ['a three-letter second half behind a proclitic', 'وصل سعيدخالدوحسن أمس', { vocabulary: ['سعيدخالد', 'حسن'] }],
    ['الله as second half', 'وصل سعيدخالدالله أمس', { vocabulary: ['سعيدخالد', 'الله'] }],
    ['a name written solid (عبد…)', 'وصل عبدالرحيمخالد أمس', { vocabulary: ['عبدالرحيم', 'خالد'] }],
    ['a compound written solid after the article (الكيلو…)', 'وصل الكيلومتراتالطويلة أمس', { vocabulary: ['الكيلومترات', 'الطويلة'] }],
    ['a name written solid after و', 'وصل وعبدالرحيمخالد أمس', { vocabulary: ['وعبدالرحيم', 'خالد'] }],
    ['a first half made of proclitics and the article', 'وصل وبالكتابالجديد أمس', { vocabulary: ['وبال', 'كتابالجديد'] }],
  ])('keeps the token when %s', (_label, input, options) => {
    expectKept(input, options);
  });
});

describe('glued: ما / لا written solid with a verb', () => {
  it.each<Changed>([
    ['the verb occurs with ف', 'وهذا ماسيتم خلال الأسبوع، فسيتم الإعلان', 'وهذا ما سيتم خلال الأسبوع، فسيتم الإعلان', ['glued']],
    ['the verb occurs alone', 'وهذا ماسيتم خلال الأسبوع، سيتم الإعلان', 'وهذا ما سيتم خلال الأسبوع، سيتم الإعلان', ['glued']],
    ['a verb with ت', 'قال إنه لاتريد الحكومة ذلك، وهي تريد الحوار', 'قال إنه لا تريد الحكومة ذلك، وهي تريد الحوار', ['glued']],
    ['a verb with ن', 'قال لانريد الحرب، نريد السلام', 'قال لا نريد الحرب، نريد السلام', ['glued']],
    ['a future verb with سن', 'قال ماسنفعله مهم، سنفعله غدا', 'قال ما سنفعله مهم، سنفعله غدا', ['glued']],
    ['a future verb with ست', 'قال ماستفعله مهم، ستفعله غدا', 'قال ما ستفعله مهم، ستفعله غدا', ['glued']],
  ])('splits when %s', (_label, input, expected, kinds, options) => {
    expectRepaired(input, expected, kinds, options);
  });

  it.each<Kept>([
    ['what follows is not a verb', 'قال مابعدها يختلف، بعدها تغير'],
    ['what follows starts with س but is not a future verb', 'قال لاسلاح بعد اليوم، سلاح الجيش'],
    ['the glued form occurs three times', 'ماسيتم ماسيتم ماسيتم، وسيتم'],
    ['the form is lexicalised', 'قال لاسيما الجديد، سيما'],
  ])('keeps the token when %s', (_label, input, options) => {
    expectKept(input, options);
  });
});

describe('glued: a word in ر or ه written solid with a preposition', () => {
  it.each<Changed>([
    ['ر then الى', 'ويشيرالى ذلك', 'ويشير الى ذلك', ['glued']],
    ['ه then في', 'وأعلن تضامنهفي ذلك', 'وأعلن تضامنه في ذلك', ['glued']],
    ['ه after a three-letter stem with و and the article', 'قال والكرهمع الناس', 'قال والكره مع الناس', ['glued']],
    ['the same glued form three times (no count limit for this rule)', 'ويعبرمن ويعبرمن ويعبرمن', 'ويعبر من ويعبر من ويعبر من', ['glued', 'glued', 'glued']],
  ])('splits %s', (_label, input, expected, kinds, options) => {
    expectRepaired(input, expected, kinds, options);
  });

  it.each<Kept>([
    ['a name written solid', 'وصل عبدالقادرمن القاهرة'],
    ['a stem of two letters after proclitics', 'قال وكبرمن ذلك'],
    ['ر before في (only after ه)', 'وأعلن تضامنرفي ذلك'],
    ['a glued form in the vocabulary', 'ويعبرمن خلال البيان', { vocabulary: ['ويعبرمن'] }],
    ['a token of four letters', 'ويرمن خلال'],
  ])('keeps %s', (_label, input, options) => {
    expectKept(input, options);
  });
});

describe('glued: what counts as evidence, and tokens that never split', () => {
  it('words inside hashtags are not evidence', () => {
    const input = 'القتال حول كراسنوفكاوأفاد الجيش #كراسنوفكا #أفاد';
    expectKept(input);
  });

  it('a lexicalised form after و is not split', () => {
    expect(repair('قال ومايزالون هناك').edits).toEqual([]);
  });

  it('a preposition-like token that does not split stays whole however often it occurs', () => {
    expect(repair('قال وكبرمن وكبرمن وكبرمن').edits).toEqual([]);
  });

  it('words before the first split token are still checked for duplicates', () => {
    expectRepaired('كان يهدف يهدف إلى المدينةالقديمة', 'كان يهدف إلى المدينة القديمة', ['duplicate-word', 'glued']);
  });
});

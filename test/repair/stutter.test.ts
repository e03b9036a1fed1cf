import { describe, expect, it } from 'vitest';
import { repair } from '../../src/repair/index.js';
import { fixed } from './helpers.js';

describe('stutter: a fragment repeating the tail of the previous word is removed', () => {
  it.each([
    ['meaningless tail', 'وأوضح أنه نه لم يتلق أي إخطار', 'وأوضح أنه لم يتلق أي إخطار'],
    ['ما after a ما-compound', 'وتبين حسبما ما أعلنته اللجنة أن الموعد تأجل', 'وتبين حسبما أعلنته اللجنة أن الموعد تأجل'],
    ['the word again without its preposition', 'وأدى الحادث لمقتل مقتل خمسة أشخاص', 'وأدى الحادث لمقتل خمسة أشخاص'],
    ['definite word after ب', 'عقد الاجتماع بالعاصمة العاصمة، صباح الأحد', 'عقد الاجتماع بالعاصمة، صباح الأحد'],
  ])('%s', (_label, input, expected) => {
    expect(fixed(input)).toBe(expected);
    expect(repair(input).edits.map((e) => e.kind)).toEqual(['stutter']);
  });

  it.each([
    ['فيما + ما زال', 'انتهت عمليات الإنقاذ فيما ما زال البحث جاريا'],
    ['بينما + ما (what)', 'تحدث عن الماضي بينما ما يجري اليوم مختلف'],
    ['دائما ما', 'وهو دائما ما يحضر مبكرا'],
    ['definite then indefinite noun', 'جعلت الحكومة من الدولة دولة حديثة'],
    ['typo that looks like a stutter', 'بلغ الفريق نهائي الكأس العام عام 1990'],
    ['a real word as tail', 'انتشرت قوات الأمن من جديد في الشوارع'],
    ['a real word as tail (كان)', 'عاد إلى مكان كان يعمل فيه سابقا'],
    ['verb and its cognate noun', 'ولم يرد رد رسمي حتى الآن'],
    ['prefix, not suffix', 'حصل الكاتب جائز جائزة الدولة'],
    ['ومن من (and which of)', 'ومن من الطلاب سينجح هذا العام؟'],
    ['a name after a preposition', 'قدم الشكر لمحمد محمد الأمين على جهوده'],
    ['a letter name', 'قال لبي بي سي إن الوضع هادئ'],
  ])('keeps %s', (_label, input) => {
    expect(fixed(input)).toBe(input);
  });

  it('a tail that occurs as a word elsewhere in the text is a word, not a stutter', () => {
    expect(fixed('قال زيد نه ثم قال أنه نه')).toBe('قال زيد نه ثم قال أنه نه');
  });

  it('can be switched off', () => {
    expect(fixed('وأوضح أنه نه لم يتلق', { stutter: false })).toBe('وأوضح أنه نه لم يتلق');
  });

  it('collapses a duplicate then sees the stutter after it', () => {
    expect(fixed('وأوضح أنه أنه نه لم يتلق')).toBe('وأوضح أنه لم يتلق');
  });
});

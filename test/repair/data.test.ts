import { describe, expect, it } from 'vitest';
import * as digitWords from '../../src/repair/data/digit-words.js';
import * as functionWords from '../../src/repair/data/function-words.js';
import * as glueWords from '../../src/repair/data/glue-words.js';
import * as repeats from '../../src/repair/data/repeats.js';

const ARABIC_WORD = /^[\u0621-\u063a\u0641-\u064a\u0640]+$/u;

const lists: [string, readonly string[]][] = [];
for (const mod of [digitWords, functionWords, glueWords, repeats]) {
  for (const [name, value] of Object.entries(mod)) {
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) lists.push([name, value]);
  }
}

describe('repair data tables', () => {
  it('are all found', () => {
    expect(lists.map(([name]) => name).sort()).toEqual([
      'AMBIGUOUS_LETTER_NAMES', 'CONTINUITY_VERBS', 'DOUBLED_GIVEN_NAMES', 'ETHNONYM_STEMS', 'FUNCTION_WORDS',
      'GLUED_BOILERPLATE_BEFORE', 'LETTER_NAMES', 'LEXICALISED', 'MAKSURA_PARTICLES', 'MA_COMPOUNDS', 'NAMES_WITH_NUMBER',
      'NAME_PREFIXES', 'NEVER_SECOND_HALF', 'NUMBER_PROCLITICS', 'NUMBER_SUFFIXES', 'PREFIX_ARTICLE_WORDS',
      'PREFIX_BEFORE_ARTICLE', 'PREPOSITIONS_AFTER_HEH', 'PREPOSITIONS_AFTER_R', 'PROCLITICS', 'RELATION_NOUNS',
      'REPEATABLE_WORDS',
    ].sort());
  });

  it.each(lists)('%s holds single Arabic words without marks or spaces', (_name, words) => {
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(w, w).toMatch(ARABIC_WORD);
  });

  it.each(lists)('%s has no duplicate entries', (_name, words) => {
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
  });

  it('boilerplate markers are Arabic words with Arabic context', () => {
    for (const m of glueWords.GLUED_BOILERPLATE_AFTER) {
      expect(m.word).toMatch(ARABIC_WORD);
      expect(m.context.length).toBeGreaterThan(0);
      for (const w of m.context) expect(w).toMatch(ARABIC_WORD);
    }
  });

  it('closed-class and repeatable words include the cases the rules rely on', () => {
    expect(functionWords.FUNCTION_WORDS).toEqual(expect.arrayContaining(['من', 'في', 'على', 'كان', 'أن']));
    expect(repeats.REPEATABLE_WORDS).toEqual(expect.arrayContaining(['ولي', 'رسول', 'مليون', 'بطرس']));
    expect(repeats.LETTER_NAMES).toEqual(expect.arrayContaining(['بي', 'سي', 'جي']));
    expect(functionWords.PROCLITICS).toEqual(['و', 'ف', 'ب', 'ل', 'ك']);
  });

  it('keeps ambiguous letter names out of the unambiguous list', () => {
    for (const w of repeats.AMBIGUOUS_LETTER_NAMES) expect(repeats.LETTER_NAMES).not.toContain(w);
  });
});

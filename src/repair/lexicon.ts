import { FUNCTION_WORDS } from './data/function-words.js';
import {
  GLUED_BOILERPLATE_AFTER, GLUED_BOILERPLATE_BEFORE, LEXICALISED, MAKSURA_PARTICLES, NAME_PREFIXES, NEVER_SECOND_HALF,
  PREFIX_ARTICLE_WORDS, PREFIX_BEFORE_ARTICLE, PREPOSITIONS_AFTER_HEH, PREPOSITIONS_AFTER_R,
} from './data/glue-words.js';
import { NAMES_WITH_NUMBER, NUMBER_PROCLITICS, NUMBER_SUFFIXES } from './data/digit-words.js';
import {
  AMBIGUOUS_LETTER_NAMES, CONTINUITY_VERBS, DOUBLED_GIVEN_NAMES, ETHNONYM_STEMS, LETTER_NAMES, MA_COMPOUNDS,
  RELATION_NOUNS, REPEATABLE_WORDS,
} from './data/repeats.js';
import { keySet, wordKey } from './key.js';

/** The data tables as key sets, built once when the module loads (read-only afterwards). @internal */
export const FUNCTION_KEYS: ReadonlySet<string> = keySet(FUNCTION_WORDS);
/** @internal */
export const MAKSURA_PARTICLE_KEYS: ReadonlySet<string> = keySet(MAKSURA_PARTICLES);
/** @internal */
export const LEXICALISED_KEYS: ReadonlySet<string> = keySet(LEXICALISED);
/** @internal */
export const NAME_PREFIX_KEYS: readonly string[] = [...keySet(NAME_PREFIXES)];
/** @internal */
export const NEVER_SECOND_KEYS: ReadonlySet<string> = keySet(NEVER_SECOND_HALF);
/** @internal */
export const PREFIX_ARTICLE_KEYS: readonly string[] = [...keySet(PREFIX_BEFORE_ARTICLE)];
/** @internal */
export const PREFIX_ARTICLE_WORD_KEYS: readonly string[] = [...keySet(PREFIX_ARTICLE_WORDS)];
/** @internal */
export const AFTER_R_KEYS: readonly string[] = [...keySet(PREPOSITIONS_AFTER_R)];
/** @internal */
export const AFTER_HEH_KEYS: readonly string[] = [...keySet(PREPOSITIONS_AFTER_HEH)];
/** @internal */
export const BOILERPLATE_AFTER: readonly { readonly word: string; readonly context: readonly string[] }[] =
  GLUED_BOILERPLATE_AFTER.map((m) => ({ word: wordKey(m.word, 0, m.word.length), context: m.context.map((w) => wordKey(w, 0, w.length)) }));
/** @internal */
export const BOILERPLATE_BEFORE: readonly string[] = [...keySet(GLUED_BOILERPLATE_BEFORE)];
/** @internal */
export const NUMBER_PROCLITIC_KEYS: ReadonlySet<string> = keySet(NUMBER_PROCLITICS);
/** @internal */
export const NAMES_WITH_NUMBER_KEYS: ReadonlySet<string> = keySet(NAMES_WITH_NUMBER);
/** @internal */
export const NUMBER_SUFFIX_KEYS: ReadonlySet<string> = keySet(NUMBER_SUFFIXES);
/** @internal */
export const REPEATABLE_KEYS: ReadonlySet<string> = keySet([...REPEATABLE_WORDS, ...DOUBLED_GIVEN_NAMES]);
/** @internal */
export const LETTER_NAME_KEYS: ReadonlySet<string> = keySet(LETTER_NAMES);
/** @internal */
export const AMBIGUOUS_LETTER_KEYS: ReadonlySet<string> = keySet(AMBIGUOUS_LETTER_NAMES);
/** @internal */
export const ETHNONYM_KEYS: ReadonlySet<string> = keySet(ETHNONYM_STEMS);
/** @internal */
export const RELATION_KEYS: ReadonlySet<string> = keySet(RELATION_NOUNS);
/** @internal */
export const MA_COMPOUND_KEYS: ReadonlySet<string> = keySet(MA_COMPOUNDS);
/** @internal */
export const CONTINUITY_KEYS: ReadonlySet<string> = keySet(CONTINUITY_VERBS);

/** Whether every letter of `key` is a proclitic (و ف ب ل ك); true for ''. @internal */
export function isProcliticsOnly(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c !== 0x0648 && c !== 0x0641 && c !== 0x0628 && c !== 0x0644 && c !== 0x0643) return false;
  }
  return true;
}

/** Whether the key starts with a proclitic letter (و ف ب ل ك). @internal */
export function startsWithProclitic(key: string): boolean {
  const c = key.charCodeAt(0);
  return c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644 || c === 0x0643;
}

/** The key without up to two leading proclitics and a following ال. @internal */
export function stem(key: string): string {
  let i = 0;
  while (i < 2 && i < key.length - 1 && startsWithProclitic(key.slice(i))) i++;
  const rest = key.slice(i);
  return rest.startsWith('ال') ? rest.slice(2) : rest;
}

import {
  AFTER_HEH_KEYS, AFTER_R_KEYS, FUNCTION_KEYS, isProcliticsOnly, LEXICALISED_KEYS, NAME_PREFIX_KEYS, NEVER_SECOND_KEYS,
  startsWithProclitic, stem,
} from './lexicon.js';
import {
  addWord, createWordTable, EXTRA_FUNCTION, extraBits, HASH_SEED, hashAppend, hashKey, isKnown, type KeyHash, wordCount,
  type WordTable,
} from './word-table.js';

/** The closed-class words, hashed once when the module loads (read-only afterwards). */
const FUNCTION_TABLE: WordTable = ((): WordTable => {
  const t = createWordTable(FUNCTION_KEYS.size);
  const h: KeyHash = { h1: 0, h2: 0 };
  for (const key of FUNCTION_KEYS) {
    hashKey(key, h);
    addWord(t, h, 0, EXTRA_FUNCTION);
  }
  return t;
})();

/** Whether a hashed key is attested anywhere: document, vocabulary or closed-class list. */
function knownHash(ev: Evidence, h: KeyHash): boolean {
  return isKnown(ev.table, h) || isKnown(FUNCTION_TABLE, h);
}

/** Whether a hashed key is a listed or vocabulary word. */
function listedHash(ev: Evidence, h: KeyHash): boolean {
  return extraBits(ev.table, h) !== 0 || isKnown(FUNCTION_TABLE, h);
}

/**
 * The words a split may rely on: the document's own words (with counts), the closed-class list and
 * the caller's vocabulary, all in one hashed table.
 *
 * @internal
 */
export interface Evidence {
  readonly table: WordTable;
  /** Scratch space for hashing (one per `repair` call). */
  readonly hash: KeyHash;
}

/** Whether `key` is attested: in the document, the vocabulary or the closed-class list. @internal */
export function known(ev: Evidence, key: string): boolean {
  hashKey(key, ev.hash);
  return knownHash(ev, ev.hash);
}

/**
 * Whether `key` is attested apart from one occurrence of its own: a listed or vocabulary word, or a
 * word that occurs at least twice in the document. @internal
 */
export function knownElsewhere(ev: Evidence, key: string): boolean {
  hashKey(key, ev.hash);
  return wordCount(ev.table, ev.hash) >= 2 || listedHash(ev, ev.hash);
}

/** Whether `key` is attested, possibly after one proclitic (و ف ب ل ك). */
function knownWithProclitic(ev: Evidence, key: string): boolean {
  if (known(ev, key)) return true;
  return key.length >= 5 && startsWithProclitic(key) && known(ev, key.slice(1));
}

/**
 * Key index at which a glued piece splits on evidence, or -1. `count` is how often the piece occurs
 * in the document. Rules, in order:
 * 1. a word ending in ر or ه written solid with a preposition («ويعبرمن», «تضامنهمع»);
 * 2. ما / لا written solid with a following verb that occurs as a word («ماسيتم»);
 * 3. both halves (four letters or more each) occur as words in the document or the vocabulary (the
 *    second possibly with a proclitic), the glued form at most twice, and the split is the only one
 *    that qualifies. Short halves are too easily found by chance («انتقال» is not «انت قال»).
 *
 * `hash`: the hashes of `key`. `bareAlef`: the second letter is a bare ا (so «لا…» may be the particle, not ل + «إ…»).
 *
 * @internal
 */
export function evidenceSplit(key: string, count: number, ev: Evidence, hash: KeyHash, bareAlef: boolean): number {
  const n = key.length;
  if (n < 5 || LEXICALISED_KEYS.has(key)) return -1;
  if ((key.startsWith('و') || key.startsWith('ف')) && LEXICALISED_KEYS.has(key.slice(1))) return -1;
  if (listedHash(ev, hash)) return -1; // a listed or vocabulary word
  const r = prepositionSplit(key);
  if (r >= 0) return solidCompound(key) ? -1 : r;
  if (count > 2) return -1;
  if (bareAlef && (key.startsWith('ما') || key.startsWith('لا'))) {
    const rest = key.slice(2);
    const first = rest.charCodeAt(0);
    const second = rest.charCodeAt(1);
    const prefix = (c: number): boolean => c === 0x064a || c === 0x062a || c === 0x0646; // ي ت ن
    const verbLike = prefix(first) || (first === 0x0633 && prefix(second)); // or the future سـ: «سيتم»
    if (verbLike && (known(ev, rest) || known(ev, `و${rest}`) || known(ev, `ف${rest}`))) return solidCompound(key) ? -1 : 2;
  }
  if (n < 8) return -1;
  let found = -1;
  const prefix: KeyHash = { h1: HASH_SEED.h1, h2: HASH_SEED.h2 };
  hashAppend(prefix, key.charCodeAt(0));
  hashAppend(prefix, key.charCodeAt(1));
  hashAppend(prefix, key.charCodeAt(2));
  for (let k = 4; k <= n - 4; k++) {
    hashAppend(prefix, key.charCodeAt(k - 1));
    if (!knownHash(ev, prefix)) continue; // first half unattested (the common case: no string built)
    const a = key.slice(0, k);
    if (isProcliticsOnly(a) || (a.endsWith('ال') && isProcliticsOnly(a.slice(0, -2)))) continue;
    const b = key.slice(k);
    if (NEVER_SECOND_KEYS.has(b) || !knownWithProclitic(ev, b)) continue;
    if (found >= 0) return -1; // ambiguous: precision first
    found = k;
  }
  return found >= 0 && solidCompound(key) ? -1 : found;
}

/** Whether the key starts (after an article or و/ف) like a name or compound written solid. */
function solidCompound(key: string): boolean {
  const bare = withoutArticle(key);
  return NAME_PREFIX_KEYS.some((p) => key.startsWith(p) || bare.startsWith(p));
}



/** The key without a leading article and its proclitics (ال وال فال بال كال لل), or without و / ف. */
function withoutArticle(key: string): string {
  for (const a of ARTICLES) if (key.startsWith(a)) return key.slice(a.length);
  return key.startsWith('و') || key.startsWith('ف') ? key.slice(1) : key;
}

const ARTICLES: readonly string[] = ['وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'ال', 'لل'];

function prepositionSplit(key: string): number {
  const n = key.length;
  const pick = (list: readonly string[], before: string): number => {
    for (const p of list) {
      const a = n - p.length;
      if (a >= 4 && key.endsWith(p) && key.charAt(a - 1) === before && stem(key.slice(0, a)).length >= 3) return a;
    }
    return -1;
  };
  const r = pick(AFTER_R_KEYS, 'ر');
  return r >= 0 ? r : pick(AFTER_HEH_KEYS, 'ه');
}

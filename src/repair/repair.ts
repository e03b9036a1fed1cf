import { ALEF, ALEF_MAKSURA, C_LETTER, C_MARK, CHAR_CLASS, isTanween, TEH_MARBUTA } from './chars.js';
import { findRepeats } from './duplicates.js';
import { applyEdits, resolveEdits } from './edits.js';
import { evidenceSplit, type Evidence } from './evidence.js';
import { wordKey } from './key.js';
import { FUNCTION_KEYS, NAMES_WITH_NUMBER_KEYS, NUMBER_PROCLITIC_KEYS, NUMBER_SUFFIX_KEYS } from './lexicon.js';
import { resolveOptions, type ResolvedOptions } from './options.js';
import { phaseOneSplits, textIndexOfKey } from './split.js';
import { ARABIC, createTokenList, LATIN, NUMBER, PROTECTED, pushToken, SPLIT, tokenize, type TokenList } from './tokenize.js';
import type { Edit, RepairOptions, RepairResult } from './types.js';
import {
  addWord, createWordTable, EXTRA_FUNCTION, EXTRA_VOCABULARY, hashKey, hashRange, type KeyHash, wordCount,
} from './word-table.js';

/**
 * Repairs accidental word-level defects of scraped and hand-typed Arabic news text: duplicate words
 * and phrases, stutter fragments, words glued together and words glued to numbers. Precision first:
 * a split needs evidence (a word-final letter in mid-token, or both halves attested in the text
 * itself or the supplied vocabulary), and legitimate repetition («بي بي سي», «ولي ولي العهد»,
 * «رويدا رويدا») is kept. Nothing else changes: spelling, hamza, ي/ى, punctuation and whitespace
 * are left as they are; URLs, e-mail addresses, hashtags and Latin words are never edited.
 *
 * @param text - Any string.
 * @param options - Switch kinds off, add vocabulary or legitimate repeats.
 * @returns The repaired text and the edits (offsets into `text`, sorted, non-overlapping).
 * @throws TypeError if `text` is not a string or an option has the wrong type.
 *
 * @example
 * ```ts
 * import { repair } from 'tanqih';
 * repair('كان يهدف يهدف إلى').text; // => 'كان يهدف إلى'
 * repair('ويعبرمن خلاله عن تضامنهمع زملائنا').text; // => 'ويعبر من خلاله عن تضامنه مع زملائنا'
 * repair('ليصل إلي334.5 مليار').text; // => 'ليصل إلي 334.5 مليار'
 * repair('وفق وكالة بي بي سي').text; // => 'وفق وكالة بي بي سي'
 * ```
 */
export function repair(text: string, options?: RepairOptions): RepairResult {
  const input: unknown = text;
  if (typeof input !== 'string') {
    throw new TypeError(`repair: expected text to be a string, received ${input === null ? 'null' : typeof input}`);
  }
  const opts = resolveOptions(options);
  const pieces = phaseOne(text, tokenize(text), opts);
  const hash: KeyHash = { h1: 0, h2: 0 };
  const n = pieces.count;
  const h1 = new Int32Array(n);
  const h2 = new Int32Array(n);
  const letters = new Uint32Array(n);
  const table = createWordTable(Math.min(n, 1 << 16));
  for (let i = 0; i < n; i++) {
    if (pieces.kinds[i] !== ARABIC || (((pieces.flags[i] as number)) & PROTECTED) !== 0) continue;
    letters[i] = hashRange(text, (pieces.starts[i] as number), (pieces.ends[i] as number), hash);
    h1[i] = hash.h1;
    h2[i] = hash.h2;
    addWord(table, hash, 1, 0);
  }
  for (const key of FUNCTION_KEYS) {
    hashKey(key, hash);
    addWord(table, hash, 0, EXTRA_FUNCTION);
  }
  for (const key of opts.vocabulary) {
    hashKey(key, hash);
    addWord(table, hash, 0, EXTRA_VOCABULARY);
  }
  const evidence: Evidence = { table, hash: { h1: 0, h2: 0 } };
  const final = opts.glued ? phaseTwo(text, pieces, { h1, h2, letters }, evidence) : { pieces, h1, h2, letters };
  const edits: Edit[] = [];
  boundaryEdits(text, final.pieces, opts, edits);
  if (opts.duplicateWord || opts.stutter) {
    findRepeats(
      {
        text, pieces: final.pieces, h1: final.h1, h2: final.h2, letters: final.letters, evidence,
        allowRepeats: opts.allowRepeats, duplicates: opts.duplicateWord, stutters: opts.stutter,
      },
      edits,
    );
  }
  const resolved = resolveEdits(edits);
  return { text: resolved.length === 0 ? text : applyEdits(text, resolved), edits: resolved };
}

/** Whether ى can be read as word-final here: false when the text writes medial ya as ى. */
function maksuraIsFinal(text: string): boolean {
  let maksura = 0;
  let ya = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== ALEF_MAKSURA && c !== 0x064a) continue;
    if ((((CHAR_CLASS[text.charCodeAt(i + 1)] as number)) & C_LETTER) === 0) continue;
    if (c === ALEF_MAKSURA) maksura++;
    else ya++;
  }
  return maksura < 3 || maksura * 5 <= ya;
}

/**
 * Cheap filter: whether a token may be split by a phase-one rule (ة / ى / tanween followed by a
 * letter, ال inside the token, «للك…» boilerplate).
 */
function mayBeGlued(text: string, start: number, end: number): boolean {
  let k = 0;
  let prev = 0;
  let tanween = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((((CHAR_CLASS[c] as number)) & C_MARK) !== 0) {
      if (isTanween(c)) tanween = true;
      continue;
    }
    if (tanween || (k >= 2 && (prev === TEH_MARBUTA || prev === ALEF_MAKSURA))) return true;
    if (c === 0x0644 && prev === ALEF && k >= 3) return true;
    if (k === 2 && c === 0x0643 && prev === 0x0644 && text.charCodeAt(start) === 0x0644) return true;
    prev = c;
    k++;
  }
  return false;
}

/** Tokens → pieces, splitting glued tokens by the rules that need no evidence. */
function phaseOne(text: string, tokens: TokenList, opts: ResolvedOptions): TokenList {
  if (!opts.glued) return tokens;
  const out = createTokenList(tokens.count + 16);
  const alefMaksuraFinal = maksuraIsFinal(text);
  for (let t = 0; t < tokens.count; t++) {
    const start = (tokens.starts[t] as number);
    const end = (tokens.ends[t] as number);
    const kind = (tokens.kinds[t] as number);
    const flags = (tokens.flags[t] as number);
    if (kind !== ARABIC || (flags & PROTECTED) !== 0 || !mayBeGlued(text, start, end)) {
      pushToken(out, start, end, kind, flags);
      continue;
    }
    const key = wordKey(text, start, end);
    const beforeNumber = t + 1 < tokens.count && tokens.starts[t + 1] === end && tokens.kinds[t + 1] === NUMBER;
    const before = [arabicKeyBefore(text, tokens, t, 2), arabicKeyBefore(text, tokens, t, 1)];
    const splits = phaseOneSplits(text, start, end, key, { before, alefMaksuraFinal, beforeNumber });
    let from = start;
    let split = 0;
    for (const k of splits) {
      const at = textIndexOfKey(text, start, end, k);
      pushToken(out, from, at, ARABIC, flags | split);
      from = at;
      split = SPLIT;
    }
    pushToken(out, from, end, ARABIC, flags | split);
  }
  return out;
}

/** Key of the Arabic token `back` tokens before `t` ('' if there is none). */
function arabicKeyBefore(text: string, tokens: TokenList, t: number, back: number): string {
  const i = t - back;
  if (i < 0 || tokens.kinds[i] !== ARABIC) return '';
  return wordKey(text, (tokens.starts[i] as number), (tokens.ends[i] as number));
}

interface Hashed {
  readonly pieces: TokenList;
  readonly h1: Int32Array;
  readonly h2: Int32Array;
  readonly letters: Uint32Array;
}

/** Whether the last two key letters of a piece may end a preposition (من مع عن على الى في). */
function endsLikePreposition(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i > start && (((CHAR_CLASS[text.charCodeAt(i)] as number)) & C_MARK) !== 0) i--;
  const last = text.charCodeAt(i);
  const before = text.charCodeAt(i - 1);
  return (
    (last === 0x0646 && (before === 0x0645 || before === 0x0639)) ||
    (last === 0x0639 && before === 0x0645) ||
    (last === ALEF_MAKSURA && before === 0x0644) ||
    (last === 0x064a && before === 0x0641)
  );
}

/** Whether the second letter of a piece is a bare ا (not أ إ آ). */
function secondIsBareAlef(text: string, start: number, end: number): boolean {
  let k = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((((CHAR_CLASS[c] as number)) & C_MARK) !== 0) continue;
    if (k === 1) return c === ALEF;
    k++;
  }
  return false;
}

/** Pieces → final pieces, splitting on evidence (the document as its own dictionary). */
function phaseTwo(text: string, pieces: TokenList, hashed: Omit<Hashed, 'pieces'>, evidence: Evidence): Hashed {
  const cuts: number[] = []; // pairs: piece index, text index
  const hash: KeyHash = { h1: 0, h2: 0 };
  for (let i = 0; i < pieces.count; i++) {
    if (pieces.kinds[i] !== ARABIC || (((pieces.flags[i] as number)) & PROTECTED) !== 0 || ((hashed.letters[i] as number)) < 5) continue;
    const start = (pieces.starts[i] as number);
    const end = (pieces.ends[i] as number);
    hash.h1 = (hashed.h1[i] as number);
    hash.h2 = (hashed.h2[i] as number);
    const count = wordCount(evidence.table, hash);
    if (count > 2 && !endsLikePreposition(text, start, end)) continue;
    const k = evidenceSplit(wordKey(text, start, end), count, evidence, secondIsBareAlef(text, start, end));
    if (k > 0) cuts.push(i, textIndexOfKey(text, start, end, k));
  }
  if (cuts.length === 0) return { pieces, ...hashed };
  const total = pieces.count + cuts.length / 2;
  const out = createTokenList(total);
  const h1 = new Int32Array(total);
  const h2 = new Int32Array(total);
  const letters = new Uint32Array(total);
  let c = 0;
  const put = (start: number, end: number, kind: number, flags: number): void => {
    const j = out.count;
    pushToken(out, start, end, kind, flags);
    letters[j] = hashRange(text, start, end, hash);
    h1[j] = hash.h1;
    h2[j] = hash.h2;
  };
  for (let i = 0; i < pieces.count; i++) {
    const start = (pieces.starts[i] as number);
    const end = (pieces.ends[i] as number);
    const kind = (pieces.kinds[i] as number);
    const flags = (pieces.flags[i] as number);
    if (cuts[c] === i) {
      const at = cuts[c + 1] ?? end;
      c += 2;
      put(start, at, kind, flags);
      put(at, end, kind, flags | SPLIT);
      continue;
    }
    const j = out.count;
    pushToken(out, start, end, kind, flags);
    h1[j] = (hashed.h1[i] as number);
    h2[j] = (hashed.h2[i] as number);
    letters[j] = (hashed.letters[i] as number);
  }
  return { pieces: out, h1, h2, letters };
}

/** Inserted spaces: inside glued tokens, between words and numbers, between Arabic and Latin. */
function boundaryEdits(text: string, p: TokenList, opts: ResolvedOptions, edits: Edit[]): void {
  for (let i = 1; i < p.count; i++) {
    const start = (p.starts[i] as number);
    const flags = (p.flags[i] as number);
    if ((flags & SPLIT) !== 0) {
      edits.push({ start, end: start, replacement: ' ', kind: 'glued' });
      continue;
    }
    if (((p.ends[i - 1] as number)) !== start) continue;
    if ((((p.flags[i - 1] as number)) & PROTECTED) !== 0 || (flags & PROTECTED) !== 0) continue;
    const a = p.kinds[i - 1];
    const b = p.kinds[i];
    const prevStart = (p.starts[i - 1] as number);
    const end = (p.ends[i] as number);
    if (a === ARABIC && b === NUMBER) {
      if (!opts.gluedDigit) continue;
      const keyA = wordKey(text, prevStart, start);
      if (keyA.length >= 2 && !NUMBER_PROCLITIC_KEYS.has(keyA) && !NAMES_WITH_NUMBER_KEYS.has(keyA)) {
        edits.push({ start, end: start, replacement: ' ', kind: 'glued-digit' });
      }
    } else if (a === NUMBER && b === ARABIC) {
      if (!opts.gluedDigit) continue;
      const keyB = wordKey(text, start, end);
      if (keyB.length >= 3 && !NUMBER_SUFFIX_KEYS.has(keyB)) edits.push({ start, end: start, replacement: ' ', kind: 'glued-digit' });
    } else if (opts.glued && ((a === ARABIC && b === LATIN) || (a === LATIN && b === ARABIC))) {
      const arabic = a === ARABIC ? wordKey(text, prevStart, start) : wordKey(text, start, end);
      const latinLength = a === LATIN ? start - prevStart : end - start;
      if (arabic.length >= 2 && !NUMBER_PROCLITIC_KEYS.has(arabic) && latinLength >= 2) {
        edits.push({ start, end: start, replacement: ' ', kind: 'glued' });
      }
    }
  }
}

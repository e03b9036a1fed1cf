import { ALEF, ALEF_MAKSURA, C_MARK, CHAR_CLASS } from './chars.js';
import { findRepeats } from './duplicates.js';
import { applyEdits, resolveEdits } from './edits.js';
import { evidenceSplit, type Evidence } from './evidence.js';
import { wordKey } from './key.js';
import { NAMES_WITH_NUMBER_KEYS, NUMBER_PROCLITIC_KEYS, NUMBER_SUFFIX_KEYS } from './lexicon.js';
import { resolveOptions, type ResolvedOptions } from './options.js';
import { phaseOneSplits, textIndexOfKey, textIndicesOfKeys } from './split.js';
import { ARABIC, createTokenList, LATIN, MAYBE_GLUED, NUMBER, PROTECTED, pushToken, SPLIT, tokenize, type TokenList } from './tokenize.js';
import type { Edit, RepairOptions, RepairResult } from './types.js';
import { addWord, createWordTable, EXTRA_VOCABULARY, hashKey, hashRange, type KeyHash, wordCount } from './word-table.js';

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
  const tokens = tokenize(text);
  const pieces = opts.glued ? phaseOne(text, tokens) : tokens;
  const n = pieces.count;
  const hash: KeyHash = { h1: 0, h2: 0 };
  // Stryker disable next-line MethodExpression: equivalent. The size only saves rehashing: a larger table holds the same counts.
  const table = createWordTable(Math.min(n, 1 << 14));
  for (let i = 0; i < n; i++) {
    if (pieces.kinds[i] !== ARABIC || ((pieces.flags[i] as number) & PROTECTED) !== 0) continue;
    hash.h1 = pieces.h1[i] as number;
    hash.h2 = pieces.h2[i] as number;
    addWord(table, hash, 1, 0);
  }
  for (const key of opts.vocabulary) {
    hashKey(key, hash);
    addWord(table, hash, 0, EXTRA_VOCABULARY);
  }
  const evidence: Evidence = { table, hash: { h1: 0, h2: 0 } };
  const final = opts.glued ? phaseTwo(text, pieces, evidence) : pieces;
  const edits: Edit[] = [];
  boundaryEdits(text, final, opts, edits);
  if (opts.duplicateWord || opts.stutter) {
    findRepeats(
      { text, pieces: final, evidence, allowRepeats: opts.allowRepeats, duplicates: opts.duplicateWord, stutters: opts.stutter },
      edits,
    );
  }
  const resolved = resolveEdits(edits);
  return { text: resolved.length === 0 ? text : applyEdits(text, resolved), edits: resolved };
}

/** Whether ى can be read as word-final here: false when the text writes medial ya as ى. */
function maksuraIsFinal(tokens: TokenList): boolean {
  return tokens.medialMaksura < 3 || tokens.medialMaksura * 5 <= tokens.medialYa;
}

/** Copies piece `i` of `from` (with its hashes) to the end of `to`. */
function copyPiece(from: TokenList, i: number, to: TokenList): void {
  const j = pushToken(to, from.starts[i] as number, from.ends[i] as number, from.kinds[i] as number, from.flags[i] as number);
  to.h1[j] = from.h1[i] as number;
  to.h2[j] = from.h2[i] as number;
  to.letters[j] = from.letters[i] as number;
}

/** Appends an Arabic piece [start, end), hashing its key. */
function putPiece(text: string, to: TokenList, start: number, end: number, flags: number, hash: KeyHash): void {
  const j = pushToken(to, start, end, ARABIC, flags);
  to.letters[j] = hashRange(text, start, end, hash);
  to.h1[j] = hash.h1;
  to.h2[j] = hash.h2;
}

/** The splits of a token no rule applies to (shared, never written). */
const NO_SPLITS: readonly number[] = [];

/**
 * Tokens → pieces, splitting glued tokens by the rules that need no evidence. Returns `tokens`
 * itself when nothing splits (the common case: no copy).
 */
function phaseOne(text: string, tokens: TokenList): TokenList {
  let out: TokenList | undefined;
  const maksura = maksuraIsFinal(tokens);
  const hash: KeyHash = { h1: 0, h2: 0 };
  for (let t = 0; t < tokens.count; t++) {
    const flags = tokens.flags[t] as number;
    let splits: readonly number[] = NO_SPLITS; // no array per token: most tokens cannot split
    const start = tokens.starts[t] as number;
    const end = tokens.ends[t] as number;
    if ((flags & MAYBE_GLUED) !== 0) {
      const key = wordKey(text, start, end);
      const beforeNumber = t + 1 < tokens.count && tokens.starts[t + 1] === end && tokens.kinds[t + 1] === NUMBER;
      const before = [arabicKeyBefore(text, tokens, t, 2), arabicKeyBefore(text, tokens, t, 1)];
      splits = phaseOneSplits(text, start, end, key, { before, alefMaksuraFinal: maksura, beforeNumber });
    }
    if (splits.length === 0) {
      if (out) copyPiece(tokens, t, out);
      continue;
    }
    if (!out) {
      out = createTokenList(tokens.count + (tokens.count >>> 3) + 16);
      for (let k = 0; k < t; k++) copyPiece(tokens, k, out);
    }
    let from = start;
    let split = 0;
    for (const at of textIndicesOfKeys(text, start, end, splits)) {
      putPiece(text, out, from, at, flags | split, hash);
      from = at;
      split = SPLIT;
    }
    putPiece(text, out, from, end, flags | split, hash);
  }
  return out ?? tokens;
}

/** Key of the Arabic token `back` tokens before `t` ('' if there is none). */
function arabicKeyBefore(text: string, tokens: TokenList, t: number, back: number): string {
  const i = t - back;
  if (i < 0 || tokens.kinds[i] !== ARABIC) return '';
  return wordKey(text, (tokens.starts[i] as number), (tokens.ends[i] as number));
}

/**
 * Cheap filter for the ر/ه + preposition rule: whether the piece ends in ر or ه followed by من عن
 * على إلى (after ر or ه) or مع في (after ه).
 */
function endsLikePreposition(text: string, start: number, end: number): boolean {
  // the last four key letters, last first (-1 when the piece is shorter); no array per piece
  let l1 = -1;
  let l2 = -1;
  let l3 = -1;
  let l4 = -1;
  let got = 0;
  for (let i = end - 1; i >= start && got < 4; i--) {
    const c = text.charCodeAt(i);
    if (((CHAR_CLASS[c] as number) & C_MARK) !== 0) continue;
    if (got === 0) l1 = c;
    else if (got === 1) l2 = c;
    else if (got === 2) l3 = c;
    else l4 = c;
    got++;
  }
  const rOrHeh = (c: number): boolean => c === 0x0631 || c === 0x0647;
  if (l1 === 0x0646 && (l2 === 0x0645 || l2 === 0x0639)) return rOrHeh(l3); // من عن
  if ((l1 === 0x0639 && l2 === 0x0645) || (l1 === 0x064a && l2 === 0x0641)) return l3 === 0x0647; // مع في
  return l1 === ALEF_MAKSURA && l2 === 0x0644 && rOrHeh(l4); // على إلى الى
}

/** Whether the second letter of a piece is a bare ا (not أ إ آ). */
function secondIsBareAlef(text: string, start: number, end: number): boolean {
  let k = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (((CHAR_CLASS[c] as number) & C_MARK) !== 0) continue;
    if (k === 1) return c === ALEF;
    k++;
  }
  return false;
}

/** Whether a piece starts with ما or لا. */
function startsWithMaLa(text: string, start: number): boolean {
  const a = text.charCodeAt(start);
  return (a === 0x0645 || a === 0x0644) && text.charCodeAt(start + 1) === ALEF;
}

/** Pieces → final pieces, splitting on evidence (the document as its own dictionary). */
function phaseTwo(text: string, pieces: TokenList, evidence: Evidence): TokenList {
  const cuts: number[] = []; // pairs: piece index, text index
  const hash: KeyHash = { h1: 0, h2: 0 };
  for (let i = 0; i < pieces.count; i++) {
    const letters = pieces.letters[i] as number;
    if (pieces.kinds[i] !== ARABIC || ((pieces.flags[i] as number) & PROTECTED) !== 0 || letters < 5) continue;
    const start = pieces.starts[i] as number;
    const end = pieces.ends[i] as number;
    const preposition = endsLikePreposition(text, start, end);
    if (!preposition && letters < 8 && !startsWithMaLa(text, start)) continue; // cheap tests before the lookup
    hash.h1 = pieces.h1[i] as number;
    hash.h2 = pieces.h2[i] as number;
    const count = wordCount(evidence.table, hash);
    if (!preposition && count > 2) continue;
    const k = evidenceSplit(wordKey(text, start, end), count, evidence, hash, secondIsBareAlef(text, start, end));
    if (k > 0) cuts.push(i, textIndexOfKey(text, start, end, k));
  }
  if (cuts.length === 0) return pieces;
  const out = createTokenList(pieces.count + cuts.length / 2);
  let c = 0;
  for (let i = 0; i < pieces.count; i++) {
    if (cuts[c] !== i) {
      copyPiece(pieces, i, out);
      continue;
    }
    const start = pieces.starts[i] as number;
    const end = pieces.ends[i] as number;
    const flags = pieces.flags[i] as number;
    const at = cuts[c + 1] ?? end;
    c += 2;
    putPiece(text, out, start, at, flags, hash);
    putPiece(text, out, at, end, flags | SPLIT, hash);
  }
  return out;
}

/** Inserted spaces: inside glued tokens, between words and numbers, between Arabic and Latin. */
function boundaryEdits(text: string, p: TokenList, opts: ResolvedOptions, edits: Edit[]): void {
  for (let i = 1; i < p.count; i++) {
    const start = p.starts[i] as number;
    const flags = p.flags[i] as number;
    if ((flags & SPLIT) !== 0) {
      edits.push({ start, end: start, replacement: ' ', kind: 'glued' });
      continue;
    }
    if ((p.ends[i - 1] as number) !== start) continue;
    if (((p.flags[i - 1] as number) & PROTECTED) !== 0 || (flags & PROTECTED) !== 0) continue;
    const a = p.kinds[i - 1];
    const b = p.kinds[i];
    const prevStart = p.starts[i - 1] as number;
    const end = p.ends[i] as number;
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

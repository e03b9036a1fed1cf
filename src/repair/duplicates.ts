import { C_MARK, CHAR_CLASS, isBidiMark, isInlineSpace, isLineBreak } from './chars.js';
import { knownElsewhere, type Evidence } from './evidence.js';
import { wordKey } from './key.js';
import {
  AMBIGUOUS_LETTER_KEYS, CONTINUITY_KEYS, ETHNONYM_KEYS, FUNCTION_KEYS, LETTER_NAME_KEYS, MA_COMPOUND_KEYS,
  RELATION_KEYS, REPEATABLE_KEYS,
} from './lexicon.js';
import { ARABIC, PROTECTED, SPLIT, type TokenList } from './tokenize.js';
import type { Edit } from './types.js';

/** What the duplicate/stutter pass needs. @internal */
export interface RepeatContext {
  readonly text: string;
  readonly pieces: TokenList;
  readonly evidence: Evidence;
  readonly allowRepeats: ReadonlySet<string>;
  readonly duplicates: boolean;
  readonly stutters: boolean;
}

/** Whether pieces a and b (a < b) follow each other on one line with only spaces between. */
function adjacent(ctx: RepeatContext, gapStart: number, b: number): boolean {
  const p = ctx.pieces;
  if (p.kinds[b] !== ARABIC || ((p.flags[b] as number) & PROTECTED) !== 0) return false;
  const end = p.starts[b] as number;
  if (gapStart === end) return ((p.flags[b] as number) & SPLIT) !== 0;
  let space = false;
  for (let i = gapStart; i < end; i++) {
    const c = ctx.text.charCodeAt(i);
    if (isInlineSpace(c)) space = true;
    else if (!isBidiMark(c)) return false;
  }
  return space;
}

function isArabicPiece(ctx: RepeatContext, i: number): boolean {
  const p = ctx.pieces;
  return i >= 0 && i < p.count && p.kinds[i] === ARABIC && ((p.flags[i] as number) & PROTECTED) === 0 && (ctx.pieces.letters[i] as number) > 0;
}

/**
 * Whether two pieces with the same key carry different diacritics («لِمَ لم» why-not, not a
 * duplicate): vowelled differently, they are read as different words.
 */
function marksDiffer(ctx: RepeatContext, a: number, b: number): boolean {
  return marks(ctx, a) !== marks(ctx, b);
}

function marks(ctx: RepeatContext, i: number): string {
  let out = '';
  for (let j = ctx.pieces.starts[i] as number; j < (ctx.pieces.ends[i] as number); j++) {
    const c = ctx.text.charCodeAt(j);
    if (c >= 0x064b && c <= 0x0652) out += ctx.text.charAt(j);
  }
  return out;
}

function keyOf(ctx: RepeatContext, i: number): string {
  return wordKey(ctx.text, (ctx.pieces.starts[i] as number), (ctx.pieces.ends[i] as number));
}

function sameKey(ctx: RepeatContext, a: number, b: number): boolean {
  return ctx.pieces.h1[a] === ctx.pieces.h1[b] && ctx.pieces.h2[a] === ctx.pieces.h2[b] && ctx.pieces.letters[a] === ctx.pieces.letters[b];
}

/** The last key letter of a piece (marks skipped). */
function lastLetter(ctx: RepeatContext, i: number): number {
  const start = ctx.pieces.starts[i] as number;
  let j = (ctx.pieces.ends[i] as number) - 1;
  while (j > start && ((CHAR_CLASS[ctx.text.charCodeAt(j)] as number) & C_MARK) !== 0) j--;
  return ctx.text.charCodeAt(j);
}

/** Whether the text after `at` (spaces skipped) is the end, a line break or punctuation: emphasis
 * closing a clause («مدنية مدنية!», «خطوة خطوة».). */
function endsClause(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (isInlineSpace(text.charCodeAt(i)) || isBidiMark(text.charCodeAt(i)))) i++;
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  if (isLineBreak(c)) return true;
  // . , ! ? : ; " ' ( ) - … « » “ ” ، ؛ ؟
  return (
    c === 0x2e || c === 0x2c || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b || c === 0x22 || c === 0x27 ||
    c === 0x28 || c === 0x29 || c === 0x2d || c === 0x2026 || c === 0xab || c === 0xbb || c === 0x201c ||
    c === 0x201d || c === 0x060c || c === 0x061b || c === 0x061f
  );
}

/** Whether a doubled word is legitimate (allow-list plus rules; see docs/repair.md). */
function legitimateRepeat(ctx: RepeatContext, key: string, first: number, second: number): boolean {
  return legitimateWord(ctx, key, first, second) || (!FUNCTION_KEYS.has(key) && endsClause(ctx.text, (ctx.pieces.ends[second] as number)));
}

/** The allow-lists and word rules of {@link legitimateRepeat}, without the clause-end rule. */
function legitimateWord(ctx: RepeatContext, key: string, first: number, second: number): boolean {
  if (REPEATABLE_KEYS.has(key) || LETTER_NAME_KEYS.has(key) || ctx.allowRepeats.has(key)) return true;
  if (marksDiffer(ctx, first, second)) return true;
  const before = first - 1;
  const after = second + 1;
  const beforeKey = isArabicPiece(ctx, before) && adjacent(ctx, (ctx.pieces.ends[before] as number), first) ? keyOf(ctx, before) : '';
  const afterKey = isArabicPiece(ctx, after) && adjacent(ctx, (ctx.pieces.ends[second] as number), after) ? keyOf(ctx, after) : '';
  if (AMBIGUOUS_LETTER_KEYS.has(key)) return LETTER_NAME_KEYS.has(beforeKey) || LETTER_NAME_KEYS.has(afterKey);
  if (key === 'من') return afterKey.startsWith('ال');
  if (FUNCTION_KEYS.has(key)) return false;
  // A section label and a headline that starts with the same word: «اقرأ أيضاً المملكة المملكة تعرب».
  if (beforeKey === 'ايضا') return true;
  // Distributive nouns: «خطوة خطوة ولا», «جملة جملة أو بيتا بيتا».
  if (key.endsWith('ة') && !key.startsWith('ال') && (afterKey.startsWith('و') || afterKey === 'او')) return true;
  // Adverbial reduplication: indefinite accusative («رويدا رويدا», «بيتا بيتا», «واحدا واحدا»).
  if (key.length >= 3 && key.endsWith('ا') && !key.startsWith('ال')) return true;
  // Transliterated East-Asian names («هونغ هونغ», «مينج مينج»).
  if (key.endsWith('نغ') || key.endsWith('نج')) return true;
  // Inter-/intra- nisba: «العلاقات العربية العربية».
  if (key.startsWith('ال') && (key.endsWith('ية') || key.endsWith('ي'))) {
    const s = key.slice(2, key.endsWith('ية') ? -2 : -1);
    if (ETHNONYM_KEYS.has(s) || RELATION_KEYS.has(beforeKey)) return true;
  }
  return false;
}

/** Whether `frag` (a trailing part of `whole`) is a stutter. `next` is the key after the fragment. */
function isStutter(ctx: RepeatContext, whole: string, frag: string, next: string, first: number, second: number): boolean {
  const pre = whole.slice(0, whole.length - frag.length);
  if (pre.endsWith('ال')) return false; // «الدولة دولة», «العام عام»: a definite then an indefinite noun
  if (frag === 'ما') {
    const bare = whole.startsWith('و') || whole.startsWith('ف') ? whole.slice(1) : whole;
    return (MA_COMPOUND_KEYS.has(whole) || MA_COMPOUND_KEYS.has(bare)) && !CONTINUITY_KEYS.has(next);
  }
  if (pre === 'ب' || pre === 'ل' || pre === 'ك') {
    // a preposition then the same word again: «لمقتل مقتل», «بالقصبة القصبة»
    return frag.length >= 3 && !legitimateWord(ctx, frag, first, second);
  }
  // a meaningless tail: «أنه نه»; not after a verb prefix («يرد رد فعل» is a verb and its noun)
  if (pre === 'ي' || pre === 'ت' || pre === 'ن') return false;
  return frag.length === 2 && whole.length >= 3 && !knownElsewhere(ctx.evidence, frag) && !LETTER_NAME_KEYS.has(frag) && !AMBIGUOUS_LETTER_KEYS.has(frag);
}

/**
 * Finds accidental duplicates (single words and phrases of two to four words) and stutter fragments
 * among the pieces, and appends deletion edits. Runs of three or more equal words are left alone
 * (chants, «مظلومة مظلومة مظلومة»).
 *
 * @internal
 */
export function findRepeats(ctx: RepeatContext, edits: Edit[]): void {
  const p = ctx.pieces;
  const n = p.count;
  // the pieces of the second copy of each repeated phrase (most texts have none: no array then)
  const deleted = ctx.duplicates ? findPhraseRepeats(ctx, edits) : undefined;
  let prev = -1;
  let gapStart = 0;
  for (let i = 0; i < n; i++) {
    if (deleted !== undefined && deleted[i] === 1) {
      gapStart = p.ends[i] as number;
      continue;
    }
    if (!isArabicPiece(ctx, i)) {
      prev = -1;
      continue;
    }
    if (prev >= 0 && adjacent(ctx, gapStart, i)) {
      if (sameKey(ctx, prev, i)) {
        if (ctx.duplicates) {
          // a run of three or more is deliberate
          let run = i + 1;
          while (run < n && isArabicPiece(ctx, run) && adjacent(ctx, (p.ends[run - 1] as number), run) && sameKey(ctx, run, i)) run++;
          if (run > i + 1) {
            prev = run - 1;
            gapStart = p.ends[prev] as number;
            i = run - 1;
            continue;
          }
          if (!legitimateRepeat(ctx, keyOf(ctx, i), prev, i)) {
            edits.push({ start: gapStart, end: (p.ends[i] as number), replacement: '', kind: 'duplicate-word' });
            gapStart = p.ends[i] as number;
            continue;
          }
        }
      } else if (ctx.stutters && (ctx.pieces.letters[i] as number) >= 2 && (ctx.pieces.letters[i] as number) < (ctx.pieces.letters[prev] as number) && lastLetter(ctx, i) === lastLetter(ctx, prev)) {
        const prevKey = keyOf(ctx, prev);
        const key = keyOf(ctx, i);
        if (prevKey.endsWith(key)) {
          const nextKey = isArabicPiece(ctx, i + 1) && adjacent(ctx, (p.ends[i] as number), i + 1) ? keyOf(ctx, i + 1) : '';
          if (isStutter(ctx, prevKey, key, nextKey, prev, i)) {
            edits.push({ start: gapStart, end: (p.ends[i] as number), replacement: '', kind: 'stutter' });
            gapStart = p.ends[i] as number;
            continue;
          }
        }
      }
    }
    prev = i;
    gapStart = p.ends[i] as number;
  }
}

/**
 * «إلى سيؤول إلى سيؤول» → one copy. Phrases of 4, 3 then 2 words. Returns the pieces of the deleted
 * copies (1 each), `undefined` when there are none.
 */
function findPhraseRepeats(ctx: RepeatContext, edits: Edit[]): Uint8Array | undefined {
  const p = ctx.pieces;
  const h1 = p.h1;
  let deleted: Uint8Array | undefined;
  for (let i = 0; i < p.count; i++) {
    const first = h1[i] as number;
    for (let len = 4; len >= 2; len--) {
      // the first hash alone rejects almost every position before the full comparison
      if (i + 2 * len > p.count || h1[i + len] !== first || !sameKey(ctx, i, i + len) || !chainAt(ctx, i, 2 * len)) continue;
      let same = true;
      let letters = 0;
      let long = false;
      for (let k = 0; k < len && same; k++) {
        const a = keyOf(ctx, i + k);
        same = a === keyOf(ctx, i + len + k);
        if (a.length >= 3) long = true;
        if (LETTER_NAME_KEYS.has(a) || AMBIGUOUS_LETTER_KEYS.has(a)) letters++;
      }
      if (!same || !long || letters === len) continue;
      // genealogies («أحمد بن أحمد بن الحاج») and nesting («جيب داخل جيب داخل جيب») repeat on purpose
      if (phraseHasLineage(ctx, i, len) || nested(ctx, i, len)) continue;
      if (sameKey(ctx, i, i + 1)) continue; // a doubled word, handled word by word
      edits.push({ start: (p.ends[i + len - 1] as number), end: (p.ends[i + 2 * len - 1] as number), replacement: '', kind: 'duplicate-word' });
      deleted ??= new Uint8Array(p.count);
      for (let k = i + len; k < i + 2 * len; k++) deleted[k] = 1;
      i += 2 * len - 1;
      break;
    }
  }
  return deleted;
}

/** «A B A B A»: the phrase continues the same pattern before or after the pair of copies. */
function nested(ctx: RepeatContext, i: number, len: number): boolean {
  const p = ctx.pieces;
  const after = i + 2 * len;
  if (isArabicPiece(ctx, after) && adjacent(ctx, (p.ends[after - 1] as number), after) && sameKey(ctx, i, after)) return true;
  const before = i - 1;
  return isArabicPiece(ctx, before) && adjacent(ctx, (p.ends[before] as number), i) && sameKey(ctx, before, i + len - 1);
}

function phraseHasLineage(ctx: RepeatContext, i: number, len: number): boolean {
  for (let k = i; k < i + len; k++) {
    const key = keyOf(ctx, k);
    if (key === 'بن' || key === 'ابن' || key === 'بنت') return true;
  }
  return false;
}

/** Whether `count` pieces from `i` are Arabic words on one line separated by spaces only. */
function chainAt(ctx: RepeatContext, i: number, count: number): boolean {
  if (!isArabicPiece(ctx, i)) return false;
  for (let k = i + 1; k < i + count; k++) if (!adjacent(ctx, (ctx.pieces.ends[k - 1] as number), k)) return false;
  return true;
}

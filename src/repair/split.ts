import { ALEF, ALEF_MAKSURA, HAMZA, isArabicLetter, isArabicMark, isTanween, TATWEEL, TEH_MARBUTA } from './chars.js';
import { wordKey } from './key.js';
import {
  BOILERPLATE_AFTER, FUNCTION_KEYS, MAKSURA_PARTICLE_KEYS, BOILERPLATE_BEFORE, isProcliticsOnly, NEVER_SECOND_KEYS, PREFIX_ARTICLE_KEYS,
  PREFIX_ARTICLE_WORD_KEYS,
} from './lexicon.js';

/**
 * Rules that split a glued token without outside evidence (phase 1): a word-final letter or mark in
 * the middle of a token (ة, ى, tanween), a preposition written solid with a definite word, and glued
 * boilerplate.
 *
 * @internal
 */
export interface SplitContext {
  /** Keys of the two Arabic words before this token (for boilerplate context), nearest last. */
  readonly before: readonly string[];
  /** Whether ى may be read as word-final (false in texts that write medial ya as ى). */
  readonly alefMaksuraFinal: boolean;
  /** Whether a number follows the token directly (a one-letter proclitic may end it: «بالإضافةلـ50»). */
  readonly beforeNumber: boolean;
}

/** Text indices of sorted key indices `ks` (one pass over the token). */
export function textIndicesOfKeys(text: string, start: number, end: number, ks: readonly number[]): number[] {
  const out: number[] = [];
  let seen = 0;
  let next = 0;
  for (let i = start; i < end && next < ks.length; i++) {
    const c = text.charCodeAt(i);
    if (c === TATWEEL || isArabicMark(c)) continue;
    while (next < ks.length && ks[next] === seen) {
      out.push(i);
      next++;
    }
    seen++;
  }
  while (out.length < ks.length) out.push(end);
  return out;
}

/** Index in `text` of the `k`-th key letter of the token starting at `start` (key = letters only). */
export function textIndexOfKey(text: string, start: number, end: number, k: number): number {
  let seen = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === TATWEEL || isArabicMark(c)) continue;
    if (seen === k) return i;
    seen++;
  }
  return end;
}

/**
 * Whether a ى at key index k ends a word: not before hamza (the old spelling «لاجىء»), and either a
 * particle ending in ى comes before it («علىبعد») or what follows is a definite or closed-class word
 * («الوسطىبعد»). A ى inside a misspelled word («الاستىناف» for الاستئناف) is left alone.
 */
function maksuraSplit(key: string, k: number): boolean {
  const next = key.charCodeAt(k + 1);
  if (next === HAMZA || next === 0x0626 || next === 0x0654) return false;
  if (MAKSURA_PARTICLE_KEYS.has(key.slice(0, k + 1)) || key.startsWith('ال', k + 1)) return true;
  const last = Math.min(key.length, k + 8); // closed-class words are short
  for (let end = k + 3; end <= last; end++) if (FUNCTION_KEYS.has(key.slice(k + 1, end))) return true;
  return false;
}

function validSecond(segment: string): boolean {
  return segment.length >= 2 && (segment === 'الله' || !NEVER_SECOND_KEYS.has(segment));
}

/**
 * Key indices (sorted, unique) at which the token [start, end) with key `key` is split by phase-1
 * rules. Index k means "a space before key letter k".
 */
export function phaseOneSplits(text: string, start: number, end: number, key: string, ctx: SplitContext): number[] {
  const points = new Set<number>();
  const n = key.length;
  // ة / ى in the middle of a token: word-final letters, so a missing space follows.
  for (let k = 1; k < n - 1; k++) {
    const c = key.charCodeAt(k);
    if (c === TEH_MARBUTA) points.add(k + 1);
    else if (c === ALEF_MAKSURA && ctx.alefMaksuraFinal && maksuraSplit(key, k)) points.add(k + 1);
  }
  // Tanween in the middle of a token («أيضاًالمملكة»): after it (and after the alef of ـًا).
  let letters = 0; // key letters before text index i
  for (let i = start; i < end - 1; i++) {
    const code = text.charCodeAt(i);
    if (code !== TATWEEL && !isArabicMark(code)) letters++;
    if (i === start || !isTanween(code)) continue;
    let j = i + 1;
    while (j < end && (isArabicMark(text.charCodeAt(j)) || text.charCodeAt(j) === TATWEEL)) j++;
    let b = i - 1;
    while (b > start && isArabicMark(text.charCodeAt(b))) b--;
    const carrier = text.charCodeAt(b);
    // fathatan on ا or ى (ـاً ـىً), any tanween on ة: a complete word; kasratan on ا («الاٍرهاب») is a typo
    const fathatan = text.charCodeAt(i) === 0x064b;
    const finalCarrier = carrier === TEH_MARBUTA || (fathatan && (carrier === ALEF || carrier === ALEF_MAKSURA));
    // «ـًا»: the alef after fathatan belongs to the word, unless the tanween already sits on a final
    // letter; a tanween on any other letter with no alef after it is a typo, not a word end
    let alef = 0;
    if (j < end && text.charCodeAt(j) === ALEF && !finalCarrier && fathatan) {
      alef = 1;
      j++;
      while (j < end && isArabicMark(text.charCodeAt(j))) j++;
    } else if (!finalCarrier) continue;
    if (j < end && isArabicLetter(text.charCodeAt(j))) points.add(letters + alef);
  }
  // A preposition or demonstrative written solid with a definite word («فيالمستقبل»).
  for (const p of PREFIX_ARTICLE_KEYS) {
    if (n - p.length - 2 >= 3 && key.startsWith(p) && key.startsWith('ال', p.length)) {
      if (!PREFIX_ARTICLE_WORD_KEYS.some((w) => key.startsWith(w))) points.add(p.length);
    }
  }
  // Glued boilerplate.
  for (const m of BOILERPLATE_AFTER) {
    if (n - m.word.length >= 2 && key.startsWith(m.word) && sameTail(ctx.before, m.context)) points.add(m.word.length);
  }
  for (const w of BOILERPLATE_BEFORE) {
    const a = n - w.length;
    if (a >= 3 && key.endsWith(w) && !isProcliticsOnly(key.slice(0, a)) && !isProcliticsOnly(key.slice(0, a - 2))) points.add(a);
  }
  if (points.size === 0) return [];
  const sorted = [...points].sort((x, y) => x - y);
  const kept: number[] = [];
  let last = 0;
  for (let i = 0; i < sorted.length; i++) {
    const k = sorted[i] as number;
    const next = sorted[i + 1] ?? n;
    const segment = key.slice(k, next);
    const procliticBeforeNumber = ctx.beforeNumber && next === n && segment.length === 1 && isProcliticsOnly(segment);
    if (k - last >= 2 && (validSecond(segment) || procliticBeforeNumber)) {
      kept.push(k);
      last = k;
    }
  }
  return kept;
}

function sameTail(before: readonly string[], context: readonly string[]): boolean {
  if (before.length < context.length) return false;
  const offset = before.length - context.length;
  for (let i = 0; i < context.length; i++) if (before[offset + i] !== context[i]) return false;
  return true;
}

/** Re-export for callers that need the key of a piece. @internal */
export { wordKey };

import { ALEF_MAKSURA, C_BREAK, C_TAIL, C_DIGIT, C_LATIN, C_LETTER, C_MARK, C_SPACE, CHAR_CLASS, isTanween, TEH_MARBUTA } from './chars.js';
import { fold, mix1, mix2, SEED1, SEED2 } from './word-table.js';

/** Token kinds. @internal */
export const ARABIC = 0;
/** @internal */
export const LATIN = 1;
/** @internal */
export const NUMBER = 2;

/**
 * The words of a text as parallel typed arrays (no object per token, so 100 MB inputs stay cheap).
 *
 * @internal
 */
export interface TokenList {
  count: number;
  starts: Uint32Array;
  ends: Uint32Array;
  kinds: Uint8Array;
  flags: Uint8Array;
  /** Two hashes of the key of each Arabic token (see word-table.ts), and its number of letters. */
  h1: Int32Array;
  h2: Int32Array;
  letters: Uint32Array;
  /** How often ى and ي are followed by a letter inside Arabic tokens (is ى used for medial ya?). */
  medialMaksura: number;
  medialYa: number;
}

/** Flag: the token is inside a protected chunk (URL, e-mail, hashtag). @internal */
export const PROTECTED = 1;
/** Flag: the piece starts where a space is inserted inside a glued token. @internal */
export const SPLIT = 2;
/**
 * Flag: a phase-one glue rule may apply (ة / ى / tanween followed by a letter, ال inside the token,
 * «للك…»): a cheap over-approximation computed while scanning. @internal
 */
export const MAYBE_GLUED = 4;

/** Bytes per token: five 4-byte fields and two 1-byte ones. */
const TOKEN_BYTES = 22;

/** The per-token arrays of a {@link TokenList}. */
type TokenArrays = Pick<TokenList, 'starts' | 'ends' | 'kinds' | 'flags' | 'h1' | 'h2' | 'letters'>;

/**
 * Empty arrays for `n` tokens, as views over one buffer: allocating a typed array costs about as
 * much as a thousand token writes in Node 20, and a list has seven of them.
 */
function tokenArrays(n: number): TokenArrays {
  const b = new ArrayBuffer(n * TOKEN_BYTES);
  return {
    starts: new Uint32Array(b, 0, n),
    ends: new Uint32Array(b, 4 * n, n),
    h1: new Int32Array(b, 8 * n, n),
    h2: new Int32Array(b, 12 * n, n),
    letters: new Uint32Array(b, 16 * n, n),
    kinds: new Uint8Array(b, 20 * n, n),
    flags: new Uint8Array(b, 21 * n, n),
  };
}

/** An empty list with room for `capacity` tokens. @internal */
export function createTokenList(capacity: number): TokenList {
  // Stryker disable next-line MethodExpression: equivalent. A smaller list grows when it fills up (pushToken), with the same tokens.
  return { count: 0, ...tokenArrays(Math.max(16, capacity)), medialMaksura: 0, medialYa: 0 };
}

function grow(list: TokenList): void {
  const a = tokenArrays(list.count * 2);
  for (const key of Object.keys(a) as (keyof TokenArrays)[]) a[key].set(list[key]);
  Object.assign(list, a);
}

/** Appends a token, growing the arrays when full; returns its index. @internal */
export function pushToken(list: TokenList, start: number, end: number, kind: number, flags: number): number {
  if (list.count === list.starts.length) grow(list);
  const i = list.count++;
  list.starts[i] = start;
  list.ends[i] = end;
  list.kinds[i] = kind;
  list.flags[i] = flags;
  return i;
}

const WORD = C_LETTER | C_MARK;
const LAM = 0x0644;
const YA = 0x064a;
const KAF = 0x0643;
const BLANK = C_SPACE | C_BREAK;
/** Not a class bit: a tanween was seen since the last letter. */
const C_TAIL_TANWEEN = 0x100;

/**
 * Splits `text` into Arabic words (letters, marks, tatweel), Latin words and numbers (digits with
 * inner `.` `,` `٫` `٬` between digits). Everything else (spaces, punctuation) separates tokens.
 * Tokens of a whitespace-delimited chunk that is a URL, an e-mail address or a hashtag (it contains
 * `://`, `@`, `#`, `_` or a dot between Latin letters) are flagged {@link PROTECTED}. Neither `text`
 * nor the class table is read out of bounds (an out-of-bounds read deoptimizes the scan).
 *
 * @internal
 */
export function tokenize(text: string): TokenList {
  const list = createTokenList(Math.ceil(text.length / 5));
  const n = text.length;
  const cls = CHAR_CLASS;
  let chunkTokens = -1; // index of the first token of the open chunk, -1 when between chunks
  let guarded = false;
  let medialMaksura = 0; // counted in locals: a field write per letter is slower
  let medialYa = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = cls[c] as number;
    if ((k & BLANK) !== 0) {
      if (chunkTokens >= 0 && guarded) protect(list, chunkTokens);
      chunkTokens = -1;
      i++;
      continue;
    }
    if (chunkTokens < 0) {
      chunkTokens = list.count;
      guarded = false;
    }
    let j = i + 1;
    if ((k & WORD) !== 0) {
      // one pass: extent, key hashes, letter count and the phase-one glue hint
      let h1 = SEED1;
      let h2 = SEED2;
      let letters = 0;
      let prev = 0;
      let prevClass = 0;
      let hint = 0;
      // Stryker disable next-line EqualityOperator: equivalent. At j = n, charCodeAt gives NaN, which has no class bits, so the loop breaks there.
      for (j = i; j < n; j++) {
        const d = text.charCodeAt(j);
        const dk = cls[d] as number;
        if ((dk & WORD) === 0) break;
        if ((dk & C_MARK) !== 0) {
          if (isTanween(d)) prevClass |= C_TAIL_TANWEEN;
          continue;
        }
        const f = fold(d);
        // The counts and the hint look at the letter before this one only when it is ى ي ة or an
        // alef, or a tanween came since: every other letter skips these tests but one.
        if ((prevClass & (C_TAIL | C_TAIL_TANWEEN)) !== 0) {
          if ((prevClass & C_TAIL_TANWEEN) !== 0) hint = MAYBE_GLUED;
          if (prev === ALEF_MAKSURA) {
            medialMaksura++;
            if (letters >= 2) hint = MAYBE_GLUED;
          } else if (prev === YA) {
            medialYa++;
          } else if (prev === TEH_MARBUTA) {
            if (letters >= 2) hint = MAYBE_GLUED;
          } else if (f === LAM && letters >= 3) {
            // The letter before is an alef (or a tanween came since, and the hint is already set).
            hint = MAYBE_GLUED;
          }
        } else if (letters === 2 && f === KAF && prev === LAM && text.charCodeAt(i) === LAM) {
          hint = MAYBE_GLUED;
        }
        h1 = mix1(h1, f);
        h2 = mix2(h2, f);
        prev = f;
        prevClass = dk;
        letters++;
      }
      const t = pushToken(list, i, j, ARABIC, hint);
      list.h1[t] = h1;
      list.h2[t] = h2;
      list.letters[t] = letters;
    } else if ((k & C_LATIN) !== 0) {
      while (j < n && ((cls[text.charCodeAt(j)] as number) & C_LATIN) !== 0) j++;
      pushToken(list, i, j, LATIN, 0);
    } else if ((k & C_DIGIT) !== 0) {
      for (;;) {
        while (j < n && ((cls[text.charCodeAt(j)] as number) & C_DIGIT) !== 0) j++;
        const s = j < n ? text.charCodeAt(j) : 0;
        if ((s === 0x2e || s === 0x2c || s === 0x066b || s === 0x066c) && j + 1 < n && ((cls[text.charCodeAt(j + 1)] as number) & C_DIGIT) !== 0) j += 2;
        else break;
      }
      pushToken(list, i, j, NUMBER, 0);
    } else if (c === 0x23 || c === 0x40 || c === 0x5f) {
      guarded = true; // # @ _
    } else if (c === 0x3a && i + 2 < n && text.charCodeAt(i + 1) === 0x2f && text.charCodeAt(i + 2) === 0x2f) {
      guarded = true; // ://
    } else if (c === 0x2e && i > 0 && i + 1 < n && ((cls[text.charCodeAt(i - 1)] as number) & C_LATIN) !== 0 && ((cls[text.charCodeAt(i + 1)] as number) & C_LATIN) !== 0) {
      guarded = true; // example.com
    }
    i = j;
  }
  if (chunkTokens >= 0 && guarded) protect(list, chunkTokens);
  list.medialMaksura = medialMaksura;
  list.medialYa = medialYa;
  return list;
}

function protect(list: TokenList, from: number): void {
  for (let t = from; t < list.count; t++) list.flags[t] = PROTECTED;
}

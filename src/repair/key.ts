import { isArabicMark, TATWEEL } from './chars.js';

/**
 * The comparison key of an Arabic word: diacritics, Quranic marks, joiners and tatweel removed, alef
 * variants (أ إ ٱ) folded to ا; آ is kept (آن "has come" is not أن "that"). Cheaper than the full `search` profile and enough to compare two
 * spellings of the same word; ي/ى, ة/ه and hamza carriers are deliberately kept apart (`على علي` is
 * "on Ali", not a duplicate).
 *
 * @internal
 */
export function wordKey(text: string, start: number, end: number): string {
  // The first loop only decides whether the word can be returned as is: a wrong "no" takes the
  // second loop, which gives the same key.
  let plain = true;
  // Stryker disable next-line EqualityOperator: equivalent. Reading one unit past the word can only send it to the second loop.
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: equivalent. A wrong answer only sends the word to the second loop.
    if (c === TATWEEL || isArabicMark(c) || c === 0x0623 || c === 0x0625 || c === 0x0671) {
      plain = false;
      break;
    }
  }
  // Stryker disable next-line ConditionalExpression: equivalent. The second loop gives the same key.
  if (plain) return text.slice(start, end);
  let out = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === TATWEEL || isArabicMark(c)) continue;
    if (c === 0x0623 || c === 0x0625 || c === 0x0671) out += 'ا';
    else out += text.charAt(i);
  }
  return out;
}

/** Keys of a list of words (data tables are written in ordinary spelling). @internal */
export function keySet(words: readonly string[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const w of words) set.add(wordKey(w, 0, w.length));
  return set;
}

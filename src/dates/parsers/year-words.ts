// Years written in words after «عام/سنة»: «ألفين وأحد عشر» (2011), «ألف وتسعمائة وتسعين» (1990).
import { foldKey } from '../lexicon.js';
import { skipGapForward, letterRunEnd } from '../text-scan.js';
import { YEAR_NUMBER_WORDS } from '../data/number-words.js';

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(YEAR_NUMBER_WORDS.map(([w, n]) => [foldKey(w), n]));
const WAW = foldKey('و').charCodeAt(0);

/**
 * Reads a year in words starting at `i`: a thousands word («ألفين», «ألف») then parts joined by
 * «و». Returns [year, end] for years 1000–2999, or undefined.
 */
export function readYearWords(s: string, i: number): [number, number] | undefined {
  let p = i;
  let total = 0;
  let end = i;
  let first = true;
  let teen = 0;
  for (let guard = 0; guard < 6; guard++) {
    const b = skipGapForward(s, p);
    const e = letterRunEnd(s, b);
    if (e === b) break;
    let word = s.slice(b, e);
    const joined = !first && word.charCodeAt(0) === WAW && word.length > 1;
    if (!first && !joined && NUMBER_WORDS.get(word) !== 10) break;
    if (joined) word = word.slice(1);
    const value = NUMBER_WORDS.get(word);
    if (value === undefined) break;
    if (first && value < 1000) return undefined;
    if (!first && value >= 1000) break;
    // «أحد عشر», «ثلاثة عشر»: a unit followed by «عشر/عشرة» (without و) makes a teen.
    if (!joined && value === 10) {
      if (teen === 0) break;
      total += 10;
      teen = 0;
    } else {
      total += value;
      teen = value < 10 ? value : 0;
    }
    end = e;
    p = e;
    first = false;
  }
  return total >= 1000 && total <= 2999 ? [total, end] : undefined;
}

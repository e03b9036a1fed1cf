// The year (and era) written after a month name: «2023», «، 2015», «عام 1990», «من سنة 2017»,
// «المقبل 1436هـ», «1385 و.ر».
import type { Era } from '../data/era-markers.js';
import { ERAS, MIN, TIME_AFTER, YEAR_WORD } from '../lexicon.js';
import { digitRunEnd, digitsValue, digitValue, isComma, letterRunEnd, skipGapForward, wordAfter } from '../text-scan.js';
import { readYearWords } from './year-words.js';

/** What follows a month name. */
export interface YearAfter {
  /** A time adjective («الماضي», «المقبل») follows the month. */
  readonly timeAfter: boolean;
  /** The year written, if any, with where it ends (era marker included). */
  readonly year?: { readonly value: number; readonly end: number; readonly era: Era | undefined; readonly introduced: boolean };
}

/** The era marker right after a year (gaps allowed), as [era, end]. */
export function readEra(s: string, i: number): [Era, number] | undefined {
  const b = skipGapForward(s, i);
  const e = letterRunEnd(s, b);
  if (e === b) return undefined;
  const word = s.slice(b, e);
  if (word === 'و' && s.charCodeAt(e) === 0x2e) {
    const r = skipGapForward(s, e + 1);
    const re = letterRunEnd(s, r);
    const era = ERAS.get('و.ر');
    return re === r + 1 && s[r] === 'ر' && era !== undefined ? [era, re] : undefined;
  }
  const era = ERAS.get(word);
  return era === undefined ? undefined : [era, e];
}

/** Reads the year after position `i` (the end of a month name or pair). */
export function readYearAfter(s: string, i: number): YearAfter {
  let p = skipGapForward(s, i);
  const first = s.charCodeAt(p);
  // «مارس/2015»: a slash straight before four digits.
  if (isComma(first) || (first === 0x2f && digitRunEnd(s, p + 1) - (p + 1) === 4)) p = skipGapForward(s, p + 1);
  let word = wordAfter(s, p);
  let timeAfter = false;
  if (word !== undefined && TIME_AFTER.has(word.text)) {
    timeAfter = true;
    p = skipGapForward(s, word.end);
    word = wordAfter(s, p);
  }
  let introduced = false;
  if (word !== undefined && word.text === MIN) {
    const next = wordAfter(s, word.end);
    if (next !== undefined && YEAR_WORD.has(next.text)) {
      // «مايو من العام الماضي»: a time phrase even without a year.
      timeAfter = true;
      introduced = true;
      p = skipGapForward(s, next.end);
    }
  } else if (word !== undefined && YEAR_WORD.has(word.text)) {
    introduced = true;
    p = skipGapForward(s, word.end);
  }
  // «من العام الجاري 2012»: an adjective between the year word and the year.
  const adjective = introduced ? wordAfter(s, p) : undefined;
  if (adjective !== undefined && TIME_AFTER.has(adjective.text) && digitValue(s.charCodeAt(skipGapForward(s, adjective.end))) >= 0) {
    p = skipGapForward(s, adjective.end);
  }
  const de = digitRunEnd(s, p);
  const len = de - p;
  // Four digits; three after «عام/سنة»; one to four before an era marker («2 هـ»).
  if (len === 4 || (len === 3 && introduced) || (len > 0 && len < 4 && readEra(s, de) !== undefined)) {
    const after = s.charCodeAt(de);
    // «2017.5», «2017,3»: a decimal number, not a year.
    if ((after === 0x2e || isComma(after)) && digitValue(s.charCodeAt(de + 1)) >= 0) return { timeAfter };
    const era = readEra(s, de);
    return { timeAfter, year: { value: digitsValue(s, p, de), end: era === undefined ? de : era[1], era: era?.[0], introduced } };
  }
  if (introduced && len === 0) {
    const words = readYearWords(s, p);
    if (words !== undefined) {
      const era = readEra(s, words[1]);
      return { timeAfter, year: { value: words[0], end: era === undefined ? words[1] : era[1], era: era?.[0], introduced } };
    }
  }
  return { timeAfter };
}

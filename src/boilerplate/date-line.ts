// A stand-alone date line in the page head («الجمعة, 13-يوليو-2012», «الأحد 01 إبريل 2012 09:36
// بتوقيت القدس»): a full date and nothing but weekday, era and time words around it.
import { findDates } from '../dates/index.js';
import { isDigit, isSpace, isWordChar } from './chars.js';
import { T } from './compiled.js';
import { fold } from './fold.js';
import { countTokens, type Line, type Page } from './page.js';

/** Whether a head line is only a date. */
export function isDateLine(page: Page, l: Line): boolean {
  if (countTokens(page.norm, l.ns, l.ne, 11) > 10) return false;
  let digits = false;
  for (let i = l.ns; i < l.ne && !digits; i++) digits = isDigit(page.norm.charCodeAt(i));
  if (!digits) return false;
  const raw = page.raw.slice(l.start, l.end);
  const full = findDates(raw).filter((m) => m.year !== undefined);
  if (full.length === 0) return false;
  let rest = '';
  let at = 0;
  for (const m of full) {
    rest += raw.slice(at, m.start) + ' ';
    at = m.end;
  }
  rest += raw.slice(at);
  // what is left: weekday names, era and time words, numbers (a time), punctuation
  let afterZone = false;
  for (const word of words(fold(rest))) {
    if (afterZone) {
      afterZone = false;
      continue;
    }
    if (T.dateLineWords.has(word)) {
      afterZone = word === T.zoneWord;
      continue;
    }
    if (!isWordChar(word.charCodeAt(0)) || isDigit(word.charCodeAt(0))) continue;
    return false;
  }
  return true;
}

function words(s: string): string[] {
  const out: string[] = [];
  let w = '';
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0x20;
    if (isSpace(c) || c === 0x2c || c === 0x60c || c === 0x2d || c === 0x2f || c === 0x3a || c === 0x7c) {
      if (w !== '') out.push(w);
      w = '';
    } else w += s.charAt(i);
  }
  return out;
}

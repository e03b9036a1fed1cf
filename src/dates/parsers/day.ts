// The day written before a month name: digits of any script («30», «الـ19», «و11»), ordinal words
// («الثالث والعشرين», «سابع»), «غرة», «الفاتح من», optionally with «من» / «من شهر» in between.
import { AL, DAY_GLUE, FIRST_DAY, MIN, MONTH_WORD, NON_DAY_HEADS, ORDINAL_DAYS, PROCLITICS, stripProclitic, WEEKDAYS } from '../lexicon.js';
import { digitRunStart, digitsValue, digitValue, isLetter, letterRunStart, skipGapBackward, wordBefore, type Word } from '../text-scan.js';

/**
 * What stands before a month: a day, or `'period'` when an ordinal of a time noun does («الأسبوع
 * الأول من مارس»: not a day, but it shows the name is a month).
 */
export type BeforeMonth = DayBefore | 'period' | undefined;

/** A day found before a month. */
export interface DayBefore {
  readonly start: number;
  readonly day: number;
  /** «شهر» stands between the day and the month. */
  readonly monthWord: boolean;
}

/** Digits (1–2) ending at `end` that can be a day; returns [start of the day, value]. */
function digitsDay(s: string, end: number, floor: number): [number, number] | undefined {
  if (end <= floor || digitValue(s.charCodeAt(end - 1)) < 0) return undefined;
  const ds = digitRunStart(s, end);
  if (end - ds > 2 || ds < floor) return undefined;
  const value = digitsValue(s, ds, end);
  if (value < 1 || value > 31) return undefined;
  if (ds === 0) return [ds, value];
  const c = s.charCodeAt(ds - 1);
  if (isLetter(c)) {
    const ls = letterRunStart(s, ds);
    const prefix = s.slice(ls, ds);
    if (prefix === AL || (prefix.length === 3 && PROCLITICS.has(prefix.charCodeAt(0)) && prefix.endsWith(AL))) return [ls, value];
    // «و11 يوليو», «الجمعة29 حزيران», «يوم25 يناير».
    if ((prefix.length === 1 && PROCLITICS.has(c)) || WEEKDAYS.has(prefix) || DAY_GLUE.has(prefix)) return [ds, value];
    return undefined;
  }
  // «10:30», «2.5», «3/5», «1,5», «/2صفر» before the month: not a day; «النشر:26 مايو» is.
  // «18-25 يوليو» is a range: day 25.
  if (c === 0x2e || c === 0x2f || c === 0x2c || c === 0x25 || c === 0x66b || c === 0x66c) return undefined;
  if (c === 0x3a && ds >= 2 && digitValue(s.charCodeAt(ds - 2)) >= 0) return undefined;
  return [ds, value];
}

function headAllowsDay(s: string, start: number): boolean {
  const head = wordBefore(s, start);
  return head === undefined || !NON_DAY_HEADS.has(head.text);
}

/** An ordinal day word (one or two words) ending with `last`, as [start, day] or 'period'. */
function wordDay(s: string, last: Word, floor: number, viaMin: boolean): [number, number] | 'period' | undefined {
  const prev = wordBefore(s, last.start);
  if (prev !== undefined && prev.start >= floor) {
    const two = ORDINAL_DAYS.get(`${prev.text} ${last.text}`);
    if (two !== undefined) return headAllowsDay(s, prev.start) ? [prev.start, two] : 'period';
  }
  if (last.start < floor) return undefined;
  const one = ORDINAL_DAYS.get(last.text);
  if (one !== undefined) return headAllowsDay(s, last.start) ? [last.start, one] : 'period';
  // «لسابع أكتوبر», «بالعاشر من»: an ordinal with a proclitic (left out of the mention); «للأول
  // من» is ل + الأول.
  const bare = stripProclitic(last.text);
  const stripped = bare === undefined ? undefined : (ORDINAL_DAYS.get(bare) ?? ORDINAL_DAYS.get(`${AL}${bare.slice(1)}`));
  if (stripped !== undefined) return [last.start + 1, stripped];
  const needsMin = FIRST_DAY.get(last.text);
  if (needsMin !== undefined && (viaMin || !needsMin)) return [last.start, 1];
  return undefined;
}

/**
 * The day written before the month name that starts at `monthStart`; nothing before `floor` (the
 * end of the previous mention) is used.
 */
export function readDayBefore(s: string, monthStart: number, floor: number): BeforeMonth {
  let end = monthStart;
  let word = wordBefore(s, end);
  let monthWord = false;
  let viaMin = false;
  if (word !== undefined && MONTH_WORD.has(word.text) && word.start >= floor) {
    monthWord = true;
    end = word.start;
    word = wordBefore(s, end);
  }
  if (word !== undefined && word.text === MIN && word.start >= floor) {
    viaMin = true;
    end = word.start;
    word = wordBefore(s, end);
  }
  if (monthWord && !viaMin && word !== undefined && !FIRST_DAY.has(word.text)) return undefined;
  const digits = digitsDay(s, skipGapBackward(s, end), floor);
  if (digits !== undefined) return { start: digits[0], day: digits[1], monthWord };
  if (word === undefined || word.end !== skipGapBackward(s, end)) return undefined;
  const fromWords = wordDay(s, word, floor, viaMin);
  return fromWords === undefined || fromWords === 'period' ? fromWords : { start: fromWords[0], day: fromWords[1], monthWord };
}

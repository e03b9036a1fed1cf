// The weekday written before a date: «الخميس، 30 نوفمبر», «يوم الأحد الموافق ل 25 جوان».
import { LINKERS, WEEKDAYS } from '../lexicon.js';
import { isComma, skipGapBackward, wordBefore } from '../text-scan.js';

/** The weekday ending before `start` (a comma or «الموافق ل» may come between), as [start, day]. */
export function readWeekdayBefore(s: string, start: number, floor: number): [number, number] | undefined {
  let end = skipGapBackward(s, start);
  if (end > 0 && isComma(s.charCodeAt(end - 1))) end = skipGapBackward(s, end - 1);
  let word = wordBefore(s, end);
  for (let hops = 0; hops < 2 && word !== undefined && LINKERS.has(word.text); hops++) {
    word = wordBefore(s, word.start);
  }
  if (word === undefined || word.start < floor) return undefined;
  const day = WEEKDAYS.get(word.text);
  return day === undefined ? undefined : [word.start, day];
}

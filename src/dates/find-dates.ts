// findDates: parsers (month names, numeric dates, English datelines) then refiners (context filter,
// overlaps, validation, Hijri/Gregorian linking), all on the 'search'-normalized text; spans are
// mapped back to the input at the end.
import { normalizeWithOffsets } from '../chars/index.js';
import type { Candidate } from './candidate.js';
import { hijriCalendarOf } from './hijri.js';
import { findMonthTokens } from './month-tokens.js';
import { parseEnglishDate } from './parsers/english-date.js';
import { parseNamedDate } from './parsers/named-date.js';
import { parseNumericDate } from './parsers/numeric-date.js';
import { filterByContext, hasOwnSupport } from './refiners/context-filter.js';
import { linkCalendars } from './refiners/link.js';
import { removeOverlaps } from './refiners/overlaps.js';
import { validate } from './refiners/validate.js';
import { dateWindows } from './prefilter.js';
import { typeName } from './type-name.js';
import { digitValue, isGap } from './text-scan.js';

import type { DateMention, FindDatesOptions } from './types.js';
import type { Span } from '../types.js';

function checkOptions(options: FindDatesOptions | undefined): void {
  if (options === undefined) return;
  hijriCalendarOf('findDates', options);
  if (options.libyan !== undefined && typeof options.libyan !== 'boolean') {
    throw new TypeError(`findDates: options.libyan must be a boolean, received ${typeof options.libyan}`);
  }
}

/** Candidates from month names (with their days, years, pairs) and English datelines. */
function namedCandidates(s: string, original: string, offsets: Uint32Array, libyan: boolean): Candidate[] {
  const tokens = findMonthTokens(s, libyan);
  const out: Candidate[] = [];
  const hasMadda = (ns: number): boolean => original.charCodeAt(offsets[ns] ?? 0) === 0x622;
  let floor = 0;
  for (let k = 0; k < tokens.length; ) {
    const token = tokens[k];
    /* v8 ignore next */
    if (token === undefined) break;
    const named = parseNamedDate(s, tokens, k, floor, hasMadda);
    const cand = named?.[0] ?? parseEnglishDate(s, token, floor);
    if (cand !== undefined) {
      out.push(cand);
      // A risky name with no support of its own (the Libyan «الفاتح» before «من سبتمبر») is
      // most likely dropped later: the next date may still read its words as a day.
      if (hasOwnSupport(cand)) floor = Math.max(floor, cand.end);
    }
    k += named?.[1] ?? 1;
  }
  return out;
}

/** Candidates from numeric dates. */
function numericCandidates(s: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < s.length; i++) {
    if (digitValue(s.charCodeAt(i)) < 0 || (i > 0 && digitValue(s.charCodeAt(i - 1)) >= 0)) continue;
    const cand = parseNumericDate(s, i);
    if (cand !== undefined) {
      out.push(cand);
      i = cand.end - 1;
    }
  }
  return out;
}

/** Maps a span of the normalized segment to the input, without trailing gaps. */
function mapSpan(span: Span, offsets: Uint32Array, input: string, base: number): Span {
  const start = base + (offsets[span.start] ?? 0);
  let end = base + (offsets[span.end] ?? 0);
  while (end > start + 1 && input.charCodeAt(end - 1) !== 0x640 && isGap(input.charCodeAt(end - 1))) end--;
  return { start, end };
}

function toMention(c: Candidate, input: string, offsets: Uint32Array, base: number): DateMention {
  const { start, end } = mapSpan(c, offsets, input, base);
  return {
    start,
    end,
    text: input.slice(start, end),
    calendar: c.calendar,
    ...(c.year === undefined ? {} : { year: c.year }),
    month: c.month,
    ...(c.day === undefined ? {} : { day: c.day }),
    ...(c.weekday === undefined ? {} : { weekday: c.weekday }),
    systems: c.systems,
    ...(c.gregorian === undefined ? {} : { gregorian: c.gregorian }),
    ...(c.hijri === undefined ? {} : { hijri: c.hijri }),
    flags: c.flags,
    ...(c.linked === undefined ? {} : { linked: mapSpan(c.linked, offsets, input, base) }),
    ...(c.linkedOffset === undefined ? {} : { linkedOffset: c.linkedOffset }),
  };
}

/**
 * Finds the date expressions in Arabic news text: month names of every naming system
 * (transliterated يناير، Syriac كانون الثاني، Maghrebi جانفي، Moroccan يوليوز، Mauritanian أغشت,
 * Hijri, Libyan when asked, English in datelines), paired names («مارس/آذار»), days in digits of
 * any script or in words (غرة، الثالث والعشرين), weekdays, years with era markers, numeric dates
 * (27 / 8 / 1436هـ), and links between a Hijri date and its Gregorian equivalent («الموافق»).
 *
 * Words that are also month names (مارس "practised", رمضان a name, صفر zero, أب father, نيسان the
 * car) count only with supporting context. A day that does not exist in its month is flagged
 * `invalidDate` (numeric dates are dropped). Nothing reads the clock: years are only reported when
 * written.
 *
 * @param text - Any string.
 * @param options - `libyan` (Libyan month names and years), `hijriCalendar`, `monthStarts`.
 * @returns The mentions, sorted and non-overlapping, with UTF-16 offsets into `text`.
 * @throws TypeError when `text` is not a string; TypeError/RangeError for invalid options.
 *
 * @example
 * ```ts
 * import { findDates } from 'tanqih';
 * const [h, g] = findDates('16 جمادى الأولى 1445 هـ الموافق 30 نوفمبر 2023 م');
 * [h?.calendar, h?.year, h?.month, h?.day, h?.gregorian]; // => ['hijri', 1445, 5, 16, { year: 2023, month: 11, day: 30 }]
 * [g?.text, g?.linkedOffset]; // => ['30 نوفمبر 2023 م', 0]
 * findDates('مارس الرياضة منذ طفولته'); // => []
 * findDates('في مارس/آذار الماضي').map((m) => [m.month, m.systems]); // => [[3, ['transliterated', 'syriac']]]
 * ```
 */
export function findDates(text: string, options?: FindDatesOptions): DateMention[] {
  if (typeof text !== 'string') {
    throw new TypeError(`findDates: expected a string, received ${typeName(text)}`);
  }
  checkOptions(options);
  const libyan = options?.libyan === true;
  const out: DateMention[] = [];
  const windows = dateWindows(text, libyan);
  for (let w = 0; w + 1 < windows.length; w += 2) {
    findInSegment(text, windows[w] ?? 0, windows[w + 1] ?? 0, options, out);
  }
  return out;
}

/**
 * Runs the parsers and refiners on `input.slice(start, end)` and appends the mentions (with
 * offsets into `input`) to `out`. `findDates` calls it on the windows the prefilter finds; on the
 * whole input it gives the same mentions.
 */
export function findInSegment(input: string, start: number, end: number, options: FindDatesOptions | undefined, out: DateMention[]): void {
  const segment = start === 0 && end === input.length ? input : input.slice(start, end);
  const calendar = hijriCalendarOf('findDates', options);
  const table = options?.monthStarts;
  const { text: s, offsets } = normalizeWithOffsets(segment, 'search');
  const named = filterByContext(s, namedCandidates(s, segment, offsets, options?.libyan === true));
  const all = removeOverlaps([...named, ...numericCandidates(s)]).filter((c) => validate(c, calendar, table));
  linkCalendars(s, all);
  let lastEnd = out.length === 0 ? 0 : (out[out.length - 1]?.end ?? 0);
  for (const c of all) {
    const m = toMention(c, input, offsets, start);
    if (m.start >= lastEnd && m.end > m.start) {
      out.push(m);
      lastEnd = m.end;
    }
  }
}

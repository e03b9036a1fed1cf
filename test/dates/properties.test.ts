// Invariants of findDates and parseMonth, checked on generated input.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { findDates, parseMonth, type DateMention } from '../../src/index.js';
import { findInSegment } from '../../src/dates/find-dates.js';
import { MONTH_TABLES } from '../../src/dates/data/month-tables.js';
import { runs } from '../runs.js';

/** Pieces date text is made of, so that generated strings hold many near-dates. */
const pieces = fc.constantFrom(
  ' ', ' ', '، ', '/', ' / ', '-', '(', ')', '.', '\u200f', '\u00a0', '\n', 'ـ', '\u064e', '\u2060', '\u034f', '\u200d', '\ufe0f',
  '12', '٣٠', '1445', '2023', '1436هـ', '2022م', '5', '31', '29', '0',
  'مارس', 'آذار', 'رمضان', 'صفر', 'أب', 'نيسان', 'كانون', 'الثاني', 'تشرين', 'ذي الحجة', 'جمادى', 'الأولى',
  'يناير', 'جانفي', 'يوليوز', 'هانيبال', 'الربيع', 'November', 'th', ',', 'May',
  'في', 'شهر', 'من', 'عام', 'الموافق', 'الخميس', 'الثالث', 'والعشرين', 'غرة', 'الفاتح', 'و', 'هـ', 'م', 'و.ر',
  'ألفين', 'وأحد', 'عشر', 'الماضي', 'سيارة', 'ال', 'الـ',
);
const dateish = fc.array(pieces, { maxLength: 24 }).map((p) => p.join(''));
const anyText = fc.oneof(dateish, fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }));
const options = fc.record({ libyan: fc.boolean() });

function checkSpans(text: string, mentions: readonly DateMention[]): void {
  let last = 0;
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.text).toBe(text.slice(m.start, m.end));
    expect(m.month).toBeGreaterThanOrEqual(1);
    expect(m.month).toBeLessThanOrEqual(12);
    last = m.end;
  }
}

describe('findDates invariants', () => {
  test.prop([anyText, options], runs(400))('never throws; spans sorted, in bounds, non-overlapping; text is the slice', (text, opts) => {
    checkSpans(text, findDates(text, opts));
  });

  test.prop([dateish, options], runs(300))('the prefilter windows find what a whole-text pass finds', (text, opts) => {
    const whole: DateMention[] = [];
    findInSegment(text, 0, text.length, opts, whole);
    expect(findDates(text, opts)).toEqual(whole);
  });

  test.prop([dateish, dateish], runs(150))('a date far away does not change the dates of a text', (a, b) => {
    const filler = `\n${' كلام عادي لا تاريخ فيه'.repeat(20)}\n`;
    const joined = findDates(`${a}${filler}${b}`);
    const offset = a.length + filler.length;
    const separate = [...findDates(a), ...findDates(b).map((m) => ({ ...m, start: m.start + offset, end: m.end + offset, ...(m.linked ? { linked: { start: m.linked.start + offset, end: m.linked.end + offset } } : {}) }))];
    expect(joined).toEqual(separate);
  });
});

const spellings = MONTH_TABLES.flatMap((t) => t.names.flatMap((names) => names.filter((n) => /[\u0621-\u064a]/u.test(n))));
const marks = fc.constantFrom('\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u064b', '\u0640', '\u0670');

describe('parseMonth invariants', () => {
  test.prop([fc.constantFrom(...spellings), fc.array(fc.tuple(fc.nat(), marks), { maxLength: 4 })], runs(400))(
    'adding diacritics or tatweel inside a name does not change the lookup',
    (name, inserts) => {
      let decorated = name;
      for (const [at, mark] of inserts) {
        // Marks go after a letter (never first, never after a space).
        const i = 1 + (at % decorated.length);
        if (decorated[i - 1] === ' ') continue;
        decorated = decorated.slice(0, i) + mark + decorated.slice(i);
      }
      const plain = parseMonth(name);
      expect(plain).toBeDefined();
      expect(parseMonth(decorated)).toEqual(plain);
    },
  );

  test.prop([fc.string({ maxLength: 20 })], runs(300))('never throws on any string', (s) => {
    const r = parseMonth(s);
    if (r !== undefined) expect(r.month).toBeGreaterThanOrEqual(1);
  });
});

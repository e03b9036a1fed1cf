import { describe, expect, it } from 'vitest';
import { cleanWith, type Deps } from '../../src/article/clean-core.js';
import type { DateMention } from '../../src/dates/index.js';

const noDates: Deps['findDates'] = () => [];
const noRepair: Deps['repair'] = (text) => ({ text, edits: [] });

function mention(over: Partial<DateMention>): DateMention {
  return { start: 0, end: 1, text: 'x', calendar: 'gregorian', month: 1, systems: [], flags: [], ...over };
}

describe('cleanWith', () => {
  it('maps zero-width and replacing edits from the body back into raw', () => {
    const raw = 'أب\nجد هو';
    const repair: Deps['repair'] = (text) => {
      // insert at the very start, insert after «أب», replace «هو»
      const edits = [
        { start: 0, end: 0, replacement: '«', kind: 'glued' as const },
        { start: 2, end: 2, replacement: '»', kind: 'glued' as const },
        { start: text.length - 2, end: text.length, replacement: 'هي', kind: 'duplicate-word' as const },
      ];
      return { text: '«أب»' + text.slice(2, text.length - 2) + 'هي', edits };
    };
    const a = cleanWith(raw, { title: false }, { findDates: noDates, repair });
    expect(a.body).toBe('«أب»\n\nجد هي');
    expect(a.edits.map((e) => [e.start, e.end])).toEqual([
      [0, 0],
      [2, 2],
      [6, 8],
    ]);
  });

  it('takes a Hijri-only date line through its Gregorian conversion, and prefers the date line to a dateline', () => {
    const hijri = mention({ calendar: 'hijri', year: 1436, month: 10, day: 25, gregorian: { year: 2015, month: 8, day: 10 } });
    const findDates: Deps['findDates'] = (t) => (t.startsWith('25') ? [mention({ calendar: 'hijri', month: 10 }), hijri] : t.includes('2014') ? [mention({ year: 2014, day: 2 })] : []);
    const raw = 'تاريخ النشر: 25 شوال 1436\nالرياض 2 يناير 2014 - واس\nأعلنت الهيئة اليوم عن مشروع جديد للطرق، وفق بيان رسمي صدر عنها.';
    const a = cleanWith(raw, undefined, { findDates, repair: noRepair });
    expect(a.published?.gregorian).toEqual({ year: 2015, month: 8, day: 10 });
    expect(a.published?.text).toBe(raw.slice(a.published!.start, a.published!.end));
  });

  it('uses a dateline date when there is no date line', () => {
    const findDates: Deps['findDates'] = (t) => (t.includes('2014') ? [mention({ year: 2014, day: 2, start: 7, end: 20 })] : []);
    const raw = 'الرياض 2 يناير 2014 - واس\nأعلنت الهيئة اليوم عن مشروع جديد للطرق، وفق بيان رسمي صدر عنها.';
    const a = cleanWith(raw, undefined, { findDates, repair: noRepair });
    expect(a.published).toMatchObject({ year: 2014, start: 7, end: 20 });
    expect(a.dateline).toBe('الرياض 2 يناير 2014 - واس');
  });

  it('ignores a date line without a usable date and an empty source', () => {
    const raw = 'تاريخ النشر: أمس\nأعلنت الهيئة اليوم عن مشروع جديد للطرق، وفق بيان رسمي صدر عنها.\nالمصدر: ()';
    const a = cleanWith(raw, undefined, { findDates: () => [mention({})], repair: noRepair });
    expect(a.published).toBeUndefined();
    expect(a.source).toBeUndefined();
    expect(a.removed.map((r) => r.kind)).toEqual(['publish-date', 'source']);
  });
});

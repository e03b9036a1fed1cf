// The month tables and word lists, tested as data.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/index.js';
import { MONTH_TABLES } from '../../src/dates/data/month-tables.js';
import { RISKY_MONTH_NAMES } from '../../src/dates/data/risky-months.js';
import { WEEKDAY_NAMES } from '../../src/dates/data/weekdays.js';
import { ERA_MARKERS } from '../../src/dates/data/era-markers.js';
import { YEAR_NUMBER_WORDS } from '../../src/dates/data/number-words.js';
import { ERAS, foldKey, MONTH_ENTRIES, ORDINAL_DAYS, WEEKDAYS } from '../../src/dates/lexicon.js';

describe('month tables', () => {
  it('has one table per naming system, twelve months each, no empty spelling', () => {
    expect(MONTH_TABLES.map((t) => t.system).sort()).toEqual(
      ['english', 'hijri', 'libyan', 'maghrebi', 'mauritanian', 'moroccan', 'syriac', 'transliterated'],
    );
    for (const table of MONTH_TABLES) {
      expect(table.names).toHaveLength(12);
      for (const spellings of table.names) {
        expect(spellings.length).toBeGreaterThan(0);
        for (const s of spellings) expect(s.trim()).toBe(s);
      }
      expect(table.calendar).toBe(table.system === 'hijri' ? 'hijri' : 'gregorian');
    }
  });

  it('never maps one normalized key to two months', () => {
    const seen = new Map<string, string>();
    for (const table of MONTH_TABLES) {
      table.names.forEach((spellings, i) => {
        for (const s of spellings) {
          const key = foldKey(s);
          const value = `${table.calendar}:${i + 1}`;
          expect(seen.get(key) ?? value, `${s} (${table.system})`).toBe(value);
          seen.set(key, value);
        }
      });
    }
    expect(MONTH_ENTRIES.size).toBe(seen.size);
  });

  it('holds the CLDR names of Node\'s ICU for each regional system', () => {
    const cldr = (locale: string): string[] =>
      Array.from({ length: 12 }, (_, i) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2023, i, 1))));
    const systemOf: Record<string, string> = { 'ar-EG': 'transliterated', 'ar-SY': 'syriac', 'ar-DZ': 'maghrebi', 'ar-TN': 'maghrebi', 'ar-MA': 'moroccan', 'ar-MR': 'mauritanian' };
    for (const [locale, system] of Object.entries(systemOf)) {
      const table = MONTH_TABLES.find((t) => t.system === system)!;
      cldr(locale).forEach((name, i) => {
        const keys = table.names[i]!.map(foldKey);
        expect(keys, `${locale} ${name}`).toContain(foldKey(name));
      });
    }
  });

  it('lists the brief\'s spellings', () => {
    for (const [name, month] of [
      ['كانون 2', 1], ['تشرين أول', 10], ['ذا القعدة', 11], ['ذي الحجة', 12], ['جمادى الآخر', 6], ['جمادي الأولى', 5],
      ['يونية', 6], ['يوليه', 7], ['أيّار', 5], ['تمّوز', 7], ['اب', 8], ['أغشت', 8], ['شتمبر', 9], ['دجمبر', 12], ['نوفنبر', 11], ['اينار', 1],
    ] as const) {
      expect(MONTH_ENTRIES.get(foldKey(name))?.month, name).toBe(month);
    }
  });

  it('marks risky names that exist in the tables; every Libyan name is risky', () => {
    for (const [name] of RISKY_MONTH_NAMES) expect(MONTH_ENTRIES.has(foldKey(name)), name).toBe(true);
    for (const entry of MONTH_ENTRIES.values()) {
      if (entry.system === 'libyan') expect(entry.risk).toBe('libyan');
    }
    expect(MONTH_ENTRIES.get(foldKey('مارس'))?.risk).toBe('word');
    expect(MONTH_ENTRIES.get(foldKey('أب'))?.risk).toBe('father');
    expect(MONTH_ENTRIES.get(foldKey('يناير'))?.risk).toBeUndefined();
  });

  it('folds keys like the search profile, lower-cased and space-collapsed', () => {
    expect(foldKey('  كانون   الثاني ')).toBe(normalize('كانون الثاني', 'search'));
    expect(foldKey('November')).toBe('november');
  });
});

describe('word lists', () => {
  it('names the seven weekdays', () => {
    expect(new Set(WEEKDAY_NAMES.map(([, d]) => d))).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
    expect(WEEKDAYS.get(foldKey('الخميس'))).toBe(4);
  });

  it('spells every day from 1 to 31 as an ordinal', () => {
    const values = new Set(ORDINAL_DAYS.values());
    for (let d = 1; d <= 31; d++) expect(values.has(d), String(d)).toBe(true);
    expect(ORDINAL_DAYS.get(foldKey('الحادي والثلاثين'))).toBe(31);
    expect(ORDINAL_DAYS.get(foldKey('التاسع عشر'))).toBe(19);
    expect(ORDINAL_DAYS.get(foldKey('الثاني والعشرون'))).toBe(22);
    expect(ORDINAL_DAYS.get(foldKey('سابع'))).toBe(7);
    expect(Math.max(...values)).toBe(31);
  });

  it('has era markers of the three kinds', () => {
    expect(new Set(ERA_MARKERS.map(([, e]) => e))).toEqual(new Set(['hijri', 'gregorian', 'libyan']));
    expect(ERAS.get(foldKey('هـ'))).toBe('hijri');
    expect(ERAS.get(foldKey('م'))).toBe('gregorian');
  });

  it('has number words for years', () => {
    const values = new Map(YEAR_NUMBER_WORDS);
    expect(values.get('ألفين')).toBe(2000);
    expect(values.get('تسعين')).toBe(90);
  });
});

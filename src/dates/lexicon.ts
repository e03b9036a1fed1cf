// Normalized lookup structures built once, at module load, from the data tables. Everything here is
// read-only after construction.
import { normalize } from '../chars/index.js';
import { CAR_WORDS_AFTER, CAR_WORDS_BEFORE, LINK_WORDS, MONTH_CONNECTORS, MONTH_WORDS, TIME_WORDS_AFTER, TIME_WORDS_BEFORE, TIME_WORDS_BEFORE_MIN, YEAR_WORDS } from './data/context-words.js';
import { BARE_ORDINAL_UNITS, COMPOUND_UNIT_ONE, FIRST_DAY_WORDS, NON_DAY_ORDINAL_HEADS, ORDINAL_UNITS, TEEN_WORD, TENS_WORDS } from './data/day-words.js';
import { ERA_MARKERS, type Era } from './data/era-markers.js';
import { MONTH_TABLES } from './data/month-tables.js';
import { RISKY_MONTH_NAMES, type MonthRisk } from './data/risky-months.js';
import { WEEKDAY_NAMES } from './data/weekdays.js';
import type { Calendar, MonthSystem } from './types.js';

/** A normalized month key and what it names. */
export interface MonthEntry {
  readonly key: string;
  readonly calendar: Calendar;
  readonly month: number;
  /** The first system (in table priority) that spells the month this way. */
  readonly system: MonthSystem;
  /** Every system that spells the month this way. */
  readonly systems: readonly MonthSystem[];
  readonly risk: MonthRisk | undefined;
}

/** A node of the month-name trie (keyed by UTF-16 code unit; 0x20 stands for any gap run). */
export interface TrieNode {
  readonly next: ReadonlyMap<number, TrieNode>;
  readonly entry: MonthEntry | undefined;
}

interface MutableNode {
  next: Map<number, MutableNode>;
  entry: MonthEntry | undefined;
}

/** Normalizes a lexicon word the way the text is normalized, lower-cased and space-collapsed. */
export function foldKey(word: string): string {
  const n = normalize(word, 'search').toLowerCase();
  let out = '';
  let space = false;
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x640) {
      space = out !== '';
    } else {
      if (space) out += ' ';
      space = false;
      out += n.charAt(i);
    }
  }
  return out;
}

function foldSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(foldKey));
}

function buildMonthEntries(): ReadonlyMap<string, MonthEntry> {
  const risky = new Map<string, MonthRisk>(RISKY_MONTH_NAMES.map(([w, r]) => [foldKey(w), r]));
  const found = new Map<string, { calendar: Calendar; month: number; systems: MonthSystem[] }>();
  for (const table of MONTH_TABLES) {
    table.names.forEach((spellings, index) => {
      for (const spelling of spellings) {
        const key = foldKey(spelling);
        const seen = found.get(key);
        if (seen === undefined) found.set(key, { calendar: table.calendar, month: index + 1, systems: [table.system] });
        else if (!seen.systems.includes(table.system)) seen.systems.push(table.system);
      }
    });
  }
  const entries = new Map<string, MonthEntry>();
  for (const [key, v] of found) {
    const system = v.systems[0] ?? 'transliterated';
    const risk = system === 'libyan' ? 'libyan' : risky.get(key);
    entries.set(key, { key, calendar: v.calendar, month: v.month, system, systems: v.systems, risk });
  }
  return entries;
}

function buildTrie(entries: ReadonlyMap<string, MonthEntry>): TrieNode {
  const root: MutableNode = { next: new Map(), entry: undefined };
  for (const entry of entries.values()) {
    let node = root;
    for (let i = 0; i < entry.key.length; i++) {
      const c = entry.key.charCodeAt(i);
      let child = node.next.get(c);
      if (child === undefined) {
        child = { next: new Map(), entry: undefined };
        node.next.set(c, child);
      }
      node = child;
    }
    node.entry = entry;
  }
  return root;
}

/** Every month key (normalized spelling) and what it names. */
export const MONTH_ENTRIES: ReadonlyMap<string, MonthEntry> = buildMonthEntries();

/** Trie over {@link MONTH_ENTRIES} keys. */
export const MONTH_TRIE: TrieNode = buildTrie(MONTH_ENTRIES);

function buildOrdinals(): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  const put = (w: string, n: number): void => {
    map.set(foldKey(w), n);
  };
  ORDINAL_UNITS.forEach((w, i) => {
    put(w, i + 1);
  });
  BARE_ORDINAL_UNITS.forEach((w, i) => {
    put(w, i + 1);
  });
  const units: (readonly string[])[] = ORDINAL_UNITS.slice(0, 9).map((w) => [w]);
  units[0] = COMPOUND_UNIT_ONE;
  units.forEach((forms, i) => {
    for (const u of forms) {
      put(`${u} ${TEEN_WORD}`, 11 + i);
      for (const [tens, value] of TENS_WORDS) {
        if (value + i + 1 <= 31) put(`${u} و${tens}`, value + i + 1);
      }
    }
  });
  for (const [tens, value] of TENS_WORDS) put(tens, value);
  return map;
}

/** Ordinal day words («الثالث», «الحادي عشر», «الثالث والعشرين», «سابع») by normalized form. */
export const ORDINAL_DAYS: ReadonlyMap<string, number> = buildOrdinals();

/** «غرة» (day 1 with no «من») and «الفاتح» (day 1 with «من»): normalized form → needs «من». */
export const FIRST_DAY: ReadonlyMap<string, boolean> = new Map(FIRST_DAY_WORDS.map(([w, m]) => [foldKey(w), m]));

/** Weekday names by normalized form. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(WEEKDAY_NAMES.map(([w, d]) => [foldKey(w), d]));

/** Era markers by normalized form. */
export const ERAS: ReadonlyMap<string, Era> = new Map(ERA_MARKERS.map(([w, e]) => [foldKey(w), e]));

/** Normalized word sets used by the parsers and refiners. */
export const NON_DAY_HEADS: ReadonlySet<string> = foldSet(NON_DAY_ORDINAL_HEADS);
/** Time words before a month. */
export const TIME_BEFORE: ReadonlySet<string> = foldSet(TIME_WORDS_BEFORE);
/** Time nouns before «من» and a month. */
export const TIME_BEFORE_MIN: ReadonlySet<string> = foldSet(TIME_WORDS_BEFORE_MIN);
/** Time adjectives after a month. */
export const TIME_AFTER: ReadonlySet<string> = foldSet(TIME_WORDS_AFTER);
/** «شهر» forms. */
export const MONTH_WORD: ReadonlySet<string> = foldSet(MONTH_WORDS);
/** Connectors between coordinated months. */
export const CONNECTORS: ReadonlySet<string> = foldSet(MONTH_CONNECTORS);
/** Car words before «نيسان». */
export const CAR_BEFORE: ReadonlySet<string> = foldSet(CAR_WORDS_BEFORE);
/** Car words after «نيسان». */
export const CAR_AFTER: ReadonlySet<string> = foldSet(CAR_WORDS_AFTER);
/** Words introducing a year. */
export const YEAR_WORD: ReadonlySet<string> = foldSet(YEAR_WORDS);
/** Words linking a Hijri and a Gregorian mention. */
export const LINKERS: ReadonlySet<string> = foldSet(LINK_WORDS);
/** «من», normalized. */
export const MIN: string = foldKey('من');
/** «ال», normalized. */
export const AL: string = foldKey('ال');

/** One-letter proclitics that may be glued to a month name or a day number. */
export const PROCLITICS: ReadonlySet<number> = new Set([0x648, 0x641, 0x628, 0x644, 0x643].map((c) => foldKey(String.fromCharCode(c)).charCodeAt(0)));

/** Proclitics that may be glued to a month name: و، ف، ب («ومارس», «بيناير»). */
export const MONTH_PROCLITICS: ReadonlySet<number> = new Set([0x648, 0x641, 0x628].map((c) => foldKey(String.fromCharCode(c)).charCodeAt(0)));

/** Words a day number may be glued to: «يوم25 يناير». */
export const DAY_GLUE: ReadonlySet<string> = new Set([foldKey('يوم')]);

/** The word without one leading one-letter proclitic (و، ف، ب، ل، ك), or undefined. */
export function stripProclitic(word: string): string | undefined {
  return word.length > 2 && PROCLITICS.has(word.charCodeAt(0)) ? word.slice(1) : undefined;
}

/** True when `word`, or `word` without a proclitic, is in `set`. */
export function inSet(set: ReadonlySet<string>, word: string | undefined): boolean {
  if (word === undefined) return false;
  if (set.has(word)) return true;
  const bare = stripProclitic(word);
  return bare !== undefined && set.has(bare);
}

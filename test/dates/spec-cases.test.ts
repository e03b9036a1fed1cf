// The 67 reference cases of ../shared/spec/dates-cases.json (outside the repository: skipped with
// a message when the shared folder is absent).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findDates, type DateMention, type FindDatesOptions } from '../../src/index.js';

interface SpecCase {
  id: number;
  in: string;
  opts?: FindDatesOptions;
  exp: null | {
    calendar: string;
    year?: number;
    month: number;
    day?: number;
    weekday?: number;
    g?: string;
    linkedOffset?: number;
    flags?: string[];
  };
}

const file = fileURLToPath(new URL('../../../shared/spec/dates-cases.json', import.meta.url));
const present = existsSync(file);
if (!present) console.warn(`dates spec cases skipped: ${file} not found (../shared is not checked out)`);
const cases: SpecCase[] = present ? (JSON.parse(readFileSync(file, 'utf8')) as SpecCase[]) : [];

function iso(m: DateMention): string | undefined {
  const g = m.gregorian;
  return g === undefined ? undefined : `${g.year}-${String(g.month).padStart(2, '0')}-${String(g.day).padStart(2, '0')}`;
}

describe.skipIf(!present)('spec/dates-cases.json', () => {
  it('has the 67 cases', () => {
    expect(cases).toHaveLength(67);
  });

  it.each(cases.map((c) => [c.id, c] as const))('case %i', (_id, c) => {
    const got = findDates(c.in, c.opts);
    if (c.exp === null) {
      expect(got).toEqual([]);
      return;
    }
    const m = got[0];
    expect(m).toBeDefined();
    if (m === undefined) return;
    const e = c.exp;
    expect({ calendar: m.calendar, year: m.year, month: m.month, day: m.day }).toEqual({
      calendar: e.calendar,
      year: e.year,
      month: e.month,
      day: e.day,
    });
    if (e.weekday !== undefined) expect(m.weekday).toBe(e.weekday);
    if (e.g !== undefined) expect(iso(m)).toBe(e.g);
    if (e.linkedOffset !== undefined) expect(m.linkedOffset).toBe(e.linkedOffset);
    for (const flag of e.flags ?? []) expect(m.flags).toContain(flag);
  });
});

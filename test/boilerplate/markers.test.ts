import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/chars/index.js';
import { T } from '../../src/boilerplate/compiled.js';
import * as M from '../../src/boilerplate/markers.js';

const lists: Array<[string, readonly string[]]> = [
  ['RELATED_LIST_MARKERS', M.RELATED_LIST_MARKERS],
  ['SOURCE_LABELS', M.SOURCE_LABELS],
  ['TAG_LABELS', M.TAG_LABELS],
  ['PUBLISH_DATE_LABELS', M.PUBLISH_DATE_LABELS],
  ['SHARE_PHRASES', M.SHARE_PHRASES],
  ['SHARE_WIDGET_WORDS', M.SHARE_WIDGET_WORDS],
  ['COPYRIGHT_PHRASES', M.COPYRIGHT_PHRASES],
  ['CAPTION_PHRASES', M.CAPTION_PHRASES],
  ['WIRE_END_WORDS', M.WIRE_END_WORDS],
  ['TIMESTAMP_WORDS', M.TIMESTAMP_WORDS],
  ['AGENCIES', M.AGENCIES],
  ['MASTHEADS', M.MASTHEADS],
  ['SECTION_LABELS', M.SECTION_LABELS],
  ['PROSE_OPENERS', M.PROSE_OPENERS],
  ['PROSE_OPENER_PAIRS', M.PROSE_OPENER_PAIRS],
  ['NAME_PARTICLES', M.NAME_PARTICLES],
];

describe('marker tables', () => {
  it.each(lists)('%s holds trimmed, non-empty, distinct entries', (_name, list) => {
    expect(list.length).toBeGreaterThan(0);
    for (const s of list) {
      expect(s).toBe(s.trim());
      expect(s).not.toBe('');
    }
    expect(new Set(list).size).toBe(list.length);
  });

  it('read-also markers are distinct after folding and cover the documented spellings', () => {
    const folded = M.READ_ALSO_MARKERS.map((m) => normalize(m.text, 'search'));
    expect(new Set(folded).size).toBe(folded.length);
    for (const spelling of ['اقرأ أيضاً', 'إقرأ أيضا', 'اقرأ ايضاً', 'قد يهمك', 'اقرأ المزيد', 'للمزيد', 'أيضاً..', 'انفوجرافيك']) {
      const f = normalize(spelling, 'search');
      expect(folded.some((m) => f.startsWith(m)), spelling).toBe(true);
    }
  });

  it('prose openers are single words and opener pairs are two', () => {
    for (const w of M.PROSE_OPENERS) expect(w.split(' ')).toHaveLength(1);
    for (const w of M.PROSE_OPENER_PAIRS) expect(w.split(' ').length).toBeGreaterThanOrEqual(2);
  });

  it('compiled tables are folded and longest first', () => {
    for (const list of [T.sourceLabels, T.tagLabels, T.publishDate, T.share, T.agencies, T.sections]) {
      for (let i = 1; i < list.length; i++) expect(list[i - 1]!.length).toBeGreaterThanOrEqual(list[i]!.length);
      for (const s of list) expect(normalize(s, 'search').trim()).toBe(s);
    }
    for (let i = 1; i < T.readAlso.length; i++) expect(T.readAlso[i - 1]!.text.length).toBeGreaterThanOrEqual(T.readAlso[i]!.text.length);
  });
});

import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { cleanArticle } from '../../src/article/index.js';
import { normalize } from '../../src/chars/index.js';

/** What a value shows once invisible controls and surrounding whitespace are gone. */
function shown(value: string): string {
  return normalize(value, 'light').trim();
}

/** Asserts the fuzz contract: every paragraph is non-empty and occurs in body, in order. */
function expectParagraphsInBody(raw: string): void {
  const { body, paragraphs } = cleanArticle(raw);
  let from = 0;
  for (const p of paragraphs) {
    expect(p.trim()).not.toBe('');
    const at = body.indexOf(p, from);
    expect(at).toBeGreaterThanOrEqual(from);
    from = at + p.length;
  }
}

describe('cleanArticle never returns empty strings', () => {
  it('gives no empty paragraph for bidi controls before a line break (fuzz counterexample)', () => {
    const article = cleanArticle('\u202e\u202e\n\u0000');
    expect(article.paragraphs).not.toContain('');
    expectParagraphsInBody('\u202e\u202e\n\u0000');
  });

  it('drops tags, teasers and title made only of invisible controls', () => {
    const article = cleanArticle('\u202e\u200f\n\nأعلن الوزير عن خطة جديدة للنقل العام.\nالوسوم: \u202e، صحة، \u200b\u200f');
    expect(article.tags).toEqual(['صحة']);
    expect(article.title ?? 'none').not.toBe('');
    for (const r of article.related) expect(shown(r)).not.toBe('');
  });

  test.prop(
    [fc.array(fc.constantFrom('\u202e', '\u200f', '\u00ad', '\u200b', '\n', '\r\n', ' ', '\u0000', 'قال', 'الوزير', '.', 'الوسوم: ', '، ', 'اقرأ أيضا: '), { maxLength: 30 })],
    { numRuns: 300 },
  )('paragraphs, title, tags and related are never blank', (parts) => {
    const raw = parts.join('');
    expectParagraphsInBody(raw);
    const a = cleanArticle(raw);
    if (a.title !== undefined) expect(shown(a.title)).not.toBe('');
    for (const t of [...a.tags, ...a.related]) expect(shown(t)).not.toBe('');
    if (a.dateline !== undefined) expect(shown(a.dateline)).not.toBe('');
    if (a.source !== undefined) expect(shown(a.source)).not.toBe('');
  });
});

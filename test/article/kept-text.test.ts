import { describe, expect, it } from 'vitest';
import { keptText } from '../../src/article/kept-text.js';

describe('keptText', () => {
  it('lays lines out as paragraphs and collapses white space inside them', () => {
    const src = '  أول\u00a0\u00a0سطر\tهنا \r\n\r\n ثاني  سطر\n';
    const { text, map } = keptText(src, []);
    expect(text).toBe('أول سطر هنا\n\nثاني سطر');
    expect(map).toHaveLength(text.length + 1);
    expect(map[0]).toBe(2);
    expect(map[text.length]).toBe(src.length);
    for (let i = 0; i < text.length; i++) if (text[i] !== ' ' && text[i] !== '\n') expect(src[map[i]!]).toBe(text[i]);
  });

  it('cuts spans out, mid-word and mid-line, leaving a space where words would touch', () => {
    const src = 'كلمةزائدة باقي\nسطر محذوف\nآخر';
    const cutA = { start: 4, end: 9 };
    const cutB = { start: 15, end: 25 };
    expect(keptText(src, [cutA, cutB]).text).toBe('كلمة باقي\n\nآخر');
    expect(keptText('أ ب ج', [{ start: 2, end: 3 }]).text).toBe('أ ج');
  });

  it('keeps control characters, which are not white space', () => {
    expect(keptText('نص\u0000 \u0001', []).text).toBe('نص\u0000 \u0001');
  });

  it('returns an empty text for blank input', () => {
    expect(keptText(' \n\t', []).text).toBe('');
    expect(keptText('', []).map).toEqual(new Uint32Array([0]));
  });

  it('maps every unit when doubled line breaks make the text longer than the source', () => {
    // short lines: each single \n becomes \n\n, so the text outgrows the source
    const src = 'أ\nب\nج\nد\nه';
    const { text, map } = keptText(src, []);
    expect(text).toBe('أ\n\nب\n\nج\n\nد\n\nه');
    expect(map).toHaveLength(text.length + 1);
    expect(map[text.length - 1]).toBe(src.length - 1);
    expect(map[text.length]).toBe(src.length);
  });
});

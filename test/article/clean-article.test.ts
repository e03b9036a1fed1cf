import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/article/index.js';
import { APPENDED_HEADLINE, HEADLINE, MAIN_PARAGRAPHS, PAGE, TEASERS } from './fixtures.js';
import { accountedText, squeeze } from './helpers.js';

describe('cleanArticle on a scraped page', () => {
  const article = cleanArticle(PAGE);

  it('gives the headline as title and the date line as published', () => {
    expect(article.title).toBe(HEADLINE);
    expect(article.published?.gregorian).toEqual({ year: 2024, month: 3, day: 14 });
    const p = article.published!;
    expect(PAGE.slice(p.start, p.end)).toBe(p.text);
    expect(p.text).toContain('March 2024');
  });

  it('keeps only the main paragraphs in the body, with paragraph breaks', () => {
    expect(article.paragraphs).toEqual(MAIN_PARAGRAPHS);
    expect(article.body).toBe(MAIN_PARAGRAPHS.join('\n\n'));
  });

  it('turns boilerplate into metadata', () => {
    expect(article.related).toEqual(TEASERS);
    expect(article.source).toBe('الشرق اليوم');
    expect(article.tags).toEqual(['الأردن', 'المغرب', 'الدبلوماسية', 'فيصل بن حسين']);
    expect(article.removed.map((r) => r.kind)).toEqual(['other', 'publish-date', 'read-also', 'read-also', 'source', 'tags', 'read-also']);
  });

  it('finds the dates of the body, paired months included, with offsets into raw', () => {
    expect(article.dates.map((d) => [d.month, d.year])).toEqual([
      [2, undefined],
      [7, 2019],
    ]);
    for (const d of article.dates) expect(PAGE.slice(d.start, d.end)).toBe(d.text);
    expect(article.dates.map((d) => d.text)).toEqual(['فبراير/شباط', 'يوليو/تموز 2019']);
  });

  it('cleans and repairs the appended article', () => {
    expect(article.appended).toHaveLength(1);
    const appended = article.appended[0]!;
    expect(appended.title).toBe(APPENDED_HEADLINE);
    expect(appended.paragraphs).toHaveLength(4);
    expect(appended.body).toContain('الفرق تحاصر النيران وأفاد المتحدث');
    expect(appended.body).toContain('مضيفا أنه على الرغم');
    expect(appended.edits.map((e) => e.kind)).toEqual(['glued', 'stutter']);
    const stutter = appended.edits[1]!;
    expect(PAGE.slice(stutter.start, stutter.end).trim()).toBe('نه');
    expect(article.edits).toEqual([]);
  });

  it('loses nothing silently, in the main article and the appended one', () => {
    expect(squeeze(accountedText(PAGE, article))).toBe(squeeze(article.body));
    const appended = article.appended[0]!;
    const from = appended.removed[0]!.start;
    expect(squeeze(accountedText(PAGE, appended, from))).toBe(squeeze(appended.body));
  });
});

describe('cleanArticle metadata', () => {
  it('reads datelines and wire dates', () => {
    const a = cleanArticle('جدة 12 رجب 1436 هـ الموافق 1 مايو 2015 م واس\nأعلنت الهيئة العامة للطيران المدني اليوم عن تشغيل رحلات جديدة، وفق بيان رسمي.');
    expect(a.dateline).toBe('جدة 12 رجب 1436 هـ الموافق 1 مايو 2015 م واس');
    expect(a.published?.gregorian ?? a.published).toMatchObject({ year: 2015, month: 5, day: 1 });
    const b = cleanArticle('القاهرة - (أ ش أ) - أعلنت وزارة النقل المصرية اليوم عن خطة لتطوير السكك الحديدية، وفق بيان رسمي.');
    expect(b.dateline).toBe('القاهرة - (أ ش أ)');
    expect(b.published).toBeUndefined();
  });

  it('splits tag lines with separators and sorted tag lists', () => {
    expect(cleanArticle('نص الخبر هنا.\nالوسوم: صحة، تعليم، نقل عام').tags).toEqual(['صحة', 'تعليم', 'نقل عام']);
    expect(cleanArticle('نص الخبر هنا. سمات أوامر ملكية الملك سلمان تويتر').tags).toEqual(['أوامر ملكية', 'الملك سلمان', 'تويتر']);
  });

  it('keeps kinds in the body when asked, and can skip title and repair', () => {
    const page = 'عنوان قصير للخبر\nأعلنت الوزارة أن أن المشروع سيكتمل قريبا، وفق بيان رسمي صدر اليوم.\nالمصدر: وكالات';
    const kept = cleanArticle(page, { keep: ['source'], title: false, repair: false });
    expect(kept.title).toBeUndefined();
    expect(kept.source).toBe('وكالات');
    expect(kept.paragraphs).toEqual(['عنوان قصير للخبر', 'أعلنت الوزارة أن أن المشروع سيكتمل قريبا، وفق بيان رسمي صدر اليوم.', 'المصدر: وكالات']);
    expect(kept.edits).toEqual([]);
    const full = cleanArticle(page);
    expect(full.title).toBe('عنوان قصير للخبر');
    expect(full.body).toBe('أعلنت الوزارة أن المشروع سيكتمل قريبا، وفق بيان رسمي صدر اليوم.');
    expect(full.edits).toHaveLength(1);
    expect(squeeze(accountedText(page, full))).toBe(squeeze(full.body));
  });

  it('needs a following paragraph to take a title', () => {
    expect(cleanArticle('عنوان وحيد').title).toBeUndefined();
    expect(cleanArticle('أعلنت الوزارة اليوم عن خطة جديدة.\nوقال الوزير إن الخطة طموحة.').title).toBeUndefined();
  });

  it('validates input and options', () => {
    expect(() => cleanArticle(undefined as never)).toThrow(/cleanArticle.*undefined/u);
    expect(() => cleanArticle(null as never)).toThrow(/cleanArticle.*null/u);
    expect(() => cleanArticle('x', { title: 'yes' as never })).toThrow(/options\.title/u);
    expect(() => cleanArticle('x', { repair: 1 as never })).toThrow(/options\.repair/u);
    expect(() => cleanArticle('x', { keep: ['bad' as never] })).toThrow(RangeError);
  });

  it('accepts empty and odd strings', () => {
    expect(cleanArticle('')).toEqual({ body: '', paragraphs: [], tags: [], related: [], dates: [], removed: [], edits: [], appended: [] });
    expect(cleanArticle('\n \r\n').body).toBe('');
    expect(cleanArticle('\ud800 x').body).toBe('\ud800 x');
  });
});

describe('title lines', () => {
  it('does not take a long first line without a full stop as the title', () => {
    const lead = 'سيطرت فرق الدفاع المدني بمنطقة الجبل عصر اليوم الاثنين على حريق شب في مساحة واسعة بسبب الألعاب النارية';
    expect(cleanArticle(`${lead}\nوأوضح المتحدث أن الحريق لم يسفر عن إصابات.`).title).toBeUndefined();
  });
});

describe('appended articles', () => {
  it('returns at most eight, the rest staying removed from the last one', () => {
    const story = (i: number): string => `عنوان الخبر رقم ${i}\nأعلنت الوزارة اليوم عن الخبر رقم ${i}، وفق بيان رسمي صدر عنها.\nالمصدر: وكالات\nإقرأ أيضاً:`;
    const raw = [`أعلنت الهيئة اليوم عن مشروع جديد، وفق بيان رسمي صدر عنها.\nالمصدر: وكالات\nإقرأ أيضاً:`, ...Array.from({ length: 10 }, (_, i) => story(i + 1))].join('\n') + '\nعنوان أخير\nنص أخير طويل بما يكفي ليكون فقرة، وفيه فاصلة ونقطة في آخره.';
    const a = cleanArticle(raw);
    expect(a.appended).toHaveLength(8);
    expect(a.appended.map((x) => x.title)).toEqual(Array.from({ length: 8 }, (_, i) => `عنوان الخبر رقم ${i + 1}`));
    const last = a.appended[7]!;
    expect(last.removed.at(-1)).toMatchObject({ kind: 'read-also', end: raw.length });
    expect(squeeze(accountedText(raw, last, last.removed[0]!.start))).toBe(squeeze(last.body));
  });

  it('maps a date at the very end of a body made of many short lines back to the page', () => {
    // every line break is doubled in the body, which is then longer than the page
    const raw = 'زار الوزير المعرض\nثم غادر\nوعاد\nأمس\nفي\nالصباح\nيوم 3 يونيو';
    const article = cleanArticle(raw, { title: false });
    expect(article.body.length).toBeGreaterThan(raw.length);
    const last = article.dates[article.dates.length - 1];
    expect(last).toBeDefined();
    expect(last?.text).toBe('3 يونيو');
    expect(raw.slice(last?.start, last?.end)).toBe('3 يونيو');
    expect(last?.end).toBe(raw.length);
  });
});

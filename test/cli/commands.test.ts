import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { helpText } from '../../src/cli/usage.js';
import { COMMAND_NAMES } from '../../src/cli/command-names.js';
import { serveBatches } from '../../src/cli/worker.js';
import { cleanArticle, findDates, normalize, repair, type Article } from '../../src/index.js';

const text = 'قال قال الوزير في 15 مايو 2024 إن الخطة جاهزة';

describe('CLI commands', () => {
  it('normalize: in-place field, text output, one line per document with --lines', () => {
    const command = COMMANDS.normalize;
    expect(command.defaultOutField('body')).toBe('body');
    const run = command.prepare({ profile: 'search' });
    expect(run('إلى')).toBe(normalize('إلى', 'search'));
    expect(command.toPlain('أ\r\nب\nج', { file: 'f' }, false)).toBe('أ\r\nب\nج');
    expect(command.toPlain('أ\r\nب\nج', { file: 'f', line: 1 }, true)).toBe('أ ب ج\n');
  });

  it('dates: a "dates" field, one JSON line per mention with its locator', () => {
    const command = COMMANDS.dates;
    expect(command.defaultOutField('text')).toBe('dates');
    const mentions = command.prepare({})(text);
    expect(mentions).toEqual(findDates(text));
    const plain = command.toPlain(mentions, { file: 'a.txt', line: 3 }, true);
    expect(plain.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual(
      findDates(text).map((m) => JSON.parse(JSON.stringify({ file: 'a.txt', line: 3, ...m })) as unknown),
    );
    expect(command.toPlain([], { file: 'a.txt' }, false)).toBe('');
  });

  it('repair: a "repair" field with text and edits, the repaired text as plain output', () => {
    const command = COMMANDS.repair;
    expect(command.defaultOutField('text')).toBe('repair');
    const result = command.prepare({})(text);
    expect(result).toEqual(repair(text));
    expect(command.toPlain(result, { file: 'f' }, false)).toBe(repair(text).text);
  });

  it('clean: an "article" field, title + blank line + body (+ appended articles) as plain output', () => {
    const command = COMMANDS.clean;
    expect(command.defaultOutField('text')).toBe('article');
    const page = 'الرئيس يفتتح مشروعا جديدا\n\nأعلنت الرئاسة اليوم افتتاح مشروع جديد للطاقة.\nاقرأ أيضا: وزير المالية يعلن الميزانية\n';
    const article = command.prepare({})(page) as Article;
    expect(article).toEqual(cleanArticle(page));
    const base: Article = { ...article, title: 'عنوان', body: 'نص الخبر', appended: [] };
    expect(command.toPlain(base, { file: 'f' }, false)).toBe('عنوان\n\nنص الخبر\n');
    expect(command.toPlain({ ...base, title: undefined }, { file: 'f' }, false)).toBe('نص الخبر\n');
    expect(command.toPlain({ ...base, title: '', body: 'سطر\n' }, { file: 'f' }, false)).toBe('سطر\n');
    expect(command.toPlain({ ...base, title: '', body: '' }, { file: 'f' }, false)).toBe('');
    const withAppended: Article = { ...base, appended: [{ ...base, title: 'خبر ثان', body: 'نص ثان' }] };
    expect(command.toPlain(withAppended, { file: 'f' }, false)).toBe('عنوان\n\nنص الخبر\n\nخبر ثان\n\nنص ثان\n');
    expect(command.toPlain(withAppended, { file: 'f', line: 1 }, true)).toBe('عنوان  نص الخبر  خبر ثان  نص ثان\n');
  });

  it('rejects invalid options when prepared, naming them', () => {
    expect(() => COMMANDS.normalize.prepare({ profile: 'nope' })).toThrow(/profile/);
    expect(() => COMMANDS.dates.prepare({ libyan: 'yes' })).toThrow(/libyan/);
    expect(() => COMMANDS.repair.prepare({ glued: 3 })).toThrow(/glued/);
  });
});

describe('help text', () => {
  it('has a general help and one per command', () => {
    expect(helpText(undefined)).toMatch(/^tanqih: clean, normalize and structure/);
    for (const name of COMMAND_NAMES) expect(helpText(name)).toMatch(new RegExp(`^tanqih ${name} \\[options\\]`));
  });
});

describe('serveBatches', () => {
  it('refuses to run outside a worker thread', () => {
    expect(() => { serveBatches(); }).toThrow('serveBatches must run in a worker thread');
  });
});

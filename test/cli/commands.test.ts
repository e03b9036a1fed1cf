import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { helpText } from '../../src/cli/usage.js';
import { COMMAND_NAMES } from '../../src/cli/command-names.js';
import { serveBatches } from '../../src/cli/worker.js';
import { findDates, normalize, repair } from '../../src/index.js';

const text = 'قال قال الوزير في 15 مايو 2024 إن الخطة جاهزة';

describe('CLI commands', () => {
  it('normalize: in-place field, text output, one line per document with --lines', () => {
    const command = COMMANDS.normalize!;
    expect(command.defaultOutField('body')).toBe('body');
    const run = command.prepare({ profile: 'search' });
    expect(run('إلى')).toBe(normalize('إلى', 'search'));
    expect(command.toPlain('أ\r\nب\nج', { file: 'f' }, false)).toBe('أ\r\nب\nج');
    expect(command.toPlain('أ\r\nب\nج', { file: 'f', line: 1 }, true)).toBe('أ ب ج\n');
  });

  it('dates: a "dates" field, one JSON line per mention with its locator', () => {
    const command = COMMANDS.dates!;
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
    const command = COMMANDS.repair!;
    expect(command.defaultOutField('text')).toBe('repair');
    const result = command.prepare({})(text);
    expect(result).toEqual(repair(text));
    expect(command.toPlain(result, { file: 'f' }, false)).toBe(repair(text).text);
  });

  it('rejects invalid options when prepared, naming them', () => {
    expect(() => COMMANDS.normalize!.prepare({ profile: 'nope' })).toThrow(/profile/);
    expect(() => COMMANDS.dates!.prepare({ libyan: 'yes' })).toThrow(/libyan/);
    expect(() => COMMANDS.repair!.prepare({ glued: 3 })).toThrow(/glued/);
  });
});

describe('help text', () => {
  it('lists only the available commands when some are missing', () => {
    expect(helpText(undefined, ['normalize'])).toContain('Available in this build: normalize');
    expect(helpText(undefined, [...COMMAND_NAMES])).not.toContain('Available in this build');
    for (const name of COMMAND_NAMES) expect(helpText(name, [])).toMatch(new RegExp(`^tanqih ${name} \\[options\\]`));
  });
});

describe('serveBatches', () => {
  it('refuses to run outside a worker thread', () => {
    expect(() => { serveBatches(); }).toThrow('serveBatches must run in a worker thread');
  });
});

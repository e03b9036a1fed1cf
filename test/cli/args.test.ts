import { describe, expect, it } from 'vitest';
import { parseArgs, parseSettingValue } from '../../src/cli/args.js';
import { UsageError } from '../../src/cli/usage-error.js';

describe('parseArgs', () => {
  it('reads a command, files and defaults', () => {
    expect(parseArgs(['normalize', 'a.txt', '-', 'b.txt'])).toEqual({
      kind: 'run',
      command: 'normalize',
      files: ['a.txt', '-', 'b.txt'],
      jsonl: false,
      lines: false,
      field: 'text',
      outField: undefined,
      profile: undefined,
      settings: {},
      encoding: 'utf-8',
      output: undefined,
      jobs: undefined,
      strict: false,
      quiet: false,
    });
  });

  it('reads every option, inline values, short aliases and repeated --set', () => {
    const args = parseArgs([
      'normalize', '--jsonl', '--field=body', '--out-field', 'clean', '--profile', 'search',
      '--set', 'tehMarbuta=off', '--set=digits=false', '--set', 'limit=3', '--set', 'mode=x=y',
      '--encoding', 'windows-1256', '-o', 'out.jsonl', '-j', '4', '--strict', '-q', 'in.jsonl',
    ]);
    expect(args).toMatchObject({
      command: 'normalize', jsonl: true, field: 'body', outField: 'clean', profile: 'search',
      settings: { tehMarbuta: false, digits: false, limit: 3, mode: 'x=y' },
      encoding: 'windows-1256', output: 'out.jsonl', jobs: 4, strict: true, quiet: true, files: ['in.jsonl'],
    });
  });

  it('treats everything after -- as files', () => {
    expect(parseArgs(['dates', '--', '--lines', '-x'])).toMatchObject({ files: ['--lines', '-x'], lines: false });
    expect(parseArgs(['repair', '--lines'])).toMatchObject({ lines: true });
  });

  it('answers --help and --version before anything else', () => {
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
    expect(parseArgs(['-V', 'clean'])).toEqual({ kind: 'version' });
    expect(parseArgs(['--help'])).toEqual({ kind: 'help', command: undefined });
    expect(parseArgs(['clean', '-h'])).toEqual({ kind: 'help', command: 'clean' });
    expect(parseArgs(['dates', '--help'])).toEqual({ kind: 'help', command: 'dates' });
  });

  it.each([
    [[], /missing command/],
    [['--jsonl'], /missing command/],
    [['tidy'], /unknown command 'tidy'/],
    [['-'], /unknown command '-'/],
    [['normalize', '--frobnicate'], /unknown option '--frobnicate'/],
    [['normalize', '--jsonl=yes'], /--jsonl takes no value/],
    [['normalize', '--profile'], /--profile needs a value/],
    [['normalize', '--set', 'novalue'], /--set expects KEY=VALUE/],
    [['normalize', '--set', '=x'], /--set expects KEY=VALUE/],
    [['normalize', '--jobs', '0'], /--jobs expects an integer/],
    [['normalize', '--jobs', '2.5'], /--jobs expects an integer/],
    [['normalize', '--jobs', '999'], /--jobs expects an integer/],
    [['normalize', '--jsonl', '--lines'], /cannot be combined/],
    [['normalize', '--field', 'x'], /need --jsonl/],
    [['normalize', '--out-field', 'x'], /need --jsonl/],
    [['normalize', '--jsonl', '--field', ''], /--field must not be empty/],
    [['dates', '--profile', 'search'], /normalize command only/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe('parseSettingValue', () => {
  it('parses booleans, numbers and text', () => {
    expect(parseSettingValue('true')).toBe(true);
    expect(parseSettingValue('on')).toBe(true);
    expect(parseSettingValue('false')).toBe(false);
    expect(parseSettingValue('off')).toBe(false);
    expect(parseSettingValue('12')).toBe(12);
    expect(parseSettingValue('-0.5')).toBe(-0.5);
    expect(parseSettingValue('')).toBe('');
    expect(parseSettingValue(' ')).toBe(' ');
    expect(parseSettingValue('Infinity')).toBe('Infinity');
    expect(parseSettingValue('reverse')).toBe('reverse');
  });
});

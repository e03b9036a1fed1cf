import { describe, expect, test } from 'vitest';
import { extractMarkdownBlocks, extractTsdocExamples, isRunnable } from './extract.js';

describe('extractMarkdownBlocks', () => {
  test('collects ts and js blocks with the line of their first code line', () => {
    const md = ['# Guide', '', '```ts', "normalize('x'); // => 'x'", '```', '', '```js', 'let a = 1;', 'a;', '```'].join('\n');
    expect(extractMarkdownBlocks(md, 'docs/guide.md')).toEqual([
      { file: 'docs/guide.md', line: 4, lang: 'ts', code: "normalize('x'); // => 'x'" },
      { file: 'docs/guide.md', line: 8, lang: 'js', code: 'let a = 1;\na;' },
    ]);
  });

  test('skips other languages, untagged fences and no-test blocks', () => {
    const md = ['```sh', 'npm i tanqih', '```', '```', 'plain', '```', '```ts no-test', 'sketch(', '```', '```text', 'x', '```', '```json', '{}', '```'].join('\n');
    expect(extractMarkdownBlocks(md, 'README.md')).toEqual([]);
  });

  test('removes the indentation of a fence inside a list item and accepts ~~~ fences', () => {
    const md = ['1. Step:', '   ```ts', '   const a = 1;', '     a; // => 1', '   ```', '', '~~~typescript', 'b;', '~~~'].join('\n');
    const blocks = extractMarkdownBlocks(md, 'x.md');
    expect(blocks.map((b) => b.code)).toEqual(['const a = 1;\n  a; // => 1', 'b;']);
    expect(blocks.map((b) => b.line)).toEqual([3, 8]);
  });

  test('a ``` line inside a ~~~ block does not close it; a longer fence needs a closing fence as long', () => {
    const md = ['~~~ts', '```', 'x;', '~~~', '````js', '```', 'y;', '````'].join('\n');
    expect(extractMarkdownBlocks(md, 'x.md').map((b) => b.code)).toEqual(['```\nx;', '```\ny;']);
  });

  test('an unclosed fence runs to the end of the file', () => {
    expect(extractMarkdownBlocks('```ts\na;\nb;', 'x.md').map((b) => b.code)).toEqual(['a;\nb;']);
  });

  test('handles CRLF line endings', () => {
    expect(extractMarkdownBlocks('```ts\r\na;\r\n```\r\n', 'x.md').map((b) => b.code)).toEqual(['a;']);
  });
});

describe('isRunnable', () => {
  test('runs ts, typescript, js, javascript and mjs fences unless marked no-test', () => {
    expect(['ts', 'typescript', 'js', 'javascript', 'mjs'].every((l) => isRunnable([l]))).toBe(true);
    expect(isRunnable(['ts', 'no-test'])).toBe(false);
    expect(isRunnable(['sh'])).toBe(false);
    expect(isRunnable([])).toBe(false);
  });
});

describe('extractTsdocExamples', () => {
  const source = [
    '/**',
    ' * Normalizes.',
    ' *',
    ' * @param text - the input',
    ' * @example',
    ' * ```ts',
    " * import { normalize } from 'tanqih';",
    " * normalize('a'); // => 'a'",
    ' * ```',
    ' * @returns the output',
    ' */',
    'export function normalize(text: string): string {',
    '  return text;',
    '}',
    '',
    'export interface Options {',
    '  /**',
    '   * The profile.',
    '   * @example Choosing a profile',
    '   * ```ts',
    "   * const p = 'search';",
    '   * ```',
    '   * @example',
    '   * ```sh',
    '   * tanqih normalize',
    '   * ```',
    '   */',
    '  readonly profile?: string;',
    '}',
  ].join('\n');

  test('collects the fenced blocks of @example tags with their line and the documented name', () => {
    expect(extractTsdocExamples(source, 'src/x.ts')).toEqual([
      { file: 'src/x.ts', line: 7, lang: 'ts', code: "import { normalize } from 'tanqih';\nnormalize('a'); // => 'a'", symbol: 'normalize' },
      { file: 'src/x.ts', line: 21, lang: 'ts', code: "const p = 'search';", symbol: 'profile' },
    ]);
  });

  test('ignores fenced blocks outside @example and comments without one', () => {
    const src = ['/**', ' * Text.', ' * ```ts', ' * notRun();', ' * ```', ' */', 'export const x: number = 1;', '// /** not a doc', 'const y = 2;'].join('\n');
    expect(extractTsdocExamples(src, 'a.ts')).toEqual([]);
  });

  test('an @example without a fence is taken as code as a whole', () => {
    const src = ['/**', ' * @example', ' * f(1); // => 1', ' */', 'export declare function f(n: number): number;'].join('\n');
    expect(extractTsdocExamples(src, 'a.ts')).toEqual([{ file: 'a.ts', line: 3, lang: 'ts', code: 'f(1); // => 1', symbol: 'f' }]);
  });

  test('an @example with only blank lines yields nothing; a block tag inside a fence does not end the example', () => {
    const src = ['/**', ' * @example', ' *', ' * @example', ' * ```ts', ' * // @ts-expect-error', ' * f();', ' * ```', ' */', 'const z = 1;'].join('\n');
    expect(extractTsdocExamples(src, 'a.ts')).toEqual([{ file: 'a.ts', line: 6, lang: 'ts', code: '// @ts-expect-error\nf();', symbol: 'z' }]);
  });

  test('an unterminated comment is ignored; no symbol when nothing is declared after the comment', () => {
    expect(extractTsdocExamples('/** @example\n * ```ts\n * a;\n * ```', 'a.ts')).toEqual([]);
    expect(extractTsdocExamples('/**\n * @example\n * ```ts\n * a;\n * ```\n */\n', 'a.ts')).toEqual([{ file: 'a.ts', line: 4, lang: 'ts', code: 'a;' }]);
  });
});

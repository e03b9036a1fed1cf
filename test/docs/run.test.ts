import { describe, expect, test } from 'vitest';
import type { DocBlock } from './extract.js';
import { runBlock } from './run.js';

const library = {
  double: (n: number): number => n * 2,
  fail: (): never => {
    throw new TypeError('fail: expected a string, received number');
  },
  later: async (n: number): Promise<number> => Promise.resolve(n + 1),
};
const modules = { packageName: 'tanqih', library };
const block = (code: string): DocBlock => ({ file: 'docs/t.md', line: 1, lang: 'ts', code });

describe('runBlock', () => {
  test('passes when every shown value matches', async () => {
    const code = [
      "import { double, later } from 'tanqih';",
      "import { strict as assert } from 'node:assert';",
      'const x: number = double(2); // => 4',
      'double(3); // => 6',
      '({ a: [double(1)] }); // => { a: [2] }',
      'await later(1); // => 2',
      'assert.equal(typeof assert, "function");',
    ].join('\n');
    await expect(runBlock(block(code), modules)).resolves.toBeUndefined();
  });

  test('fails, naming file and line, when a shown value is wrong', async () => {
    await expect(runBlock(block("import { double } from 'tanqih';\n\ndouble(2); // => 5"), modules)).rejects.toThrow(/docs\/t\.md:3/);
  });

  test('fails when the example throws', async () => {
    await expect(runBlock(block("import { fail } from 'tanqih';\nfail();"), modules)).rejects.toThrow(TypeError);
  });

  test('// throws checks that an error of that name is thrown', async () => {
    await expect(runBlock(block("import { fail } from 'tanqih';\nfail(); // throws TypeError"), modules)).resolves.toBeUndefined();
    await expect(runBlock(block("import { fail } from 'tanqih';\nfail(); // throws RangeError"), modules)).rejects.toThrow(/error name/);
    await expect(runBlock(block("import { double } from 'tanqih';\ndouble(1); // throws TypeError"), modules)).rejects.toThrow(/expected to throw/);
    await expect(runBlock(block("import { fail } from 'tanqih';\nfail(); // throws"), modules)).resolves.toBeUndefined();
  });

  test('require() of the package name gives the library', async () => {
    await expect(runBlock(block("const { double } = require('tanqih');\ndouble(1); // => 2\nrequire('node:path').sep.length; // => 1"), modules)).resolves.toBeUndefined();
  });

  test('a name the library does not export fails with a clear message', async () => {
    await expect(runBlock(block("import { missing } from 'tanqih';\nmissing;"), modules)).rejects.toThrow("'missing' is not exported by 'tanqih'");
    await expect(runBlock(block("import * as t from 'tanqih';\nt.double(1); // => 2"), modules)).resolves.toBeUndefined();
  });

  test('examples do not share declarations', async () => {
    await runBlock(block('const shared = 1;\nshared; // => 1'), modules);
    await expect(runBlock(block('const shared = 2;\nshared; // => 2'), modules)).resolves.toBeUndefined();
  });
});

import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from './collect.js';
import type { DocBlock } from './extract.js';
import { readCompilerOptions, typecheckBlocks } from './typecheck.js';

const entry = join(repoRoot, 'test', 'docs', 'fixtures', 'tiny-lib.ts');
const options = readCompilerOptions(join(repoRoot, 'tsconfig.json'));
const block = (code: string, line = 10, lang = 'ts'): DocBlock => ({ file: 'docs/x.md', line, lang, code });

describe('typecheckBlocks', () => {
  test('reports type errors at their documentation line, per example, and skips JavaScript', () => {
    const blocks = [
      block("import { double } from 'tanqih';\nconst n: number = double(2); // => 4\nconst s = 'shared';"),
      block("import { double } from 'tanqih';\n\ndouble('2');", 20),
      block("import { triple } from 'tanqih';", 30),
      block("const s = 'shared';\nconst x: string = await Promise.resolve(1);", 40),
      block("const { double } = require('tanqih');\ndouble('x');", 50, 'js'),
    ];
    const result = typecheckBlocks(blocks, entry, options);
    expect([...result.keys()]).toEqual([0, 1, 2, 3]);
    expect(result.get(0)).toEqual([]);
    expect(result.get(1)?.map((e) => e.line)).toEqual([22]);
    expect(result.get(1)?.[0]?.message).toMatch(/'string' is not assignable to parameter of type 'number'/);
    expect(result.get(2)?.[0]?.message).toMatch(/no exported member 'triple'/);
    expect(result.get(3)?.map((e) => e.line)).toEqual([41]);
  }, 60_000);

  test('reads compiler options from a tsconfig and rejects a missing one', () => {
    expect(options.strict).toBe(true);
    expect(() => readCompilerOptions(join(repoRoot, 'no-such-tsconfig.json'))).toThrow();
  });
});

// Type-checks every TypeScript documentation example against the library's types (strict settings
// of tsconfig.json, 'tanqih' mapped to src/index.ts), one test per example.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { blockName, collectDocBlocks, repoRoot } from './collect.js';
import { readCompilerOptions, typecheckBlocks, TYPED_LANGS, type ExampleTypeError } from './typecheck.js';

const blocks = collectDocBlocks();
let cached: Map<number, ExampleTypeError[]> | undefined;
const results = (): Map<number, ExampleTypeError[]> =>
  (cached ??= typecheckBlocks(blocks, join(repoRoot, 'src', 'index.ts'), readCompilerOptions(join(repoRoot, 'tsconfig.json'))));

describe('documentation examples type-check', () => {
  blocks.forEach((block, index) => {
    if (!TYPED_LANGS.has(block.lang)) return;
    test(blockName(block), () => {
      const errors = (results().get(index) ?? []).map((e) => `${block.file}:${e.line}: ${e.message}`);
      expect(errors).toEqual([]);
    });
  });
});

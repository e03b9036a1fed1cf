// Every public export carries a doc comment with an @example (the examples themselves are run by
// examples.test.ts and type-checked by examples-types.test.ts).
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from './collect.js';
import { listExportDocs } from './exports.js';
import { readCompilerOptions } from './typecheck.js';

const options = readCompilerOptions(join(repoRoot, 'tsconfig.json'));

describe('public exports', () => {
  test('every export of src/index.ts has a doc comment with an @example', () => {
    const exports = listExportDocs(join(repoRoot, 'src', 'index.ts'), options);
    expect(exports.length).toBeGreaterThan(0);
    const missing = exports.filter((e) => !e.hasExample).map((e) => `${e.name} (${e.location.replace(repoRoot, '')})`);
    expect(missing).toEqual([]);
  }, 60_000);

  test('the listing tells documented from undocumented exports', () => {
    const exports = listExportDocs(join(repoRoot, 'test', 'docs', 'fixtures', 'exports-lib.ts'), options);
    expect(exports.map((e) => [e.name, e.hasDocComment, e.hasExample])).toEqual([
      ['documented', true, true],
      ['noExample', true, false],
      ['undocumented', false, false],
      ['VALUE', true, true],
    ]);
    expect(exports[0]?.location).toMatch(/exports-lib\.ts:\d+$/);
  }, 60_000);
});

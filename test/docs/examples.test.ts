// Runs every documentation example as a test: the `@example` blocks of the TSDoc comments in src/
// and the ```ts / ```js blocks of README.md and docs/*.md, against the library source.
// Convention: `EXPRESSION; // => VALUE` asserts a deep-equal result; fence a block as
// ```ts no-test to show it without running it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import * as library from '../../src/index.js';
import { extractMarkdownBlocks, extractTsdocExamples, type DocBlock } from './extract.js';
import { runBlock } from './run.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const rel = (path: string): string => relative(root, path).split('\\').join('/');

function listFiles(dir: string, keep: (name: string) => boolean, recursive: boolean): string[] {
  return readdirSync(join(root, dir), { recursive, withFileTypes: false, encoding: 'utf8' })
    .filter(keep)
    .map((name) => join(root, dir, name))
    .sort();
}

const sourceFiles = listFiles('src', (n) => n.endsWith('.ts') && !n.endsWith('.d.ts'), true);
const markdownFiles = [join(root, 'README.md'), ...listFiles('docs', (n) => n.endsWith('.md'), false)];

const blocks: DocBlock[] = [
  ...markdownFiles.flatMap((f) => extractMarkdownBlocks(readFileSync(f, 'utf8'), rel(f))),
  ...sourceFiles.flatMap((f) => extractTsdocExamples(readFileSync(f, 'utf8'), rel(f))),
];

const modules = { packageName: 'tanqih', library };

describe('documentation examples', () => {
  test('examples were found in src/ TSDoc', () => {
    expect(blocks.filter((b) => b.file.startsWith('src/')).length).toBeGreaterThan(0);
  });

  for (const block of blocks) {
    const name = `${block.file}:${block.line}${block.symbol === undefined ? '' : ` (${block.symbol})`}`;
    test(name, async () => {
      await runBlock(block, modules);
    });
  }
});

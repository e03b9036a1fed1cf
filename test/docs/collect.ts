// Lists the documentation examples of the repository: README.md, docs/*.md and the TSDoc of src/.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractMarkdownBlocks, extractTsdocExamples, type DocBlock } from './extract.js';

/** The repository root (absolute, with a trailing separator). */
export const repoRoot: string = fileURLToPath(new URL('../../', import.meta.url));

const rel = (path: string): string => relative(repoRoot, path).split('\\').join('/');

function listFiles(dir: string, keep: (name: string) => boolean, recursive: boolean): string[] {
  return readdirSync(join(repoRoot, dir), { recursive, encoding: 'utf8' })
    .filter(keep)
    .map((name) => join(repoRoot, dir, name))
    .sort();
}

/** Every runnable example: Markdown blocks first (README, then docs/*.md), then src/ TSDoc. */
export function collectDocBlocks(): DocBlock[] {
  const sourceFiles = listFiles('src', (n) => n.endsWith('.ts') && !n.endsWith('.d.ts'), true);
  const markdownFiles = [join(repoRoot, 'README.md'), ...listFiles('docs', (n) => n.endsWith('.md'), false)];
  return [
    ...markdownFiles.flatMap((f) => extractMarkdownBlocks(readFileSync(f, 'utf8'), rel(f))),
    ...sourceFiles.flatMap((f) => extractTsdocExamples(readFileSync(f, 'utf8'), rel(f))),
  ];
}

/** The name of the test for an example: `file:line (symbol)`. */
export function blockName(block: DocBlock): string {
  return `${block.file}:${block.line}${block.symbol === undefined ? '' : ` (${block.symbol})`}`;
}

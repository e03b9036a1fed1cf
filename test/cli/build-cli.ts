import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Path of a `tanqih` binary built from the current sources: `dist/cli.js` when it is newer than
 * every file in src/, else a fresh build of the same tsup CLI entry into node_modules/.cache (so a
 * test run never rewrites dist/ under other test files).
 */
export async function builtCli(): Promise<string> {
  const dist = join(root, 'dist', 'cli.js');
  const sources = Math.max(newestSourceTime(join(root, 'src')), statSync(join(root, 'tsup.config.ts')).mtimeMs);
  if (existsSync(dist) && statSync(dist).mtimeMs > sources) return dist;
  const outDir = join(root, 'node_modules', '.cache', 'tanqih-cli-test');
  mkdirSync(outDir, { recursive: true });
  const { build } = await import('tsup');
  const configs = (await import('../../tsup.config.js')).default as unknown as { entry: Record<string, string> }[];
  const cliConfig = configs.find((c) => 'cli' in c.entry);
  if (cliConfig === undefined) throw new Error('tsup.config.ts has no cli entry');
  await build({ ...cliConfig, outDir, silent: true, config: false, sourcemap: false });
  return join(outDir, 'cli.js');
}

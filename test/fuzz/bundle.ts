// Bundles an entry of src/ into temp/ with esbuild (what tsup uses), so tests that spawn child
// processes (the CLI, other time zones and locales) run today's source without `npm run build`.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The repository root. */
export const ROOT: string = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Bundles `entry` (relative to the root) to temp/<name>.mjs as Node ESM; returns its absolute path. */
export async function bundle(entry: string, name: string): Promise<string> {
  const outdir = join(ROOT, 'temp', 'test-bundles', String(process.pid));
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `${name}.mjs`);
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
    define: { TANQIH_VERSION: JSON.stringify('0.0.0-test') },
  });
  return outfile;
}

import { readFileSync } from 'node:fs';
import type { Options } from 'tsup';

// ESM: one output module per source module (not one flat file), so that a bundler importing only
// `normalize` drops the other areas whole ("sideEffects": false) instead of keeping their tables.
const esmConfig: Options = {
  entry: ['src/**/*.ts', '!src/cli/**'],
  bundle: false,
  format: ['esm'],
  dts: false,
  sourcemap: true,
  clean: false, // `npm run build` empties dist/ first: the four builds below run in parallel
  target: 'es2022',
  platform: 'neutral',
};

// CommonJS: one bundled file.
const cjsConfig: Options = {
  entry: { index: 'src/index.ts' },
  format: ['cjs'],
  dts: false,
  sourcemap: true,
  clean: false,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
};

// Declarations for both entries: dist/index.d.ts (ESM) and dist/index.d.cts (CJS).
const dtsConfig: Options = {
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: { only: true },
  clean: false,
};

// The `tanqih` binary (package "bin"): Node-only, ESM, one file that is also its worker-thread script.
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const cliConfig: Options = {
  entry: { cli: 'src/cli/main.ts' },
  format: ['esm'],
  dts: false,
  sourcemap: true,
  clean: false,
  target: 'node20',
  platform: 'node',
  banner: { js: '#!/usr/bin/env node' },
  define: { TANQIH_VERSION: JSON.stringify(pkg.version) },
};

const configs: Options[] = [esmConfig, cjsConfig, dtsConfig, cliConfig];

export default configs;

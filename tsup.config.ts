import { readFileSync } from 'node:fs';
import type { Options } from 'tsup';

const config: Options = {
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: ['!cli.js', '!cli.js.map'], // the CLI bundle below is built alongside
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
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

const configs: Options[] = [config, cliConfig];

export default configs;

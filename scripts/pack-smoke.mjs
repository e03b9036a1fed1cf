/* global console, process, URL */
// Packed-tarball smoke test (`npm run test:pack`): what users install is what we test.
//
// 1. `npm pack` the built package into a temp dir and check the tarball holds every file that
//    package.json points at (exports, main, module, types, bin) and nothing from src/ or test/.
// 2. Install the tarball into a fresh temp project, offline (the package has no runtime deps).
// 3. Import it with ESM `import` and CJS `require`; both must expose the same names and give the
//    same results as the repository's own dist/ build.
// 4. Type-check a TypeScript consumer with `tsc --noEmit` (the repo's TypeScript) under
//    moduleResolution node16 (ESM .ts and CJS .cts files) and bundler, skipLibCheck off.
// 5. When the package has a `tanqih` bin, run it from the installed package.
//
// Exits non-zero on the first failure. Needs `npm run build` first (the npm script does it).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const keep = process.argv.includes('--keep');

class SmokeFailure extends Error {}

function fail(message) {
  throw new SmokeFailure(message);
}

function run(cmd, args, cwd, input) {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (error) {
    fail(`${cmd} ${args.join(' ')} (in ${cwd}) exited with ${error.status}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}

/** Every file path package.json points at (exports conditions, main, module, types, bin). */
function declaredFiles(manifest) {
  const paths = new Set();
  const walk = (value) => {
    if (typeof value === 'string') {
      if (value.startsWith('./') && !value.includes('*')) paths.add(value.slice(2));
    } else if (value && typeof value === 'object') {
      for (const v of Object.values(value)) walk(v);
    }
  };
  walk(manifest.exports);
  for (const field of ['main', 'module', 'types']) {
    if (typeof manifest[field] === 'string') paths.add(manifest[field].replace(/^\.\//, ''));
  }
  const bin = typeof manifest.bin === 'string' ? { [manifest.name]: manifest.bin } : (manifest.bin ?? {});
  for (const file of Object.values(bin)) paths.add(file.replace(/^\.\//, ''));
  return [...paths];
}

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('pack-smoke: FAIL: dist/index.js is missing: run `npm run build` first');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'tanqih-pack-'));
const step = (name) => console.log(`pack-smoke: ${name}`);
try {
  // 1. Pack and check the file list.
  step('npm pack');
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
  const files = new Set(packed.files.map((f) => f.path));
  for (const file of ['package.json', 'README.md', 'LICENSE', ...declaredFiles(pkg)]) {
    if (!files.has(file)) fail(`the tarball lacks ${file} (package.json points at it or every package needs it)`);
  }
  const stray = [...files].filter((f) => /^(?:src|test|scripts|bench|docs|coverage|node_modules)\//.test(f));
  if (stray.length > 0) fail(`the tarball holds files that are not for users: ${stray.join(', ')}`);
  step(`${packed.filename}: ${files.size} files, ${packed.size} bytes packed, ${packed.unpackedSize} unpacked`);

  // 2. A fresh consumer project; install the tarball offline.
  const project = join(work, 'consumer');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'tanqih-consumer', private: true, type: 'module' }, null, 2));
  step('npm install --offline <tarball>');
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', join(work, packed.filename)], project);

  // 3. ESM import and CJS require: same names, same results as the repository's dist/.
  const probe = (load) => `
${load}
const inputs = ['', 'كتـاب', 'أَحْمَد ذهب إلى المدرسة', 'Hello, world', '\\uD800x'];
const out = { names: Object.keys(lib).sort(), results: [] };
for (const input of inputs) {
  for (const profile of ['light', 'ml', 'search']) {
    const r = lib.normalizeWithOffsets(input, profile);
    out.results.push([lib.normalize(input, profile), r.text, Array.from(r.offsets)]);
  }
}
if (typeof lib.findDates === 'function') out.dates = lib.findDates('القاهرة في 5 مارس/آذار 2024');
try { lib.normalize(42); out.nonString = 'no error'; } catch (e) { out.nonString = e.name; }
console.log(JSON.stringify(out));
`;
  writeFileSync(join(project, 'esm.mjs'), probe("import * as lib from 'tanqih';"));
  writeFileSync(join(project, 'cjs.cjs'), probe("const lib = require('tanqih');"));
  writeFileSync(join(work, 'reference.mjs'), probe(`import * as lib from ${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)};`));
  step('ESM import');
  const esm = run(process.execPath, ['esm.mjs'], project);
  step('CJS require');
  const cjs = run(process.execPath, ['cjs.cjs'], project);
  const reference = run(process.execPath, ['reference.mjs'], work);
  if (esm !== reference) fail(`ESM import of the tarball differs from dist/:\n${esm}\n${reference}`);
  if (cjs !== reference) fail(`CJS require of the tarball differs from dist/ (ESM):\n${cjs}\n${reference}`);
  const parsed = JSON.parse(esm);
  if (parsed.nonString !== 'TypeError') fail(`normalize(42) should throw a TypeError, got ${parsed.nonString}`);
  if (parsed.results[2 * 3 + 2][0] !== 'احمد ذهب الي المدرسه') {
    fail(`normalize('أَحْمَد ذهب إلى المدرسة', 'search') gave ${JSON.stringify(parsed.results[8][0])}`);
  }
  step(`ESM and CJS agree with dist/ on ${parsed.names.length} exports: ${parsed.names.join(', ')}`);

  // 4. TypeScript consumers.
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const consumer = `import { normalize, normalizeWithOffsets, type NormalizeOptions, type ProfileName, type Span } from 'tanqih';

const profile: ProfileName = 'search';
const options: NormalizeOptions = { profile };
const text: string = normalize('كتـاب', options);
const offsets: Uint32Array = normalizeWithOffsets(text, 'light').offsets;
const span: Span = { start: 0, end: offsets.length };
// @ts-expect-error -- text must be a string: proves the package's types are loaded, not \`any\`
normalize(42);
// @ts-expect-error -- not a profile name
const wrong: ProfileName = 'loud';
export { span, wrong };
`;
  writeFileSync(join(project, 'consumer.ts'), consumer);
  writeFileSync(join(project, 'consumer-cjs.cts'), consumer.replace('export { span, wrong };', 'export = { span, wrong };'));
  const base = { strict: true, noEmit: true, skipLibCheck: false, target: 'ES2022', lib: ['ES2023', 'DOM'], types: [] };
  const configs = {
    'tsconfig.node16.json': { compilerOptions: { ...base, module: 'node16', moduleResolution: 'node16' }, files: ['consumer.ts', 'consumer-cjs.cts'] },
    'tsconfig.bundler.json': { compilerOptions: { ...base, module: 'esnext', moduleResolution: 'bundler' }, files: ['consumer.ts'] },
  };
  for (const [file, config] of Object.entries(configs)) {
    writeFileSync(join(project, file), JSON.stringify(config, null, 2));
    step(`tsc --noEmit -p ${file}`);
    run(process.execPath, [tsc, '--noEmit', '-p', file], project);
  }

  // 5. The command-line tool, when the package has one.
  const bins = typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {});
  for (const name of Object.keys(bins)) {
    step(`bin: echo … | ${name} normalize`);
    const out = run(join(project, 'node_modules', '.bin', name), ['normalize'], project, 'كتـاب\n');
    if (!out.includes('كتاب') && !out.includes('كتـاب')) fail(`${name} normalize printed ${JSON.stringify(out)}`);
  }

  step('OK');
} catch (error) {
  if (!(error instanceof SmokeFailure)) throw error;
  console.error(`pack-smoke: FAIL: ${error.message}`);
  process.exitCode = 1;
} finally {
  if (keep) console.log(`pack-smoke: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

#!/usr/bin/env node
// Throughput benchmark of the built library (dist/index.js) over the real news corpus, with
// baselines and peer packages timed in the same run, and the targets of issue 7 checked as ratios.
//
//   npm run bench                      # build, then this script (full run, ~3 min)
//   node --expose-gc bench/run.mjs [corpus-dir-or-file] [--quick] [--json] [--strict] [--no-big] [--wall]
//
// Corpus: the CLI argument, else $TANQIH_CORPUS, else ../shared/corpus next to the repository.
// Library: $TANQIH_DIST, else dist/index.js. See docs/benchmarks.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { baselineFunctions, libraryFunctions, makeCases } from './cases.mjs';
import { asciiText, corpusFiles, loadArticles, repeatToSize, sampleArticles, utf8Bytes } from './corpus.mjs';
import { allocatedBy, measure, sinkValue, useWallClock } from './measure.mjs';
import { renderMarkdown } from './report.mjs';
import { checkTargets } from './targets.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const positional = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--save');
const quick = flag('quick');
const json = flag('json');
const wall = flag('wall');
useWallClock(wall);
const started = Date.now();
const loadBefore = loadavg()[0];
const log = (msg) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${msg}\n`);

if (flag('help')) {
  process.stdout.write(
    'usage: node --expose-gc bench/run.mjs [corpus] [--quick] [--json] [--save FILE] [--strict] [--no-big] [--wall]\n' +
      '  corpus    directory of *.jsonl (or one file); default $TANQIH_CORPUS or ../shared/corpus\n' +
      '  --quick   a quarter of the articles, fewer rounds, 25 MB instead of 100 MB (indicative only)\n' +
      '  --json    print the results as JSON on stdout instead of Markdown tables\n' +
      '  --save F  also write the results as JSON to file F (render later: node bench/render.mjs F)\n' +
      '  --strict  exit with status 1 when a target FAILs\n' +
      '  --no-big  skip the large-input linearity check\n' +
      '  --wall    time with the wall clock instead of process CPU time (user + system)\n',
  );
  process.exit(0);
}

const corpusPath = resolve(positional[0] ?? process.env.TANQIH_CORPUS ?? resolve(root, '../shared/corpus'));
const files = corpusFiles(corpusPath);
if (files.length === 0) {
  process.stderr.write(
    `bench: no corpus at ${corpusPath} (no *.jsonl files); skipping the benchmark.\n` +
      '       Pass a directory of JSON Lines files as the first argument or set TANQIH_CORPUS.\n',
  );
  process.exit(0);
}
const distPath = resolve(process.env.TANQIH_DIST ?? resolve(root, 'dist/index.js'));
if (!existsSync(distPath)) {
  process.stderr.write(`bench: ${distPath} not found: run \`npm run build\` first (npm run bench does).\n`);
  process.exit(1);
}
if (typeof globalThis.gc !== 'function') log('note: run with node --expose-gc to measure the fast path\'s allocation');

const lib = await import(pathToFileURL(distPath).href);
const peers = {
  atn: await import('arabic-text-normalizer').catch(() => undefined),
  flow: await import('@flowdegree/arabic-strings').catch(() => undefined),
};

const settings = quick
  ? { rounds: 3, minRounds: 2, budgetMs: 800, sampleMs: 50, maxRunMs: 10000, bigBytes: 25e6, every: 4 }
  : { rounds: 7, minRounds: 3, budgetMs: 4000, sampleMs: 120, maxRunMs: 60000, bigBytes: 100e6, every: 1 };

// Inputs.
// --quick times every 4th article only: its ratios are indicative, the full run's are the figures.
const articles = loadArticles(files).filter((_, i) => i % settings.every === 0);
const whole = articles.join('\n\n');
const wholeBytes = utf8Bytes(whole);
const articleBytes = articles.reduce((n, a) => n + utf8Bytes(a), 0);
log(`corpus: ${files.length} file(s), ${articles.length} articles, ${(wholeBytes / 1e6).toFixed(1)} MB of UTF-8`);
const sample = (bytes) => sampleArticles(articles, bytes);
const wholeProbes = [16e3, 64e3, 256e3, 1e6, 4e6].map((b) => {
  const input = sample(b).join('\n\n');
  return { input, bytes: utf8Bytes(input) };
});
const articleProbes = [16e3, 128e3, 1e6].map((b) => {
  const input = sample(b);
  return { input, bytes: input.reduce((n, a) => n + utf8Bytes(a), 0), linear: true };
});

const libFns = libraryFunctions(lib);
const baseFns = baselineFunctions(peers);
const normalizeFns = libFns.filter((f) => f.id.startsWith('normalize:') || f.id.startsWith('offsets:'));
const byId = (fns, ids) => fns.filter((f) => ids.includes(f.id));
const copyFn = byId(baseFns, ['copy']);

const cases = [
  ...makeCases([...baseFns, ...libFns], { family: 'corpus', mode: 'whole', shape: 'whole', input: whole, bytes: wholeBytes, probes: wholeProbes }),
  ...makeCases([...baseFns, ...libFns], { family: 'corpus', mode: 'article', shape: 'article', input: articles, bytes: articleBytes, probes: articleProbes }),
];

if (typeof lib.normalize === 'function') {
  const cleanWhole = lib.normalize(whole, 'search');
  const cleanArticles = articles.map((a) => lib.normalize(a, 'search'));
  const cleanFns = [...copyFn, ...normalizeFns];
  cases.push(
    ...makeCases(cleanFns, { family: 'clean', mode: 'clean-whole', shape: 'whole', input: cleanWhole, bytes: utf8Bytes(cleanWhole) }),
    ...makeCases(cleanFns, {
      family: 'clean',
      mode: 'clean-article',
      shape: 'article',
      input: cleanArticles,
      bytes: cleanArticles.reduce((n, a) => n + utf8Bytes(a), 0),
    }),
  );
  const ascii = asciiText(Math.min(wholeBytes, 8e6));
  cases.push(
    ...makeCases([...copyFn, ...byId(libFns, ['normalize:light', 'normalize:search'])], {
      family: 'ascii',
      mode: 'ascii-whole',
      shape: 'whole',
      input: ascii,
      bytes: utf8Bytes(ascii),
    }),
  );
}

const bigLabel = `${(settings.bigBytes / 1e6).toFixed(0)} MB`;
if (!flag('no-big')) {
  const linFns = [...copyFn, ...byId(baseFns, ['offsets-array']), ...byId(libFns, ['normalize:search', 'normalize:light', 'offsets:search'])];
  // The same 1 MB sample, once and repeated to the large size: only the size differs.
  const small = sample(1e6).join('\n\n');
  const big = repeatToSize(small, settings.bigBytes);
  cases.push(
    ...makeCases(linFns, { family: 'linear', mode: 'lin-1MB', shape: 'whole', input: small, bytes: utf8Bytes(small) }),
    ...makeCases(linFns, { family: 'linear', mode: 'lin-big', shape: 'whole', input: big, bytes: utf8Bytes(big) }),
  );
}

log(`timing ${cases.filter((c) => !c.skipped).length} cases (${quick ? 'quick' : 'full'} run)`);
measure(cases, settings, log);
const byKey = new Map(cases.map((c) => [c.key, c]));

// Allocation of the clean-text fast path (needs --expose-gc).
let fastPathAllocation;
const cleanCase = byKey.get('normalize:search@clean-whole');
if (cleanCase && !cleanCase.skipped && typeof globalThis.gc === 'function') {
  const bytes = allocatedBy(() => lib.normalize(cleanCase.input, 'search'));
  fastPathAllocation = { allocatedBytes: bytes, inputUtf16Bytes: cleanCase.input.length * 2 };
}

const targets = checkTargets(byKey, { bigLabel });
log(`done (sink ${sinkValue()})`);

const machine = {
  nproc: availableParallelism(),
  cpu: cpuModel(),
  memoryGB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  v8: process.versions.v8,
  platform: `${process.platform}-${process.arch}`,
  loadAverage: { before: loadBefore, after: loadavg()[0] },
  wallSeconds: Math.round((Date.now() - started) / 1000),
  cpuSeconds: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1e6),
};

const results = cases.map((c) => {
  const base = byKey.get(`copy@${c.mode}`)?.mbps;
  return {
    id: c.id,
    label: c.label,
    mode: c.mode,
    bytes: c.bytes,
    mbps: c.mbps,
    ratioToCopy: c.mbps !== undefined && base ? c.mbps / base : undefined,
    medianMs: c.medianMs,
    samples: c.samples,
    skipped: c.skipped,
    error: c.error,
  };
});
const data = {
  date: new Date().toISOString(),
  quick,
  clock: wall ? 'wall' : 'cpu',
  bigLabel,
  machine,
  corpus: { path: corpusPath, files: files.length, articles: articles.length, bytes: wholeBytes },
  settings,
  results,
  targets,
  fastPathAllocation,
};
const saveAt = argv.indexOf('--save');
if (saveAt >= 0 && argv[saveAt + 1]) writeFileSync(argv[saveAt + 1], `${JSON.stringify(data, null, 2)}\n`);
process.stdout.write(json ? `${JSON.stringify(data, null, 2)}\n` : `${renderMarkdown(data)}\n`);

if (flag('strict') && targets.some((t) => t.status === 'FAIL')) process.exit(1);

function cpuModel() {
  try {
    const m = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((line) => line.startsWith('model name'));
    if (m) return m.slice(m.indexOf(':') + 1).trim();
  } catch {
    // not Linux
  }
  return cpus()[0]?.model ?? 'unknown CPU';
}

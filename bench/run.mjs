#!/usr/bin/env node
// Throughput benchmark of the built library (dist/index.js) over the real news corpus, with
// baselines and peer packages timed in the same run, and the targets of issue 7 checked as ratios.
//
//   npm run bench                      # build, then this script (full run, ~3 min)
//   node --expose-gc bench/run.mjs [corpus-dir-or-file] [--quick] [--json] [--strict] [--no-big] [--wall]
//
// Corpus: the CLI argument, else $TANQIH_CORPUS, else ../shared/corpus next to the repository.
// Library: $TANQIH_DIST, else dist/index.js. See docs/benchmarks.md.
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { baselineFunctions, libraryFunctions, makeCases } from './cases.mjs';
import { asciiText, corpusFiles, leadingArticles, loadArticles, repeatToSize, utf8Bytes } from './corpus.mjs';
import { allocatedBy, measure, sinkValue, useWallClock } from './measure.mjs';
import { notes, section, targetTable } from './report.mjs';
import { checkTargets } from './targets.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const positional = argv.filter((a) => !a.startsWith('--'));
const quick = flag('quick');
const json = flag('json');
const wall = flag('wall');
useWallClock(wall);
const started = Date.now();
const loadBefore = loadavg()[0];
const log = (msg) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${msg}\n`);

if (flag('help')) {
  process.stdout.write(
    'usage: node --expose-gc bench/run.mjs [corpus] [--quick] [--json] [--strict] [--no-big] [--wall]\n' +
      '  corpus    directory of *.jsonl (or one file); default $TANQIH_CORPUS or ../shared/corpus\n' +
      '  --quick   a quarter of the articles, fewer rounds, 25 MB instead of 100 MB (indicative only)\n' +
      '  --json    print the results as JSON on stdout instead of Markdown tables\n' +
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
if (typeof globalThis.gc !== 'function') log('note: run with node --expose-gc for steadier figures');

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
const prefix = (bytes) => leadingArticles(articles, bytes);
const wholeProbes = [16e3, 64e3, 256e3, 1e6, 4e6].map((b) => {
  const input = prefix(b).join('\n\n');
  return { input, bytes: utf8Bytes(input) };
});
const articleProbes = [16e3, 128e3, 1e6].map((b) => {
  const input = prefix(b);
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
  const linFns = [...copyFn, ...byId(libFns, ['normalize:search', 'normalize:light', 'offsets:search'])];
  const small = prefix(1e6).join('\n\n');
  const big = repeatToSize(whole, settings.bigBytes);
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
};

if (json) {
  const results = cases.map((c) => ({
    id: c.id,
    label: c.label,
    mode: c.mode,
    bytes: c.bytes,
    mbps: c.mbps,
    ratioToCopy: c.mbps && byKey.get(`copy@${c.mode}`)?.mbps ? c.mbps / byKey.get(`copy@${c.mode}`).mbps : undefined,
    medianMs: c.medianMs,
    samples: c.samples,
    skipped: c.skipped,
    error: c.error,
  }));
  const corpus = { path: corpusPath, files: files.length, articles: articles.length, bytes: wholeBytes };
  const out = { date: new Date().toISOString(), quick, clock: wall ? 'wall' : 'cpu', machine, corpus, settings, results, targets, fastPathAllocation };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} else {
  const all = [...baseFns, ...libFns];
  const lines = [
    `## tanqih benchmark (${quick ? 'quick' : 'full'} run, ${new Date().toISOString().slice(0, 16)}Z)`,
    '',
    `Machine: ${machine.nproc} cores, ${machine.cpu}, ${machine.memoryGB} GB, Node ${machine.node} (V8 ${machine.v8}); load average ${machine.loadAverage.before.toFixed(1)} → ${machine.loadAverage.after.toFixed(1)} during the run (${machine.wallSeconds} s).`,
    `Corpus: ${articles.length} articles, ${(wholeBytes / 1e6).toFixed(1)} MB of UTF-8. MB/s = 10^6 bytes of UTF-8 input per second of ${wall ? 'wall-clock' : 'process CPU (user + system)'} time, median of interleaved rounds; × copy = ratio to the UTF-16 copy of the same input.`,
    '',
    section('Corpus', all, [
      { mode: 'whole', title: 'whole corpus' },
      { mode: 'article', title: 'per article' },
    ], byKey),
    '',
    section('Already-clean input (fast path)', [...copyFn, ...normalizeFns], [
      { mode: 'clean-whole', title: "'search' output, whole" },
      { mode: 'clean-article', title: "'search' output, per article" },
      { mode: 'ascii-whole', title: 'ASCII prose' },
    ], byKey),
  ];
  if (fastPathAllocation) {
    const mb = (fastPathAllocation.allocatedBytes / 1e6).toFixed(2);
    lines.push('', `Heap allocated by normalize('search') on the clean whole corpus: ${mb} MB (input string: ${(fastPathAllocation.inputUtf16Bytes / 1e6).toFixed(1)} MB).`);
  }
  if (!flag('no-big')) {
    lines.push('', section('Linear growth', [...copyFn, ...byId(libFns, ['normalize:search', 'normalize:light', 'offsets:search'])], [
      { mode: 'lin-1MB', title: '1 MB' },
      { mode: 'lin-big', title: bigLabel },
    ], byKey));
  }
  lines.push('', targetTable(targets));
  const skipped = notes(cases);
  if (skipped) lines.push('', skipped);
  process.stdout.write(`${lines.join('\n')}\n`);
}

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

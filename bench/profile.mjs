#!/usr/bin/env node
// Runs one library call over the corpus many times, for a CPU profile:
//
//   node --cpu-prof --cpu-prof-dir=prof bench/profile.mjs normalize search [--article] [--seconds 10] [--clean]
//   node bench/cpuprofile-summary.mjs prof/*.cpuprofile
//
// Arguments: the export's name, then its second argument (a profile name, optional). --article
// loops over the articles instead of the whole corpus as one string; --clean feeds text already
// normalized with 'search' (the fast path). Corpus and library as in bench/run.mjs.
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { corpusFiles, loadArticles, utf8Bytes } from './corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const valueOf = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback;
};
const positional = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--seconds');
const [name = 'normalize', option] = positional;
const seconds = Number(valueOf('seconds', '10'));

const files = corpusFiles(resolve(process.env.TANQIH_CORPUS ?? resolve(root, '../shared/corpus')));
if (files.length === 0) {
  process.stderr.write('profile: no corpus found (set TANQIH_CORPUS); nothing to do.\n');
  process.exit(0);
}
const lib = await import(pathToFileURL(resolve(process.env.TANQIH_DIST ?? resolve(root, 'dist/index.js'))).href);
const fn = lib[name];
if (typeof fn !== 'function') {
  process.stderr.write(`profile: dist does not export a function named ${name}\n`);
  process.exit(1);
}
const call = option === undefined ? (s) => fn(s) : (s) => fn(s, option);

let articles = loadArticles(files);
if (argv.includes('--clean')) articles = articles.map((a) => lib.normalize(a, 'search'));
const whole = articles.join('\n\n');
const bytes = utf8Bytes(whole);
const perArticle = argv.includes('--article');

let calls = 0;
let sink = 0;
const t0 = performance.now();
while (performance.now() - t0 < seconds * 1000) {
  if (perArticle) for (const a of articles) sink += call(a) === a ? 1 : 0;
  else sink += call(whole) === whole ? 1 : 0;
  calls++;
}
const ms = performance.now() - t0;
process.stderr.write(
  `${name}(${option ?? ''}) ${perArticle ? 'per article' : 'whole corpus'}: ${calls} pass(es), ` +
    `${((bytes * calls) / 1e6 / (ms / 1000)).toFixed(1)} MB/s (sink ${sink})\n`,
);

#!/usr/bin/env node
/* global console, process, performance */
// Large inputs (npm run test:large): no stack overflow, no out-of-memory, linear time.
//
// Phase 1: 1 MB runs of one code unit (a mark, tatweel, ZWJ, RLM, a lone surrogate, ...) through
//   every exported text function, checking the result contracts (offsets valid, edits re-apply,
//   removals in bounds).
// Phase 2: 10 MB and 100 MB strings through normalize, normalizeWithOffsets, repair,
//   removeBoilerplate and cleanArticle (those exported), realistic (generated Arabic news
//   sentences, repeated) and degenerate (one 100 MB word; a letter and tatweel/marks with no
//   space). Each case runs in its own child process with --max-old-space-size=8192, so a stack
//   overflow or an OOM is reported as a failure, not a crash of this script. Fails when the
//   100 MB case costs more than 15x the 10 MB one.
//
//   node scripts/large-input.mjs                 # both phases
//   LARGE_SIZES_MB="5,50" node scripts/large-input.mjs
//   LARGE_ONLY=repair node scripts/large-input.mjs
//
// Writes reports/large-input.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// TANQIH_DIST points at another build of the package entry (default: dist/index.js).
const DIST = process.env.TANQIH_DIST ?? join(ROOT, 'dist', 'index.js');
const SCRIPT = fileURLToPath(import.meta.url);
const MB = 1_000_000;
const SIZES = (process.env.LARGE_SIZES_MB ?? '10,100').split(',').map((s) => Number(s) * MB);
const MAX_RATIO = 15;
const CHILD_TIMEOUT_MS = Number(process.env.LARGE_TIMEOUT_MS ?? 600_000);

const BIG_FUNCTIONS = ['normalize', 'normalizeWithOffsets', 'repair', 'removeBoilerplate', 'cleanArticle'];

// ---------------------------------------------------------------------------------------------
// Text generation (deterministic).

function rng(seed) {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

const SUBJECTS = ['وزير الخارجية', 'رئيس الوزراء', 'المتحدث باسم الحكومة', 'البنك المركزي', 'وزارة الصحة', 'الأمين العام', 'مجلس النواب', 'الشركة الوطنية'];
const VERBS = ['أعلن', 'أكد', 'قال', 'أوضح', 'كشف', 'نفى', 'أشار إلى أن', 'طالب بأن'];
const OBJECTS = ['المفاوضات مستمرة', 'الاتفاق سيوقع قريبا', 'الأسعار ارتفعت بنسبة ٣٫٥٪', 'المشروع تكلف 334.5 مليار جنيه', 'الاجتماع تأجل', 'الصادرات زادت', 'التعاون الاقتصادي يتسع'];
const WHEN = ['يوم الثلاثاء', 'في 30 نوفمبر 2023', 'في مارس/آذار الماضي', 'في 16 جمادى الأولى 1445 هـ الموافق 30 نوفمبر 2023 م', 'أمس', 'في أغسطس/أب 2012', 'خلال الأسبوع الماضي'];
const WHERE = ['في القاهرة', 'في الرياض', 'في بيروت', 'في الرباط', 'في دبي', 'في عمّان'];
const EXTRAS = [
  '\nاقرأ أيضا\nعنوان مقال آخر عن أسعار النفط\n',
  '\nالمصدر: وكالة الأنباء\n',
  '\nكلمات دلالية: الاقتصاد السياسة\n',
  ' كان يهدف يهدف إلى ذلك ',
  ' تضامنهمع ',
];

/** About `size` code units of generated news text (paragraphs of 3-6 sentences). */
function realisticBase(size) {
  const r = rng(20261129);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const parts = [];
  let length = 0;
  while (length < size) {
    const n = 3 + Math.floor(r() * 4);
    const sentences = [];
    for (let i = 0; i < n; i++) sentences.push(`${pick(VERBS)} ${pick(SUBJECTS)} ${pick(WHERE)} ${pick(WHEN)} أن ${pick(OBJECTS)}.`);
    let paragraph = sentences.join(' ');
    if (r() < 0.15) paragraph += pick(EXTRAS);
    parts.push(paragraph);
    length += paragraph.length + 1;
  }
  return parts.join('\n');
}

/** Texts by kind, each exactly `size` code units. */
const TEXTS = {
  realistic: (size) => realisticBase(Math.min(size, MB)).concat('\n').repeat(Math.ceil(size / Math.min(size, MB))).slice(0, size),
  'one giant word': (size) => 'بتكلفةمليار'.repeat(Math.ceil(size / 11)).slice(0, size),
  'letters, tatweel and marks, no space': (size) => 'بـَّـتـــ\u0670ك'.repeat(Math.ceil(size / 10)).slice(0, size),
};

/** Degenerate 1 MB units for phase 1. */
const UNITS = {
  'fatha': '\u064e',
  'shadda': '\u0651',
  'dagger alef': '\u0670',
  'hamza above': '\u0654',
  'astral mark U+10EFD': '\u{10efd}',
  'tatweel': 'ـ',
  'ZWJ': '\u200d',
  'ZWNJ': '\u200c',
  'RLM': '\u200f',
  'lone high surrogate': '\ud800',
  'space': ' ',
  'newline': '\n',
  'lam-alef ligature': 'ﻷ',
  'ﷺ (18-letter expansion)': 'ﷺ',
  'digit': '٣',
};

// ---------------------------------------------------------------------------------------------
// Contract checks (cheap, linear) for phase 1 and 2 results.

function checkResult(name, input, result) {
  if (name === 'normalizeWithOffsets') {
    const { text, offsets } = result;
    if (offsets.length !== text.length + 1 || offsets[text.length] !== input.length) return 'offsets length/end wrong';
    for (let i = 1; i < offsets.length; i++) if (offsets[i] < offsets[i - 1]) return `offsets not monotonic at ${i}`;
  } else if (name === 'repair') {
    let at = 0;
    const parts = [];
    for (const e of result.edits) {
      if (e.start < at || e.end < e.start || e.end > input.length) return 'edits out of order/bounds';
      parts.push(input.slice(at, e.start), e.replacement);
      at = e.end;
    }
    parts.push(input.slice(at));
    if (parts.join('') !== result.text) return 'edits do not re-apply';
  } else if (name === 'removeBoilerplate' || name === 'cleanArticle') {
    let at = 0;
    for (const r of result.removed) {
      if (r.start < at || r.end <= r.start || r.end > input.length) return 'removals out of order/bounds';
      at = r.end;
    }
  } else if (typeof result !== 'string' && name !== 'findDates' && name !== 'parseMonth' && name !== 'lastNormalizationBoundary') {
    return `returned ${typeof result}`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Child: one (function, text, size) case.

async function child([name, kind, sizeText]) {
  const api = await import(pathToFileURL(DIST).href);
  const fn = api[name];
  const size = Number(sizeText);
  let text = TEXTS[kind](size);
  text.indexOf('\u0000'); // flatten the rope before timing
  fn(TEXTS[kind](50_000)); // warm up
  globalThis.gc?.();
  const t0 = performance.now();
  const result = fn(text);
  const ms = performance.now() - t0;
  const problem = checkResult(name, text, result);
  const heapMb = process.memoryUsage().rss / MB;
  text = '';
  process.stdout.write(JSON.stringify({ ms, problem, rssMb: heapMb }));
}

function runChild(name, kind, size) {
  const run = spawnSync(
    process.execPath,
    ['--max-old-space-size=8192', '--expose-gc', SCRIPT, '--child', name, kind, String(size)],
    { encoding: 'utf8', timeout: CHILD_TIMEOUT_MS, maxBuffer: 16 << 20 },
  );
  if (run.error?.code === 'ETIMEDOUT' || run.signal === 'SIGTERM') return { error: `no answer within ${CHILD_TIMEOUT_MS / 1000} s` };
  if (run.status !== 0) {
    const stderr = run.stderr ?? '';
    const reason = /Maximum call stack/u.test(stderr)
      ? 'stack overflow'
      : /heap out of memory|Allocation failed|Invalid string length|Array buffer allocation failed/u.test(stderr)
        ? 'out of memory'
        : `exit ${run.status ?? run.signal}`;
    const firstLine = stderr.split('\n').find((l) => /Error|error/u.test(l)) ?? '';
    return { error: `${reason}: ${firstLine.trim().slice(0, 160)}` };
  }
  return JSON.parse(run.stdout);
}

// ---------------------------------------------------------------------------------------------
// Main.

async function main() {
  if (!existsSync(DIST)) {
    console.error('dist/index.js not found: run `npm run build` first (npm run test:large does).');
    process.exit(2);
  }
  const api = await import(pathToFileURL(DIST).href);
  const only = process.env.LARGE_ONLY;
  const failures = [];
  const report = { phase1: [], phase2: [] };

  // Phase 1: 1 MB runs of one unit through every exported text function.
  const textFunctions = Object.keys(api).filter(
    (name) => typeof api[name] === 'function' && !/^[A-Z]/u.test(name) &&
      !['createNormalizeStream', 'hijriToGregorian', 'gregorianToHijri', 'describeNormalization', 'applyEdits', 'isNormalizationBoundary'].includes(name),
  );
  console.log(`Phase 1: 1 MB runs of one code unit through ${textFunctions.length} functions`);
  const started1 = performance.now();
  for (const name of textFunctions) {
    if (only !== undefined && !name.includes(only)) continue;
    let worst = { ms: 0, unit: '' };
    for (const [unitName, unit] of Object.entries(UNITS)) {
      const input = unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
      const t0 = performance.now();
      let problem;
      try {
        problem = checkResult(name, input, api[name](input));
      } catch (error) {
        problem = `threw ${error.name}: ${error.message}`;
      }
      const ms = performance.now() - t0;
      if (ms > worst.ms) worst = { ms, unit: unitName };
      report.phase1.push({ name, unit: unitName, ms, problem });
      if (problem !== undefined) failures.push(`${name} on 1 MB of ${unitName}: ${problem}`);
    }
    console.log(`  ${name.padEnd(26)} slowest: ${worst.unit.padEnd(26)} ${worst.ms.toFixed(0).padStart(6)} ms`);
  }
  console.log(`  (${((performance.now() - started1) / 1000).toFixed(0)} s)\n`);

  // Phase 2: 10 MB vs 100 MB.
  const header = `${'function'.padEnd(22)} ${'text'.padEnd(38)} ${SIZES.map((s) => `${s / MB} MB ms`.padStart(12)).join(' ')} ${'ratio'.padStart(7)} ${'MB/s'.padStart(7)} ${'RSS MB'.padStart(7)}  verdict`;
  console.log(`Phase 2: ${SIZES.map((s) => `${s / MB} MB`).join(' vs ')}, fail above ${MAX_RATIO}x, each case in its own process\n`);
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const name of BIG_FUNCTIONS) {
    if (only !== undefined && !name.includes(only)) continue;
    if (typeof api[name] !== 'function') {
      console.log(`${name.padEnd(22)} (not exported yet: skipped)`);
      continue;
    }
    for (const kind of Object.keys(TEXTS)) {
      const results = [];
      for (const size of SIZES) {
        const r = runChild(name, kind, size);
        results.push(r);
        if (r.error !== undefined) break; // a larger size will not do better
      }
      const err = results.find((r) => r.error !== undefined || r.problem !== undefined);
      const [small, large] = results;
      const ratio = small && large && small.ms !== undefined && large.ms !== undefined ? large.ms / Math.max(small.ms, 1) : Number.NaN;
      const ok = err === undefined && !(ratio > MAX_RATIO);
      const times = SIZES.map((_, i) => (results[i]?.ms === undefined ? '-' : results[i].ms.toFixed(0)).padStart(12)).join(' ');
      const last = results.at(-1);
      const mbs = last?.ms ? ((SIZES[results.length - 1] / MB) / (last.ms / 1000)).toFixed(1) : '-';
      const rss = last?.rssMb ? last.rssMb.toFixed(0) : '-';
      const verdict = ok ? 'ok' : `FAIL ${err?.error ?? err?.problem ?? `ratio above ${MAX_RATIO}x`}`;
      console.log(`${name.padEnd(22)} ${kind.padEnd(38)} ${times} ${(Number.isNaN(ratio) ? '-' : `${ratio.toFixed(1)}x`).padStart(7)} ${mbs.padStart(7)} ${rss.padStart(7)}  ${verdict}`);
      report.phase2.push({ name, kind, sizes: SIZES, results, ratio, ok });
      if (!ok) failures.push(`${name} on ${kind}: ${verdict}`);
    }
  }
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  writeFileSync(join(ROOT, 'reports', 'large-input.json'), JSON.stringify(report, null, 2));
  console.log('');
  for (const f of failures) console.log(`FAIL ${f}`);
  const total = report.phase1.length + report.phase2.length;
  console.log(`${total - failures.length} passed, ${failures.length} failed`);
  process.exitCode = failures.length > 0 ? 1 : 0;
}

if (process.argv[2] === '--child') await child(process.argv.slice(3));
else await main();

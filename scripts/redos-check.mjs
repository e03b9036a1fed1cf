#!/usr/bin/env node
/* global console, process, performance, setTimeout, clearTimeout */
// ReDoS / super-linear time check (npm run test:redos).
//
// Feeds every exported function of the built package (dist/index.js) adversarial inputs at 100 kB
// and 1 MB, takes the best of 3 timings of each, and FAILS when the 10x larger input costs more
// than 30x the time (a quadratic path costs ~100x; the margin absorbs a noisy shared machine).
//
// Inputs: hand-built ones for the patterns the library scans for (runs of one marker prefix,
// spaces, digits with separators, «اقرأ» without «أيضا», month names, slashes, repeated words, one
// giant line, ...) plus ones built from the library's own data tables (every src/**/data/*.ts and
// src/boilerplate/markers.ts, bundled with esbuild): each table's first entry repeated, the
// longest entry minus its last letter repeated (a marker that never completes), and all entries in
// one run. Each function runs in a worker thread with a watchdog, so a hang is reported, not waited on.
//
// Noise guards (a shared 2-core machine): sizes under 10 ms count as 10 ms; a case above 30x is
// measured again (3 rounds, best per size); if still above 30x, 2 MB is timed, and the case passes
// only if 2 MB costs at most 2.6x the 1 MB time (linear at scale; a quadratic path costs ~4x).
//
//   node scripts/redos-check.mjs            # summary table (worst input per call) + every failure
//   node scripts/redos-check.mjs --all      # every (call, input) row
//   node scripts/redos-check.mjs --full     # every input for every call, more calls (slow, not for CI)
//   REDOS_ONLY=repair node scripts/redos-check.mjs   # calls whose label contains the string
//
// Writes the full results to reports/redos.json.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// TANQIH_DIST points at another build of the package entry (default: dist/index.js).
const DIST = process.env.TANQIH_DIST ?? join(ROOT, 'dist', 'index.js');
const SIZES = [100_000, 1_000_000];
/** --full: every input for every call, and four inputs per data table instead of two (slow). */
const FULL = process.argv.includes('--full');
const REPEATS = 3;
const MAX_RATIO = 30;
/**
 * Timings below this are noise: the small size is counted as at least this long. 100 kB fits in
 * the CPU caches and 1 MB does not, so a linear pass measured at 1-5 ms can show 20-45x (measured:
 * parseMonth 4 ms at 100 kB, 8 ms at 200 kB, 85 ms at 500 kB, 208 ms at 1 MB, 383 ms at 2 MB). A
 * quadratic path costs far more than 10 ms at 100 kB (n^2 = 10^10 steps); one confined to a
 * thousandth of the pairs would hide here, and is what the 10 MB vs 100 MB check of
 * scripts/large-input.mjs catches.
 */
const FLOOR_MS = 10;
const gc = typeof globalThis.gc === 'function' ? globalThis.gc : () => undefined;
/** A single call at the small size slower than this fails the case (100 kB in 20 s is a hang). */
const SMALL_TIMEOUT_MS = Number(process.env.REDOS_SMALL_TIMEOUT_MS ?? 20_000);
/** A single call at the large size slower than this fails the case. */
const CASE_TIMEOUT_MS = Number(process.env.REDOS_CASE_TIMEOUT_MS ?? 60_000);
/** A call stops being timed after this many failing inputs (it fails anyway; keeps CI short). */
const MAX_FAILURES_PER_CALL = 3;
/** A case above the limit passes when doubling the large size costs at most this factor. */
const MAX_DOUBLING = 2.6;
/** Rounds of measurement for a case whose first round is above the limit. */
const CONFIRM_ROUNDS = 3;
/** A run slower than this is not repeated. */
const SLOW_RUN_MS = 3000;

// ---------------------------------------------------------------------------------------------
// Calls: how each export is exercised, and which data areas are "its patterns".

/** label → { name, area tags, how to call } ; calls for absent exports are skipped with a note. */
const CALLS = [
  { label: 'normalize(light)', name: 'normalize', areas: ['chars'], call: (f, s) => f(s) },
  { label: 'normalize(ml)', name: 'normalize', areas: ['chars'], fullOnly: true, call: (f, s) => f(s, 'ml') },
  { label: 'normalize(search)', name: 'normalize', areas: ['chars'], call: (f, s) => f(s, 'search') },
  { label: 'normalize(elongation)', name: 'normalize', areas: ['elongation'], call: (f, s) => f(s, { profile: 'search', elongation: true }) },
  { label: 'normalizeWithOffsets(light)', name: 'normalizeWithOffsets', areas: ['chars'], fullOnly: true, call: (f, s) => f(s) },
  { label: 'normalizeWithOffsets(search)', name: 'normalizeWithOffsets', areas: ['chars'], call: (f, s) => f(s, 'search') },
  ...[
    'stripDiacritics', 'stripTatweel', 'foldAlef', 'foldYa', 'foldTehMarbuta', 'foldHamza', 'foldLookalikes',
    'toAsciiDigits', 'stripInvisibles', 'foldPresentationForms', 'normalizeWhitespace',
  ].map((name) => ({ label: name, name, areas: ['chars'], generic: 'chars', call: (f, s) => f(s) })),
  { label: 'lastNormalizationBoundary', name: 'lastNormalizationBoundary', areas: ['chars'], call: (f, s) => f(s) },
  { label: 'findDates', name: 'findDates', areas: ['dates'], call: (f, s) => f(s) },
  { label: 'findDates(libyan)', name: 'findDates', areas: ['dates'], fullOnly: true, call: (f, s) => f(s, { libyan: true }) },
  { label: 'parseMonth', name: 'parseMonth', areas: ['dates'], call: (f, s) => f(s) },
  { label: 'repair', name: 'repair', areas: ['repair'], call: (f, s) => f(s) },
  { label: 'applyEdits(repair)', name: 'applyEdits', areas: ['repair'], needs: 'repair', fullOnly: true, call: (f, s, api) => f(s, api.repair(s).edits) },
  { label: 'removeBoilerplate', name: 'removeBoilerplate', areas: ['boilerplate', 'article'], call: (f, s) => f(s) },
  { label: 'cleanArticle', name: 'cleanArticle', areas: ['boilerplate', 'article'], call: (f, s) => f(s) },
  {
    label: 'createNormalizeStream(search)',
    name: 'createNormalizeStream',
    areas: ['chars'],
    async: true,
    call: async (f, s) => {
      const stream = f('search');
      const writer = stream.writable.getWriter();
      const reader = stream.readable.getReader();
      const reading = (async () => {
        let n = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return n;
          n += value.length;
        }
      })();
      for (let i = 0; i < s.length; i += 65_536) await writer.write(s.slice(i, i + 65_536));
      await writer.close();
      return reading;
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Inputs. Each is a unit repeated to the target size (cut at exactly `size` code units).

const SENTENCES = [
  'أعلن وزير الخارجية يوم الثلاثاء 28 نوفمبر 2023 عن زيارة رسمية إلى الرياض لبحث التعاون الاقتصادي.',
  'وقال المتحدث باسم الحكومة إن المشروع سيكتمل في مارس/آذار المقبل بتكلفة تبلغ 334.5 مليار جنيه.',
  'وأضاف أن المفاوضات التي بدأت في 16 جمادى الأولى 1445 هـ الموافق 30 نوفمبر 2023 م ما زالت مستمرة.',
];

/**
 * Hand-built adversarial units: [label, unit, tag]. 'core' = every call; 'chars' = the character
 * engine's calls (normalize, normalizeWithOffsets); 'any' = every call above the character engine;
 * an area name = the calls of that area; 'extra' = only with --full (which gives every call every
 * input).
 */
const HAND_BUILT = [
  ['realistic sentences, line per sentence', SENTENCES.join('\n') + '\n', 'core'],
  ['one giant line (no newline)', SENTENCES.join(' ') + ' ', 'core'],
  ['spaces', ' ', 'core'],
  ['spaces then letter (trim pattern)', ' '.repeat(999) + 'ب', 'chars'],
  ['mixed whitespace (NBSP, tab, thin)', '\u00a0\t\u2009 \u202f', 'chars'],
  ['newlines', '\n', 'core'],
  ['CRLF', '\r\n', 'chars'],
  ['space-newline runs', ' \n \n', 'chars'],
  ['one mark (fatha)', '\u064e', 'core'],
  ['tatweel', 'ـ', 'core'],
  ['letter with every haraka', 'بًٌٍَُِّْ', 'chars'],
  ['decomposed alef + hamza', 'ا\u0654', 'chars'],
  ['lone high surrogate', '\ud800', 'core'],
  ['emoji ZWJ sequence', '👨\u200d👩\u200d👧', 'chars'],
  ['ZWNJ between letters', 'ب\u200c', 'chars'],
  ['RLM between digits', '٣٠\u200f/', 'chars'],
  ['lam-alef + ﷺ presentation forms', 'ﻷﷺ', 'chars'],
  ['letter repeated (elongation)', 'ي', 'elongation'],
  ['word with a repeated letter (elongation)', 'جميييل ', 'elongation'],
  ['one long word (no spaces)', 'بتكلفة', 'any'],
  ['digits', '1', 'extra'],
  ['Arabic-Indic digits', '٣', 'chars'],
  ['digits and slashes', '1/', 'any'],
  ['digit pairs and dashes', '12-09-', 'dates'],
  ['digits dots', '1.', 'any'],
  ['digits and spaces', '1 ', 'extra'],
  ['year after year', '2023 ', 'dates'],
  ['slashes', '/', 'extra'],
  ['dots', '.', 'extra'],
  ['colons and pipes', ':|', 'any'],
  ['open parentheses', '(', 'any'],
  ['guillemets', '«»', 'extra'],
  ['dashes', ' - ', 'any'],
  ['hashtag underscores', '#_', 'extra'],
  ['URL path', 'https://a.b/a/', 'any'],
  ['Latin letters', 'a', 'extra'],
  ['read-also without أيضا', 'اقرأ ', 'boilerplate'],
  ['read-also marker prefix glued', 'اقرأ', 'boilerplate'],
  ['read-also marker + colon', 'اقرأ أيضا: ', 'boilerplate'],
  ['read-also on its own line', 'اقرأ أيضاً\n', 'boilerplate'],
  ['قد يهمك without أيضا', 'قد يهمك ', 'boilerplate'],
  ['source label without colon', 'المصدر ', 'boilerplate'],
  ['source label lines', 'المصدر: \n', 'boilerplate'],
  ['tag label', 'كلمات دلالية ', 'boilerplate'],
  ['publish-date label', 'تاريخ النشر ', 'boilerplate'],
  ['dateline prefix', 'القاهرة - ', 'boilerplate'],
  ['dateline parens', '(أ ش أ) ', 'boilerplate'],
  ['(CNN) prefix', '(CNN) ', 'boilerplate'],
  ['copyright sign', '© ', 'boilerplate'],
  ['month name', 'مارس ', 'dates'],
  ['month pair slashes', 'مارس/آذار/', 'dates'],
  ['bare كانون', 'كانون ', 'dates'],
  ['جمادى without its second word', 'جمادى ', 'dates'],
  ['day + month', '30 نوفمبر ', 'dates'],
  ['day month day month (no year)', '1 مايو 2 مايو ', 'dates'],
  ['الموافق runs', 'الموافق ', 'dates'],
  ['era marker', 'هـ ', 'dates'],
  ['weekday names', 'الثلاثاء ', 'dates'],
  ['English month', 'November 30, ', 'dates'],
  ['repeated word', 'يهدف ', 'repair'],
  ['legit repeated pair', 'بي ', 'repair'],
  ['stutter fragment', 'أنه نه ', 'repair'],
  ['teh marbuta glued', 'مدرسة', 'repair'],
  ['letter glued to number', 'إلي334.5', 'repair'],
  ['proclitic on number', 'و86 ', 'repair'],
];

/** Strings found anywhere in a data module's exports. */
function collectStrings(value, out, depth = 0) {
  if (depth > 8) return;
  if (typeof value === 'string') {
    if (value.trim() !== '') out.push(value);
  } else if (Array.isArray(value)) {
    for (const v of value) collectStrings(v, out, depth + 1);
  } else if (value !== null && typeof value === 'object') {
    if (value instanceof Map) for (const [k, v] of value) { collectStrings(k, out, depth + 1); collectStrings(v, out, depth + 1); }
    else if (value instanceof Set) for (const v of value) collectStrings(v, out, depth + 1);
    else for (const v of Object.values(value)) collectStrings(v, out, depth + 1);
  }
}

/** Data tables of src/ (each src/<area>/data/*.ts and src/boilerplate/markers.ts), bundled with esbuild. */
async function dataTables() {
  let build;
  try {
    ({ build } = await import('esbuild'));
  } catch {
    console.log('note: esbuild not available; inputs from data tables skipped');
    return [];
  }
  const files = [];
  const src = join(ROOT, 'src');
  for (const area of readdirSync(src, { withFileTypes: true })) {
    if (!area.isDirectory()) continue;
    const dataDir = join(src, area.name, 'data');
    if (existsSync(dataDir)) {
      for (const f of readdirSync(dataDir)) if (f.endsWith('.ts')) files.push({ area: area.name, path: join(dataDir, f) });
    }
    const markers = join(src, area.name, 'markers.ts');
    if (existsSync(markers)) files.push({ area: area.name, path: markers });
  }
  const outdir = join(ROOT, 'temp', 'redos-data');
  mkdirSync(outdir, { recursive: true });
  const tables = [];
  for (const file of files) {
    const outfile = join(outdir, `${relative(src, file.path).replaceAll('/', '__')}.mjs`);
    try {
      await build({ entryPoints: [file.path], outfile, bundle: true, format: 'esm', platform: 'neutral', logLevel: 'silent' });
      const mod = await import(pathToFileURL(outfile).href);
      const strings = [];
      collectStrings(Object.values(mod), strings);
      if (strings.length > 0) tables.push({ area: file.area, name: relative(src, file.path), strings: [...new Set(strings)] });
    } catch (error) {
      console.log(`note: could not load ${relative(ROOT, file.path)}: ${error.message}`);
    }
  }
  return tables;
}

/** All inputs: [{ label, unit, areas }]. */
async function inputs() {
  const list = HAND_BUILT.map(([label, unit, tag]) => ({ label, unit, tag }));
  for (const table of await dataTables()) {
    const longest = table.strings.reduce((a, b) => (b.length > a.length ? b : a));
    const tag = table.area;
    if (FULL) list.push({ label: `${table.name}: first entry repeated`, unit: `${table.strings[0]} `, tag });
    if (longest.length > 1) list.push({ label: `${table.name}: longest entry minus last letter`, unit: `${longest.slice(0, -1)} `, tag });
    list.push({ label: `${table.name}: all entries in one line`, unit: `${table.strings.join(' ')} `, tag });
    if (FULL) list.push({ label: `${table.name}: all entries glued`, unit: table.strings.join(''), tag });
  }
  return list;
}

/** The unit repeated to exactly `size` code units. */
function grow(unit, size) {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

// ---------------------------------------------------------------------------------------------
// Worker: times one call over its inputs, posting each result.

async function workerMain() {
  const { callIndex, inputList, startAt } = workerData;
  const api = await import(pathToFileURL(DIST).href);
  const spec = CALLS[callIndex];
  const fn = api[spec.name];
  // Warm up the JIT on a small realistic input.
  for (let i = 0; i < 3; i++) await spec.call(fn, grow(SENTENCES.join('\n'), 20_000), api);
  for (let i = startAt; i < inputList.length; i++) {
    const input = inputList[i];
    const texts = SIZES.map((size) => grow(input.unit, size));
    let times = [];
    // A ratio above the limit is measured again (up to CONFIRM_ROUNDS rounds, keeping each size's
    // best): on a shared machine one noisy round is common, a real super-linear path fails every round.
    for (let round = 0; round < CONFIRM_ROUNDS; round++) {
      const measured = [];
      for (const [k, size] of SIZES.entries()) {
        // The larger size may take at most 2 * MAX_RATIO times the smaller one per run: beyond
        // that the main thread stops the worker and reports the case without waiting.
        const small = Math.min(measured[0] ?? Number.POSITIVE_INFINITY, times[0] ?? Number.POSITIVE_INFINITY);
        const deadlineMs = k === 0 ? SMALL_TIMEOUT_MS : Math.min(CASE_TIMEOUT_MS, 2 * MAX_RATIO * Math.max(small, FLOOR_MS) + 2000);
        let best = Number.POSITIVE_INFINITY;
        for (let r = 0; r < REPEATS; r++) {
          // Best of 3 where it can change the verdict: the small size's best only matters above the
          // floor, and more runs of the large size can only lower the ratio, so a ratio already
          // within the limit (or a run too slow to be noise) needs no more runs.
          if (r > 0 && best > SLOW_RUN_MS) break;
          if (r > 0 && k === 0 && best <= FLOOR_MS) break;
          if (r > 0 && k === 1 && best / Math.max(small, FLOOR_MS) <= MAX_RATIO) break;
          parentPort.postMessage({ kind: 'start', index: i, size, deadlineMs });
          gc();
          const t0 = performance.now();
          try {
            await spec.call(fn, texts[k], api);
          } catch (error) {
            parentPort.postMessage({ kind: 'result', index: i, error: `${error.name}: ${error.message}` });
            best = Number.NaN;
            break;
          }
          best = Math.min(best, performance.now() - t0);
        }
        measured.push(best);
        if (Number.isNaN(best)) break;
      }
      if (measured.some(Number.isNaN)) {
        times = measured;
        break;
      }
      times = round === 0 ? measured : times.map((t, k) => Math.min(t, measured[k]));
      if (times[1] / Math.max(times[0], FLOOR_MS) <= MAX_RATIO || times[0] > SLOW_RUN_MS) break;
    }
    // Still above the limit after the confirmation rounds: time twice the large size. A super-linear
    // path costs at least ~4x on doubling; a linear one whose small size merely sat in the CPU caches
    // costs ~2x. The verdict keeps the 30x rule unless the doubling shows linear growth (<= 2.6x).
    let doubling;
    if (!times.some(Number.isNaN) && times[1] / Math.max(times[0], FLOOR_MS) > MAX_RATIO && times[1] <= SLOW_RUN_MS) {
      const text = grow(input.unit, 2 * SIZES[1]);
      let best = Number.POSITIVE_INFINITY;
      for (let r = 0; r < 2; r++) {
        parentPort.postMessage({ kind: 'start', index: i, size: 2 * SIZES[1], deadlineMs: Math.min(CASE_TIMEOUT_MS, 8 * times[1] + 2000) });
        gc();
        const t0 = performance.now();
        await spec.call(fn, text, api);
        best = Math.min(best, performance.now() - t0);
      }
      doubling = best / times[1];
    }
    if (!times.some(Number.isNaN)) parentPort.postMessage({ kind: 'result', index: i, times, doubling });
  }
  parentPort.postMessage({ kind: 'done' });
}

// ---------------------------------------------------------------------------------------------
// Main: runs each call's worker with a watchdog, prints the table, sets the exit code.

/** Runs one call over the inputs from `startAt`; resolves to the results and where it stopped. */
function runWorker(callIndex, inputList, startAt, onResult, shouldStop) {
  return new Promise((resolve) => {
    const worker = new Worker(fileURLToPath(import.meta.url), {
      workerData: { callIndex, inputList, startAt },
      resourceLimits: { maxOldGenerationSizeMb: 4096 },
    });
    let current = { index: startAt, size: 0, deadlineMs: 120_000 };
    let timer;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void worker.terminate();
        resolve({ hungAt: current });
      }, current.deadlineMs + 5000);
    };
    arm();
    worker.on('message', (msg) => {
      if (msg.kind === 'start') {
        current = msg;
        arm();
      } else if (msg.kind === 'result') {
        onResult(msg);
        if (shouldStop()) {
          clearTimeout(timer);
          void worker.terminate();
          resolve({ stopped: true });
        }
      } else if (msg.kind === 'done') {
        clearTimeout(timer);
        void worker.terminate();
        resolve({});
      }
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      resolve({ crashed: error, at: current });
    });
  });
}

function pad(text, width, right = false) {
  const s = String(text);
  return right ? s.padStart(width) : s.padEnd(width);
}

async function main() {
  if (!existsSync(DIST)) {
    console.error('dist/index.js not found: run `npm run build` first (npm run test:redos does).');
    process.exit(2);
  }
  const api = await import(pathToFileURL(DIST).href);
  const all = await inputs();
  const only = process.env.REDOS_ONLY;
  const rows = [];
  const notes = [];
  const started = performance.now();
  for (const [callIndex, spec] of CALLS.entries()) {
    if (only !== undefined && !spec.label.includes(only)) continue;
    if (spec.fullOnly === true && !FULL) continue;
    if (typeof api[spec.name] !== 'function' || (spec.needs !== undefined && typeof api[spec.needs] !== 'function')) {
      notes.push(`skipped ${spec.label}: ${spec.name} is not exported yet`);
      continue;
    }
    // The call's own patterns: character-level inputs for all, text-level ones for the main calls,
    // and the inputs built for its areas. One-rule helpers share the normalize engine: they get the
    // character-level inputs only. --full gives every call every input.
    const mine = all.filter(
      (input) =>
        FULL ||
        input.tag === 'core' ||
        (spec.generic === undefined && spec.areas.includes(input.tag)) ||
        (input.tag === 'any' && !spec.areas.includes('chars')),
    );
    const callStarted = performance.now();
    let startAt = 0;
    while (startAt < mine.length) {
      const outcome = await runWorker(callIndex, mine, startAt, (msg) => {
        const input = mine[msg.index];
        if (msg.error !== undefined) {
          rows.push({ call: spec.label, input: input.label, error: msg.error, ok: false });
          return;
        }
        const [small, large] = msg.times;
        const ratio = large / Math.max(small, FLOOR_MS);
        const linearAtScale = msg.doubling !== undefined && msg.doubling <= MAX_DOUBLING;
        if (linearAtScale) notes.push(`${spec.label} on ${input.label}: ${ratio.toFixed(1)}x, but 2 MB costs ${msg.doubling.toFixed(2)}x the 1 MB time (linear at scale): passed`);
        rows.push({ call: spec.label, input: input.label, small, large, ratio, doubling: msg.doubling, ok: ratio <= MAX_RATIO || linearAtScale });
      }, () => rows.filter((r) => r.call === spec.label && !r.ok).length >= MAX_FAILURES_PER_CALL);
      if (outcome.stopped === true) {
        notes.push(`${spec.label}: stopped after ${MAX_FAILURES_PER_CALL} failures (the rest of its inputs not timed)`);
        break;
      }
      if (outcome.hungAt !== undefined) {
        const input = mine[outcome.hungAt.index];
        const { size, deadlineMs } = outcome.hungAt;
        const why =
          size === SIZES[0]
            ? `hang: one ${size / 1000} kB run took over ${SMALL_TIMEOUT_MS / 1000} s`
            : deadlineMs >= CASE_TIMEOUT_MS
              ? `one ${size / 1000} kB run took over ${CASE_TIMEOUT_MS / 1000} s`
              : `super-linear: one ${size / 1000} kB run took over ${2 * MAX_RATIO}x the ${SIZES[0] / 1000} kB time`;
        rows.push({ call: spec.label, input: input.label, error: `${why} (stopped after ${(deadlineMs / 1000).toFixed(1)} s)`, ok: false });
        startAt = outcome.hungAt.index + 1;
        if (rows.filter((r) => r.call === spec.label && !r.ok).length >= MAX_FAILURES_PER_CALL) {
          notes.push(`${spec.label}: stopped after ${MAX_FAILURES_PER_CALL} failures (the rest of its inputs not timed)`);
          break;
        }
      } else if (outcome.crashed !== undefined) {
        const input = mine[outcome.at.index];
        rows.push({ call: spec.label, input: input?.label ?? '?', error: `worker crashed: ${outcome.crashed.message}`, ok: false });
        startAt = outcome.at.index + 1;
      } else {
        break;
      }
    }
    process.stderr.write(`  ${spec.label}: ${mine.length} inputs in ${((performance.now() - callStarted) / 1000).toFixed(1)} s\n`);
  }

  const failures = rows.filter((r) => !r.ok);
  const showAll = process.argv.includes('--all');
  const header = `${pad('call', 30)} ${pad('worst input (by ratio)', 58)} ${pad('100 kB ms', 10, true)} ${pad('1 MB ms', 10, true)} ${pad('ratio', 7, true)}  verdict`;
  console.log(`\nReDoS check: ${SIZES.map((s) => `${s / 1000} kB`).join(' vs ')}, best of ${REPEATS}, fail above ${MAX_RATIO}x (floor ${FLOOR_MS} ms)\n`);
  console.log(header);
  console.log('-'.repeat(header.length));
  const byCall = new Map();
  for (const r of rows) {
    if (!byCall.has(r.call)) byCall.set(r.call, []);
    byCall.get(r.call).push(r);
  }
  const line = (r) =>
    r.error !== undefined
      ? `${pad(r.call, 30)} ${pad(r.input.slice(0, 58), 58)} ${pad('', 10)} ${pad('', 10)} ${pad('', 7)}  FAIL ${r.error}`
      : `${pad(r.call, 30)} ${pad(r.input.slice(0, 58), 58)} ${pad(r.small.toFixed(1), 10, true)} ${pad(r.large.toFixed(1), 10, true)} ${pad(`${r.ratio.toFixed(1)}x`, 7, true)}  ${r.ok ? 'ok' : 'FAIL'}`;
  for (const [call, list] of byCall) {
    if (showAll) {
      for (const r of list) console.log(line(r));
      continue;
    }
    const timed = list.filter((r) => r.error === undefined);
    const worst = timed.reduce((a, b) => (a === undefined || b.ratio > a.ratio ? b : a), undefined);
    const slowest = timed.reduce((a, b) => (a === undefined || b.large > a.large ? b : a), undefined);
    if (worst !== undefined) console.log(line(worst));
    if (slowest !== undefined && slowest !== worst) console.log(line({ ...slowest, call: `${call} (slowest)` }));
    for (const r of list.filter((x) => !x.ok && x !== worst)) console.log(line(r));
    void call;
  }
  for (const note of notes) console.log(`note: ${note}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`\n${rows.length} (call, input) pairs timed in ${seconds} s; ${failures.length} failed.`);
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  writeFileSync(join(ROOT, 'reports', 'redos.json'), JSON.stringify({ sizes: SIZES, maxRatio: MAX_RATIO, rows, notes }, null, 2));
  console.log(`${rows.length - failures.length} passed, ${failures.length} failed`);
  process.exitCode = failures.length > 0 ? 1 : 0;
}

if (isMainThread) await main();
else await workerMain();

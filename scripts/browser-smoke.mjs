/* global console, process, URL, window, navigator, ReadableStream */
// Real-browser smoke test (`npm run test:browser`): the ESM build (dist/index.js) loads in headless
// Chromium through a <script type="module"> and gives the same results as in Node.
//
// - Browser: Debian's chromium (`apt-get install -y chromium`), driven by playwright-core with
//   `executablePath` (no browser download; the machines have no network), a fresh user-data dir
//   and flags that keep it off the network. Override the binary with CHROMIUM_PATH.
// - dist/ is served from a node:http server on 127.0.0.1 (random port).
// - The same case runner runs in Node (on dist/index.js) and in the page; the JSON of the results
//   (typed arrays as arrays, lone surrogates escaped) must be identical, as must the export list.
//   Functions the build does not export yet are skipped in both.
//
// Exits non-zero on a mismatch, a page error, or a module that fails to load.
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize as normalizePath, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

if (!existsSync(join(dist, 'index.js'))) {
  console.error('browser-smoke: FAIL: dist/index.js is missing: run `npm run build` first');
  process.exit(1);
}
if (!existsSync(executablePath)) {
  console.error(`browser-smoke: FAIL: no browser at ${executablePath}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  process.exit(1);
}

// Realistic news-text inputs written for this test: diacritics, tatweel, hamza carriers, Arabic-Indic
// and Persian digits, presentation forms, invisible marks, a lone surrogate, an emoji, dates.
const TEXTS = [
  '',
  'قالَ وزيرُ الخارجيّة إنّ المفاوضـــات ستُستأنف الأسبوع المقبل.',
  'أعلنت الهيئة العامة للإحصاء أن نسبة التضخم بلغت ٣٫٥٪ في شهر مايو، مقابل ۴ في المئة العام الماضي.',
  'ﻻ تزال الأسعار مرتفعة\u200f في أسواق القاهرة\u200c اليوم؛ وذلك بحسب التجار.',
  'القاهرة في يوم الثلاثاء 5 مارس/آذار 2024 - عقد مجلس الوزراء اجتماعه الأسبوعي.',
  'تُقام الاحتفالات في 15 رمضان 1445 هـ الموافق 25 مارس 2024 م بحضور المحافظ.',
  'صدر القرار في تشرين الأول (أكتوبر) الماضي، ونُشر في الجريدة الرسمية يوم 12 جانفي 2023.',
  'اقرأ أيضا: ارتفاع أسعار الذهب في السوق المحلية\nالمصدر: وكالة الأنباء\nكلمات دلالية: اقتصاد، ذهب',
  'سجل المؤشر الرئيسي ارتفاعاً ملحوظاً ملحوظاً خلال تعاملات الاسبوع 👍 \uD800 نهاية',
];
const PROFILES = ['light', 'ml', 'search'];
const ONE_ARG = [
  'findDates', 'repair', 'removeBoilerplate', 'cleanArticle', 'stripDiacritics', 'stripTatweel', 'foldAlef', 'foldYa',
  'foldTehMarbuta', 'foldHamza', 'foldLookalikes', 'toAsciiDigits', 'stripInvisibles', 'foldPresentationForms',
  'normalizeWhitespace',
];
const CASES = [
  ...TEXTS.flatMap((t) => [['normalize', [t]], ...PROFILES.flatMap((p) => [['normalize', [t, p]], ['normalizeWithOffsets', [t, p]]])]),
  ...ONE_ARG.flatMap((name) => TEXTS.map((t) => [name, [t]])),
  ...['مارس', 'آذار', 'تشرين الأول', 'جانفي', 'رمضان', 'ذو الحجة', 'nothing'].map((m) => ['parseMonth', [m]]),
  ['hijriToGregorian', [{ year: 1445, month: 9, day: 15 }]],
  ['hijriToGregorian', [{ year: 1445, month: 13, day: 1 }]],
  ['gregorianToHijri', [{ year: 2024, month: 3, day: 25 }]],
  ['normalize', [42]],
  ['normalize', ['نص', 'no-such-profile']],
];
const STREAM_CHUNKS = ['قالَ وزيرُ الخارجـ', 'ـيّة إنّ المفاوضات\u200f', ' ستُستأنف ٣ مارس', ''];

/**
 * Runs the cases on a library module and returns the JSON of the results. Self-contained: its
 * source is also evaluated in the browser page.
 */
async function runCases(lib, casesJson, chunksJson) {
  const out = { names: Object.keys(lib).sort(), results: [] };
  for (const [name, args] of JSON.parse(casesJson)) {
    if (typeof lib[name] !== 'function') continue;
    try {
      out.results.push([name, args, lib[name](...args)]);
    } catch (error) {
      out.results.push([name, args, { threw: error instanceof Error ? error.name : typeof error }]);
    }
  }
  if (typeof lib.createNormalizeStream === 'function') {
    for (const profile of ['light', 'search']) {
      const chunks = JSON.parse(chunksJson);
      const source = new ReadableStream({
        start(controller) {
          for (const c of chunks) controller.enqueue(c);
          controller.close();
        },
      });
      const reader = source.pipeThrough(lib.createNormalizeStream(profile)).getReader();
      let text = '';
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        text += value;
      }
      out.results.push(['createNormalizeStream', [profile], text]);
    }
  }
  return JSON.stringify(out, (_key, value) =>
    ArrayBuffer.isView(value) ? { [value.constructor.name]: Array.from(value) } : value,
  );
}

const CONTENT_TYPES = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json', '.html': 'text/html; charset=utf-8' };
const PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>tanqih browser smoke</title></head>
<body><script type="module">
import * as lib from './index.js';
window.tanqih = lib;
window.tanqihLoaded = true;
</script></body></html>`;

function serveDist() {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/' || url.pathname === '/index.html') {
      res.writeHead(200, { 'content-type': CONTENT_TYPES['.html'] }).end(PAGE);
      return;
    }
    const file = normalizePath(join(dist, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dist + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function firstDifference(a, b) {
  const x = JSON.parse(a);
  const y = JSON.parse(b);
  if (JSON.stringify(x.names) !== JSON.stringify(y.names)) return `exports differ: node ${x.names} / browser ${y.names}`;
  for (let i = 0; i < Math.max(x.results.length, y.results.length); i++) {
    const p = JSON.stringify(x.results[i]);
    const q = JSON.stringify(y.results[i]);
    if (p !== q) return `case ${i}:\n  node:    ${p}\n  browser: ${q}`;
  }
  return 'results differ';
}

const casesJson = JSON.stringify(CASES);
const chunksJson = JSON.stringify(STREAM_CHUNKS);
const nodeLib = await import(pathToFileURL(join(dist, 'index.js')).href);
const expected = await runCases(nodeLib, casesJson, chunksJson);

const userDataDir = mkdtempSync(join(tmpdir(), 'tanqih-chromium-'));
const server = await serveDist();
const { port } = server.address();
let context;
let failed = false;
try {
  // playwright-core refuses `--user-data-dir` in args: a persistent context takes it as a parameter.
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_FLAGS,
    timeout: 60_000,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => window.tanqihLoaded === true, undefined, { timeout: 15_000 }).catch(() => {
    problems.push('the ESM build did not load (window.tanqihLoaded never set)');
  });
  const version = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));
  if (problems.length === 0) {
    const actual = await page.evaluate(`(${runCases.toString()})(window.tanqih, ${JSON.stringify(casesJson)}, ${JSON.stringify(chunksJson)})`);
    const summary = JSON.parse(expected);
    if (actual !== expected) {
      problems.push(`browser results differ from Node: ${firstDifference(expected, actual)}`);
    } else {
      console.log(
        `browser-smoke: OK: ${summary.results.length} results identical in Node ${process.version} and Chromium ${version}` +
          ` (exports: ${summary.names.join(', ')})`,
      );
    }
  }
  if (problems.length > 0) {
    failed = true;
    for (const p of problems) console.error(`browser-smoke: FAIL: ${p}`);
  }
} finally {
  await context?.close();
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
if (failed) process.exitCode = 1;

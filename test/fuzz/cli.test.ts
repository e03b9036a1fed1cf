// Malformed JSON Lines for the CLI: through its pure modules (line splitter, batch processor) and
// by spawning the real binary (bundled from src/cli/main.ts) on hostile stdin.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { getFunction } from './api-table.js';
import { anyString, hostileText } from './arbitraries.js';
import { check, PROPERTY_TIMEOUT_MS } from './budget.js';
import { bundle, ROOT } from './bundle.js';
import { describe as show, ensure } from './invariants.js';

interface Batcher<T> {
  push(chunk: T): T[];
  flush(): T[];
}
interface BatchResult {
  readonly output: string;
  readonly docs: number;
  readonly errors: readonly { readonly line: number; readonly message: string }[];
  readonly stopped: boolean;
}
/** Batches as the CLI has shaped them: `text` (decoded or bytes) now, `lines` in earlier versions. */
type BatchProcessor = (batch: { file: string; firstLine: number; text: string | Uint8Array; lines: readonly string[] }) => BatchResult;

const CLI_DIR = join(ROOT, 'src', 'cli');
const hasCli = existsSync(join(CLI_DIR, 'main.ts'));
if (!hasCli) throw new Error(`CLI fuzz: no CLI sources at ${CLI_DIR}`);

/** Imports a CLI module by path, or undefined when the CLI has not landed (or was reorganized). */
async function cliModule(file: string): Promise<Record<string, unknown> | undefined> {
  const path = join(CLI_DIR, file);
  if (!existsSync(path)) return undefined;
  return (await import(/* @vite-ignore */ path)) as Record<string, unknown>;
}

/** One line of a JSON Lines file as a scraper pipeline might break it. */
const jsonlLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: anyString.map((text) => JSON.stringify({ text })) },
  { weight: 1, arbitrary: anyString.map((text) => JSON.stringify({ id: 7, text, tags: ['a'], nested: { text: 1 } })) },
  { weight: 1, arbitrary: anyString.map((text) => JSON.stringify({ body: text })) }, // field missing
  { weight: 1, arbitrary: fc.constantFrom('{"text": 42}', '{"text": null}', '{"text": ["x"]}', '{"text": {"a": 1}}', '{"text": true}') },
  { weight: 1, arbitrary: fc.constantFrom('[]', '[1,2]', '42', '"text"', 'null', 'true', '{}') }, // not an object
  { weight: 2, arbitrary: fc.tuple(anyString, fc.nat()).map(([text, cut]) => { const s = JSON.stringify({ text }); return s.slice(0, cut % s.length); }) }, // truncated
  { weight: 2, arbitrary: hostileText(20) }, // not JSON at all
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t', '\u00a0', '\ufeff{"text":"نص"}', '{"text":"\\ud800"}', '{"text":"a","text":"ب"}') },
  { weight: 1, arbitrary: fc.constantFrom('{"__proto__":{"polluted":1},"text":"نص"}', '{"constructor":{"prototype":{"x":1}},"text":"س"}') },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 20_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`) }, // deep nesting
  { weight: 1, arbitrary: fc.constantFrom('{"text":"' + 'ـ'.repeat(50_000) + '"}', '{"text":"\\u0000\\u001f\\u007f\\u200f"}') },
);
const jsonlFile = fc
  .tuple(fc.array(jsonlLine, { maxLength: 25 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([lines, nl, trailing]) => lines.join(nl) + (trailing ? nl : ''));

describe.runIf(hasCli)('fuzz: CLI pure modules on malformed JSON Lines', () => {
  let createLineBatcher: ((minChars: number) => Batcher<string>) | undefined;
  let createByteLineBatcher: ((minBytes: number) => Batcher<Uint8Array>) | undefined;
  let splitLines: ((text: string) => string[]) | undefined;
  let createBatchProcessor: ((spec: Record<string, unknown>) => BatchProcessor) | undefined;
  beforeAll(async () => {
    const batches = await cliModule('line-batches.ts');
    createLineBatcher = batches?.['createLineBatcher'] as typeof createLineBatcher;
    createByteLineBatcher = batches?.['createByteLineBatcher'] as typeof createByteLineBatcher;
    splitLines = batches?.['splitLines'] as typeof splitLines;
    createBatchProcessor = (await cliModule('batch.ts'))?.['createBatchProcessor'] as typeof createBatchProcessor;
  });

  /** Feeds `chunks` to a batcher; returns the batches in order, flush included. */
  function feed<T>(batcher: Batcher<T>, chunks: readonly T[]): T[] {
    const out: T[] = [];
    for (const chunk of chunks) out.push(...batcher.push(chunk));
    out.push(...batcher.flush());
    return out;
  }

  test('the line batcher cuts only at line feeds and loses nothing, however the input is chunked', () => {
    if (createLineBatcher === undefined || splitLines === undefined) return;
    const make = createLineBatcher;
    const split = splitLines;
    check(
      fc.property(jsonlFile, fc.array(fc.nat(), { maxLength: 10 }), fc.integer({ min: 1, max: 200 }), (file, cuts, minChars) => {
        const points = [...new Set(cuts.map((c) => c % (file.length + 1)))].sort((a, b) => a - b);
        const chunks = [...points, file.length].map((p, i, all) => file.slice(i === 0 ? 0 : all[i - 1], p));
        const batches = feed(make(minChars), chunks);
        ensure(batches.join('') === file, `batches ${show(batches)} do not rebuild ${show(file)}`);
        for (const b of batches.slice(0, -1)) ensure(b.endsWith('\n'), `batch ${show(b)} does not end at a line feed`);
        ensure(JSON.stringify(batches.flatMap(split)) === JSON.stringify(split(file)), 'lines differ from the whole input');
      }),
      100,
    );
  }, PROPERTY_TIMEOUT_MS);

  test('the byte batcher cuts UTF-8 only at line feeds: every batch decodes on its own', () => {
    if (createByteLineBatcher === undefined || splitLines === undefined) return;
    const make = createByteLineBatcher;
    const split = splitLines;
    check(
      fc.property(jsonlFile, fc.array(fc.nat(), { maxLength: 10 }), fc.integer({ min: 1, max: 300 }), (file, cuts, minBytes) => {
        const bytes = new TextEncoder().encode(file);
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [...points, bytes.length].map((p, i, all) => bytes.slice(i === 0 ? 0 : all[i - 1], p));
        const batches = feed(make(minBytes), chunks);
        const joined = Buffer.concat(batches);
        ensure(joined.equals(Buffer.from(bytes)), 'byte batches do not rebuild the input');
        for (const b of batches.slice(0, -1)) ensure(b[b.length - 1] === 0x0a, 'a byte batch does not end at a line feed');
        // A BOM is only a BOM at the start of the file (the CLI decodes later batches with ignoreBOM).
        const decoded = batches.map((b, i) => new TextDecoder('utf-8', { ignoreBOM: i > 0 }).decode(b));
        ensure(JSON.stringify(decoded.flatMap(split)) === JSON.stringify(split(new TextDecoder().decode(bytes))), 'lines differ after decoding per batch');
      }),
      100,
    );
  }, PROPERTY_TIMEOUT_MS);

  test('every non-blank line becomes one output record or one error with its line number', () => {
    if (createBatchProcessor === undefined) return;
    const normalize = getFunction('normalize')!;
    const spec = { command: 'normalize', jsonl: true, field: 'text', outField: undefined, options: {}, strict: false, encoding: 'utf-8' };
    const process = createBatchProcessor(spec);
    check(
      fc.property(fc.array(jsonlLine, { maxLength: 25 }), fc.integer({ min: 1, max: 1e6 }), fc.boolean(), (raw, firstLine, asBytes) => {
        const lines = raw.map((l) => l.replace(/[\r\n]/gu, ' '));
        const text = lines.map((l) => `${l}\n`).join('');
        const result = process({ file: 'fuzz.jsonl', firstLine, lines, text: asBytes ? new TextEncoder().encode(text) : text });
        // Bytes are decoded as UTF-8: a lone surrogate becomes U+FFFD, like any file on disk.
        const utf8 = (l: string, i: number): string => new TextDecoder('utf-8', { ignoreBOM: !(firstLine === 1 && i === 0) }).decode(new TextEncoder().encode(l));
        const seen = asBytes ? lines.map(utf8) : lines;
        const nonBlank = seen.filter((l) => l.trim() !== '').length;
        ensure(!result.stopped, 'stopped without --strict');
        ensure(result.docs + result.errors.length === nonBlank, `docs ${result.docs} + errors ${result.errors.length} !== ${nonBlank} non-blank lines`);
        for (const e of result.errors) {
          ensure(e.line >= firstLine && e.line < firstLine + lines.length, `error line ${e.line} out of range`);
          ensure(seen[e.line - firstLine]!.trim() !== '', `error reported on blank line ${e.line}`);
          ensure(e.message.length > 0, 'empty error message');
        }
        const out = result.output === '' ? [] : result.output.replace(/\n$/u, '').split('\n');
        ensure(out.length === result.docs, `${out.length} output lines for ${result.docs} docs`);
        const good = seen.filter((l, i) => l.trim() !== '' && !result.errors.some((e) => e.line === firstLine + i));
        for (const [i, line] of out.entries()) {
          const record = JSON.parse(line) as Record<string, unknown>;
          const input = JSON.parse(good[i]!) as Record<string, unknown>;
          ensure(record['text'] === normalize(input['text']), `output ${i} is not normalize(text) of its input`);
        }
      }),
      100,
    );
  }, PROPERTY_TIMEOUT_MS);

  test('--strict stops at the first bad line', () => {
    if (createBatchProcessor === undefined) return;
    const process = createBatchProcessor({ command: 'normalize', jsonl: true, field: 'text', outField: undefined, options: {}, strict: true, encoding: 'utf-8' });
    const lines = ['{"text":"أ"}', 'not json', '{"text":"ب"}'];
    const result = process({ file: 'x', firstLine: 1, lines, text: lines.map((l) => `${l}\n`).join('') });
    expect(result.stopped).toBe(true);
    expect(result.docs).toBe(1);
    expect(result.errors.map((e) => e.line)).toEqual([2]);
  });
});

describe.runIf(hasCli)('fuzz: the tanqih binary on malformed JSON Lines', () => {
  let cli = '';
  beforeAll(async () => {
    cli = await bundle('src/cli/main.ts', 'cli');
  }, 60_000);

  test('never crashes: exit 0 or 1, JSON on stdout, errors without stack traces', () => {
    // A handful of processes (each costs ~100 ms), each fed a whole fuzzed file.
    const files = fc.sample(jsonlFile, { numRuns: 6, seed: Number(process.env['FC_SEED'] ?? 9) });
    files.push('{"text":"نص"}\n'.repeat(3000) + '{broken\n');
    for (const [i, input] of files.entries()) {
      for (const jobs of i === files.length - 1 ? ['1', '2'] : ['1']) {
        const run = spawnSync(process.execPath, [cli, 'normalize', '--jsonl', '--quiet', '--jobs', jobs], {
          input,
          encoding: 'utf8',
          timeout: 60_000,
          maxBuffer: 256 << 20,
        });
        const where = `input #${i} ${show(input)} (--jobs ${jobs})`;
        expect(run.signal, `${where}: killed`).toBeNull();
        expect([0, 1], `${where}: exit ${run.status}, stderr ${run.stderr}`).toContain(run.status);
        const stack = run.stderr.split('\n').some((l) => l.trimStart().startsWith('at ') && l.includes('.'));
        expect(stack || run.stderr.includes('internal error'), `${where}: crashed with ${run.stderr}`).toBe(false);
        for (const line of run.stdout.split('\n').filter((l) => l !== '')) {
          expect(() => JSON.parse(line) as unknown, `${where}: stdout line is not JSON: ${line.slice(0, 80)}`).not.toThrow();
        }
      }
    }
  }, 180_000);
});


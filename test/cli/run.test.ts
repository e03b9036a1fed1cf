import { describe, expect, it } from 'vitest';
import { BATCH_BYTES, BATCH_CHARS, EXIT, runCli } from '../../src/cli/run.js';
import { findDates, normalize, repair } from '../../src/index.js';
import { fakeHost } from './fake-host.js';

const article = 'أعلنت وزارة الصحة   اليوم عن افتتاح مستشفى جديد.\r\nوقال الوزير إن المشروع سيخدم آلاف المرضى.\n';

describe('runCli (in-process, fake host)', () => {
  it('prints the version and the help', async () => {
    const run = fakeHost({});
    expect(await runCli(['--version'], run.host)).toBe(EXIT.ok);
    expect(await runCli(['--help'], run.host)).toBe(EXIT.ok);
    expect(await runCli(['normalize', '--help'], run.host)).toBe(EXIT.ok);
    expect(run.stdout()).toMatch(/^9\.9\.9\n/);
    expect(run.stdout()).toContain('Usage: tanqih <command>');
    expect(run.stdout()).toContain('tanqih normalize [options] [files...]');
    expect(run.stdout()).toContain('Exit codes');
  });

  it('exits 2 with a hint on usage errors', async () => {
    const run = fakeHost({});
    expect(await runCli(['normalize', '--nope'], run.host)).toBe(EXIT.usage);
    expect(await runCli(['normalize', '--encoding', 'klingon'], run.host)).toBe(EXIT.usage);
    expect(await runCli(['normalize', '--profile', 'nonexistent-profile'], run.host)).toBe(EXIT.usage);
    expect(run.stderr()).toContain("tanqih: unknown option '--nope'\nRun 'tanqih --help' for usage.");
    expect(run.stderr()).toContain("unknown --encoding 'klingon'");
    expect(run.stderr()).toContain('profile');
    expect(run.stdout()).toBe('');
  });

  it('normalizes stdin as one streamed document', async () => {
    const run = fakeHost({ '-': article });
    expect(await runCli(['normalize', '--profile', 'search'], run.host)).toBe(EXIT.ok);
    expect(run.stdout()).toBe(normalize(article, 'search'));
    expect(run.stderr()).toBe('');
  });

  it('normalizes files in order into --output, and reports a missing file with exit 1', async () => {
    const run = fakeHost({ 'a.txt': article, 'b.txt': 'كتـاب' });
    expect(await runCli(['normalize', 'a.txt', 'missing.txt', 'b.txt', '-o', 'out.txt'], run.host)).toBe(EXIT.failed);
    expect(run.files()['out.txt']).toBe(normalize(article) + normalize('كتـاب'));
    expect(run.stderr()).toMatch(/^tanqih: missing\.txt: ENOENT/);
  });

  it('decodes windows-1256 input', async () => {
    // "خبر عاجل" in Windows-1256 bytes.
    const bytes = Uint8Array.from([0xce, 0xc8, 0xd1, 0x20, 0xda, 0xc7, 0xcc, 0xe1]);
    const run = fakeHost({ 'old.txt': bytes }, { chunkSize: 3 });
    expect(await runCli(['normalize', '--encoding', 'windows-1256', 'old.txt'], run.host)).toBe(EXIT.ok);
    expect(run.stdout()).toBe(normalize('خبر عاجل'));
  });

  it('processes one document per line with --lines', async () => {
    const run = fakeHost({ '-': 'أحمد\n\nإلى\r\nكتـاب' });
    expect(await runCli(['normalize', '--lines', '--profile', 'search', '-j', '1'], run.host)).toBe(EXIT.ok);
    expect(run.stdout()).toBe(['أحمد', '', 'إلى', 'كتـاب'].map((l) => `${normalize(l, 'search')}\n`).join(''));
  });

  it('round-trips JSON Lines, reporting bad lines by file and line and skipping them', async () => {
    const input = '{"id":1,"text":"أحمد"}\n{"id":2,"text":\n{"id":3}\n{"id":4,"text":"إلى"}\n';
    const run = fakeHost({ 'in.jsonl': input });
    expect(await runCli(['normalize', '--jsonl', '--profile', 'search', '--jobs', '1', 'in.jsonl'], run.host)).toBe(EXIT.ok);
    const out = run.stdout().trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(out).toEqual([{ id: 1, text: normalize('أحمد', 'search') }, { id: 4, text: normalize('إلى', 'search') }]);
    expect(run.stderr()).toMatch(/^tanqih: in\.jsonl:2: bad JSON \(.*\) \(line skipped\)\ntanqih: in\.jsonl:3: field 'text' is missing \(line skipped\)\n$/);
  });

  it('stops at the first bad line with --strict and exits 1, keeping the lines before it', async () => {
    const run = fakeHost({ '-': '{"text":"أ"}\nnope\n{"text":"ب"}\n' });
    expect(await runCli(['normalize', '--jsonl', '--strict', '-j', '1'], run.host)).toBe(EXIT.failed);
    expect(run.stdout()).toBe(`{"text":${JSON.stringify(normalize('أ'))}}\n`);
    expect(run.stderr()).toMatch(/^tanqih: <stdin>:2: bad JSON .*\n$/);
    expect(run.stderr()).not.toContain('skipped');
  });

  it('keeps input order with worker threads (default jobs = cores) across batches and files', async () => {
    const lines = Array.from({ length: 6017 }, (_, i) => JSON.stringify({ id: i, text: `خبر رقم ${i} أحمد` }));
    const run = fakeHost({ 'a.jsonl': `${lines.join('\n')}\n`, 'b.jsonl': lines.slice(0, 5).join('\n') }, { chunkSize: 4096, cores: 3 });
    expect(await runCli(['normalize', '--jsonl', '--profile', 'search', 'a.jsonl', 'b.jsonl'], run.host)).toBe(EXIT.ok);
    const ids = run.stdout().trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: number }).id);
    expect(ids).toEqual([...lines.keys(), 0, 1, 2, 3, 4]);
    expect(run.workerRuns()).toBeGreaterThan(3); // several batches, completed out of order
  });

  it('draws a progress bar when the host gives a size, and none when quiet', async () => {
    const run = fakeHost({ '-': '{"text":"أ"}\n' }, { progressTotal: 14 });
    expect(await runCli(['normalize', '--jsonl', '-j', '1'], run.host)).toBe(EXIT.ok);
    expect(run.stderr()).toMatch(/^\r\[.*\] +\d+% .* docs\/s {2}ETA .*\n$/s);
    expect(run.stderr()).toContain('100%');
    const quiet = fakeHost({ '-': '{"text":"أ"}\n' }, { progressTotal: 14 });
    expect(await runCli(['normalize', '--jsonl', '-q'], quiet.host)).toBe(EXIT.ok);
    expect(quiet.stderr()).toBe('');
  });

  it('exits 1 when the output cannot be written', async () => {
    const run = fakeHost({ '-': 'نص' }, { failWrites: true });
    expect(await runCli(['normalize'], run.host)).toBe(EXIT.failed);
    expect(run.stderr()).toContain('EPIPE');
    const jsonl = fakeHost({ '-': '{"text":"نص"}\n' }, { failWrites: true });
    expect(await runCli(['normalize', '--jsonl', '-j', '1'], jsonl.host)).toBe(EXIT.failed);
    expect(jsonl.stderr()).toContain('EPIPE');
  });

  it('runs the whole-document commands on each file, reporting one that fails to read', async () => {
    const text = 'قال قال الوزير في 15 مايو 2024 إن الخطة جاهزة';
    const run = fakeHost({ 'a.txt': text });
    expect(await runCli(['repair', 'a.txt', 'gone.txt'], run.host)).toBe(EXIT.failed);
    expect(run.stdout()).toBe(repair(text).text);
    expect(run.stderr()).toMatch(/^tanqih: gone\.txt: ENOENT/);
    const dates = fakeHost({ '-': text });
    expect(await runCli(['dates'], dates.host)).toBe(EXIT.ok);
    expect(dates.stdout()).toBe(findDates(text).map((m) => `${JSON.stringify({ file: '<stdin>', ...m })}\n`).join(''));
  });

  it('reports a missing file in line mode and goes on with the next one', async () => {
    const run = fakeHost({ 'b.jsonl': '{"text":"أ"}\n' });
    expect(await runCli(['normalize', '--jsonl', '-j', '1', 'gone.jsonl', 'b.jsonl'], run.host)).toBe(EXIT.failed);
    expect(run.stderr()).toMatch(/^tanqih: gone\.jsonl: ENOENT/);
    expect(run.stdout()).toBe(`{"text":${JSON.stringify(normalize('أ'))}}\n`);
  });

  it('writes nothing from later files once --strict stops the run', async () => {
    const run = fakeHost({ 'a.jsonl': 'bad\n', 'b.jsonl': '{"text":"ب"}\n' });
    expect(await runCli(['normalize', '--jsonl', '--strict', '-j', '1', 'a.jsonl', 'b.jsonl'], run.host)).toBe(EXIT.failed);
    expect(run.stdout()).toBe('');
  });

  it('stops at a strict error found in a later batch of the same file', async () => {
    const bad = Math.ceil(BATCH_BYTES / 20) + 2; // past the first batch, with more batches after it
    const lines = Array.from({ length: bad * 3 }, (_, i) => (i === bad ? 'bad' : `{"id":${i},"text":"خبر"}`));
    const run = fakeHost({ '-': lines.join('\n') }, { chunkSize: 1 << 16 });
    expect(await runCli(['normalize', '--jsonl', '--strict', '-j', '1'], run.host)).toBe(EXIT.failed);
    expect(run.stdout().split('\n')).toHaveLength(bad + 1);
    expect(run.stderr()).toContain(`<stdin>:${bad + 1}: bad JSON`);
  });

  it('reads UTF-16 JSON Lines (decoded before batching) with the right line numbers', async () => {
    const text = `${'{"text":"أحمد"}\n'.repeat(3000)}oops\n{"text":"إلى"}`;
    const utf16 = new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le'));
    const run = fakeHost({ 'u.jsonl': utf16 }, { chunkSize: 4096, cores: 2 });
    expect(await runCli(['normalize', '--jsonl', '--encoding', 'utf-16le', '--profile', 'search', 'u.jsonl'], run.host)).toBe(EXIT.ok);
    const out = run.stdout().trimEnd().split('\n');
    expect(out).toHaveLength(3001);
    expect(out[3000]).toBe(`{"text":${JSON.stringify(normalize('إلى', 'search'))}}`);
    expect(run.stderr()).toMatch(/^tanqih: u\.jsonl:3001: bad JSON/);
  });

  it('stops UTF-16 input at a strict error in an early batch', async () => {
    const lines = Array.from({ length: Math.ceil(BATCH_CHARS / 10) * 4 }, (_, i) => (i === 3 ? '{' : '{"text":"ب"}'));
    const run = fakeHost({ '-': new Uint8Array(Buffer.from(lines.join('\n'), 'utf16le')) }, { chunkSize: 8192 });
    expect(await runCli(['normalize', '--jsonl', '--strict', '-j', '1', '--encoding', 'utf-16le'], run.host)).toBe(EXIT.failed);
    expect(run.stdout().split('\n')).toHaveLength(4);
    expect(run.stderr()).toMatch(/^tanqih: <stdin>:4: bad JSON/);
  });

  it('decodes a truncated UTF-8 sequence at the end of a document as U+FFFD', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('نص'), 0xd8]);
    const run = fakeHost({ '-': bytes }, { chunkSize: 2 });
    expect(await runCli(['repair'], run.host)).toBe(EXIT.ok);
    expect(run.stdout()).toBe(repair('نص\ufffd').text);
  });
});

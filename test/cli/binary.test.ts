import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../src/cli/command-names.js';
import { cleanArticle, findDates, normalize, repair } from '../../src/index.js';
import type { CommandName } from '../../src/cli/command-names.js';
import { builtCli } from './build-cli.js';
import { makeRecords, SENTENCES, toJsonl } from './fixtures.js';

let cli = '';
let work = '';
const corpus = process.env['TANQIH_CORPUS'] ?? join(import.meta.dirname, '../../../shared/corpus');
const cp1256 = join(corpus, 'cp1256');
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;

beforeAll(async () => {
  cli = await builtCli();
  work = mkdtempSync(join(tmpdir(), 'tanqih-cli-'));
}, 120_000);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

function tanqih(args: readonly string[], input?: string | Buffer): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cli, ...args], { input: input ?? '', encoding: 'utf8', cwd: work, maxBuffer: 1 << 28 });
}

function parseLines(text: string): Record<string, unknown>[] {
  return text.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

const article = `${SENTENCES.slice(0, 4).join('\r\n')}\r\n\r\n${SENTENCES.slice(4).join('  \n')}\n`;

describe('tanqih binary (spawned)', () => {
  it('prints its version and a help for every subcommand', () => {
    const version = tanqih(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version);
    const help = tanqih(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: tanqih <command>');
    for (const name of COMMAND_NAMES) {
      const sub = tanqih([name, '--help']);
      expect(sub.status).toBe(0);
      expect(sub.stdout).toContain(`tanqih ${name} [options] [files...]`);
      expect(sub.stdout).toContain('Exit codes');
    }
  });

  it('exits 2 on usage errors and 1 on a missing file, naming it', () => {
    const bad = tanqih(['normalize', '--bogus']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("unknown option '--bogus'");
    expect(tanqih([]).status).toBe(2);
    expect(tanqih(['normalize', '--jobs', 'many']).status).toBe(2);
    const missing = tanqih(['normalize', 'no-such-file.txt']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^tanqih: no-such-file\.txt: .*ENOENT/);
  });

  it('normalizes stdin to stdout, silently when stderr is piped', () => {
    const run = tanqih(['normalize', '--profile', 'search'], article);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(normalize(article, 'search'));
    expect(run.stderr).toBe('');
  });

  it('normalizes files, in order, into --output', () => {
    writeFileSync(join(work, 'one.txt'), article);
    writeFileSync(join(work, 'two.txt'), SENTENCES[6] ?? '');
    const run = tanqih(['normalize', '--profile', 'ml', 'one.txt', 'two.txt', '--output', 'out.txt']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(join(work, 'out.txt'), 'utf8')).toBe(normalize(article, 'ml') + normalize(SENTENCES[6] ?? '', 'ml'));
  });

  it('streams a large plain-text document with the same result as normalize', () => {
    const big = article.repeat(400); // ~300 kB: many stream batches
    const run = tanqih(['normalize', '--profile', 'search'], big);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(normalize(big, 'search'));
  });

  it('handles one document per line with --lines', () => {
    const run = tanqih(['normalize', '--lines', '--profile', 'search', '-j', '2'], article);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(article.replace(/\r?\n$/, '').split(/\r?\n/).map((l) => `${normalize(l, 'search')}\n`).join(''));
  });

  it('round-trips JSON Lines: other fields kept, the text field normalized, --out-field honoured', () => {
    const records = makeRecords(20);
    const run = tanqih(['normalize', '--jsonl', '--profile', 'search', '-j', '1'], toJsonl(records));
    expect(run.status).toBe(0);
    expect(parseLines(run.stdout)).toEqual(records.map((r) => ({ ...r, text: normalize(r.text, 'search') })));
    const renamed = records.map(({ text, ...rest }) => ({ ...rest, body: text }));
    const out = tanqih(['normalize', '--jsonl', '--field', 'body', '--out-field', 'norm', '-j', '1'], toJsonl(renamed));
    expect(parseLines(out.stdout)).toEqual(renamed.map((r) => ({ ...r, norm: normalize(r.body) })));
  });

  it('keeps input order with --jobs 2 over many batches, identical to --jobs 1', () => {
    const input = toJsonl(makeRecords(4500));
    const one = tanqih(['normalize', '--jsonl', '--profile', 'search', '--jobs', '1'], input);
    const two = tanqih(['normalize', '--jsonl', '--profile', 'search', '--jobs', '2'], input);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(parseLines(two.stdout).map((r) => r['id'])).toEqual([...Array(4500).keys()]);
  });

  it('reports bad JSON lines by file and line, skips them, and fails on them with --strict', () => {
    const records = makeRecords(6).map((r) => JSON.stringify(r));
    records.splice(2, 0, '{"id": 99, "text": "مقطوع');
    records.splice(5, 0, '{"id": 98}');
    writeFileSync(join(work, 'bad.jsonl'), `${records.join('\n')}\n`);
    const run = tanqih(['normalize', '--jsonl', '-j', '2', 'bad.jsonl']);
    expect(run.status).toBe(0);
    expect(parseLines(run.stdout).map((r) => r['id'])).toEqual([0, 1, 2, 3, 4, 5]);
    expect(run.stderr).toMatch(/^tanqih: bad\.jsonl:3: bad JSON .*\(line skipped\)\ntanqih: bad\.jsonl:6: field 'text' is missing \(line skipped\)\n$/);
    const strict = tanqih(['normalize', '--jsonl', '--strict', '-j', '2', 'bad.jsonl']);
    expect(strict.status).toBe(1);
    expect(parseLines(strict.stdout).map((r) => r['id'])).toEqual([0, 1]);
    expect(strict.stderr).toMatch(/^tanqih: bad\.jsonl:3: bad JSON/);
  });

  it('stops quietly with exit 0 when the reader of its output goes away (| head)', () => {
    writeFileSync(join(work, 'head.jsonl'), toJsonl(makeRecords(6000)));
    const run = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${cli}" normalize --jsonl head.jsonl | head -n 1`], {
      encoding: 'utf8',
      cwd: work,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(parseLines(run.stdout)).toHaveLength(1);
  });

  it.skipIf(!hasScript)('draws a progress bar on stderr when it is a terminal (util-linux script gives it one)', () => {
    writeFileSync(join(work, 'tty.jsonl'), toJsonl(makeRecords(3000)));
    const command = `"${process.execPath}" "${cli}" normalize --jsonl tty.jsonl > tty.out`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', cwd: work });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\r\[#{24}\] 100% {2}[\d.]+ kB \/ [\d.]+ kB {2}[\d,]+ docs\/s {2}ETA [\d:]+\r?\n/);
    expect(readFileSync(join(work, 'tty.out'), 'utf8').split('\n')).toHaveLength(3001);
    const quiet = spawnSync('script', ['-qec', `${command} --quiet`, '/dev/null'], { encoding: 'utf8', cwd: work });
    expect(quiet.stdout).toBe('');
  });

  it.skipIf(!existsSync(cp1256))('decodes the Windows-1256 files of the corpus with --encoding windows-1256', () => {
    const names = readdirSync(cp1256).filter((n) => n.endsWith('.txt')).slice(0, 3);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const path = join(cp1256, name);
      const run = tanqih(['normalize', '--encoding', 'windows-1256', path]);
      expect(run.status).toBe(0);
      const expected = normalize(new TextDecoder('windows-1256').decode(readFileSync(path)));
      expect(run.stdout).toBe(expected);
      expect(run.stdout).toMatch(/[\u0621-\u064a]{3}/);
      expect(run.stdout).not.toContain('\ufffd');
    }
  });

  it.skipIf(!hasParallel)('gives the same records under GNU parallel --pipe as in one process (sorted by id)', () => {
    const input = toJsonl(makeRecords(1500));
    writeFileSync(join(work, 'many.jsonl'), input);
    const single = tanqih(['normalize', '--jsonl', '--profile', 'search', '-j', '1', 'many.jsonl']);
    const sharded = spawnSync(
      'parallel',
      ['--will-cite', '--pipe', '--block', '100k', process.execPath, cli, 'normalize', '--jsonl', '--profile', 'search', '-j', '1'],
      { input, encoding: 'utf8', cwd: work, maxBuffer: 1 << 28 },
    );
    expect(sharded.status).toBe(0);
    const byId = (text: string): string[] => parseLines(text).sort((a, b) => Number(a['id']) - Number(b['id'])).map((r) => JSON.stringify(r));
    expect(byId(sharded.stdout)).toEqual(byId(single.stdout));
    expect(byId(sharded.stdout)).toHaveLength(1500);
  });
});

if (!existsSync(cp1256)) console.warn(`[test/cli] skipping the Windows-1256 test: ${cp1256} not found (set TANQIH_CORPUS)`);
if (!hasParallel) console.warn('[test/cli] skipping the GNU parallel test: `parallel` is not installed (Debian: apt-get install parallel)');

/** The library call behind each subcommand, for comparing the binary's output with it. */
const LIBRARY: Record<CommandName, (text: string) => unknown> = {
  normalize: (text) => normalize(text),
  dates: (text) => findDates(text),
  repair: (text) => repair(text),
  clean: (text) => cleanArticle(text),
};
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const DATED = [SENTENCES[1] ?? '', SENTENCES[2] ?? '', 'وصل الوفد في 3 يناير 2023 وغادر في جانفي 2024 .'];

describe.each(COMMAND_NAMES)('tanqih %s (spawned)', (name) => {
  const library = LIBRARY[name];

  it('JSON Lines: keeps every field and adds the library result', () => {
    const records = DATED.map((text, id) => ({ id, site: 'x', text: `${text} ${text}` }));
    const run = tanqih([name, '--jsonl', '-j', '2'], toJsonl(records));
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const outField = name === 'normalize' ? 'text' : name === 'clean' ? 'article' : name;
    expect(parseLines(run.stdout)).toEqual(records.map((r) => ({ ...r, [outField]: json(library(r.text)) })));
  });

  it('reads files and stdin the same way, and exits 1 for a missing file', () => {
    const text = DATED.join('\n');
    writeFileSync(join(work, `${name}.txt`), text);
    const fromFile = tanqih([name, `${name}.txt`]);
    const fromStdin = tanqih([name], text);
    expect(fromFile.status).toBe(0);
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout.replaceAll(`"file":"${name}.txt"`, '"file":"<stdin>"'));
    expect(fromFile.stdout.length).toBeGreaterThan(0);
    expect(tanqih([name, 'absent.txt']).status).toBe(1);
  });
});

describe('tanqih clean, dates and repair plain-text output', () => {
  it('clean prints the title, a blank line and the body; --lines one body per line', () => {
    const page = `${SENTENCES[0] ?? ''}\n\n${SENTENCES[1] ?? ''}\n${SENTENCES[5] ?? ''}\n${SENTENCES[4] ?? ''}\n`;
    writeFileSync(join(work, 'page.txt'), page);
    const run = tanqih(['clean', 'page.txt']);
    expect(run.status).toBe(0);
    const article = cleanArticle(page);
    expect(run.stdout).toBe(`${article.title === undefined ? '' : `${article.title}\n\n`}${article.body}\n`);
    const lines = tanqih(['clean', '--lines'], page);
    expect(lines.stdout).toBe(page.trimEnd().split('\n').map((l) => `${cleanArticle(l).body}\n`.replace(/^\n$/, '\n')).join(''));
  });

  it('dates prints one JSON line per mention with file and line', () => {
    const text = DATED.join('\n');
    const run = tanqih(['dates', '--lines'], text);
    expect(run.status).toBe(0);
    const expected = DATED.flatMap((line, i) => findDates(line).map((m) => json({ file: '<stdin>', line: i + 1, ...m })));
    expect(expected.length).toBeGreaterThan(2);
    expect(parseLines(run.stdout)).toEqual(expected);
    const whole = tanqih(['dates'], text);
    expect(parseLines(whole.stdout)).toEqual(findDates(text).map((m) => json({ file: '<stdin>', ...m })));
  });

  it('repair prints the repaired text', () => {
    const text = 'مضيفا أنه نه على الرغم من الظروف\nقال قال الوزير إن الخطة جاهزة';
    const run = tanqih(['repair'], text);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(repair(text).text);
    expect(run.stdout).not.toBe(text);
    const lines = tanqih(['repair', '--lines'], text);
    expect(lines.stdout).toBe(text.split('\n').map((l) => `${repair(l).text}\n`).join(''));
  });
});

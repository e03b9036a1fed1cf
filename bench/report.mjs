// Renders the measurements as Markdown tables (pasteable into docs/benchmarks.md).

const fmt = (/** @type {number} */ x, digits = 1) =>
  x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(digits) : x.toFixed(digits + 1);

/**
 * One table: a row per function, a pair of columns (MB/s, × copy of the same input) per mode.
 *
 * @param {string} title
 * @param {{ id: string, label: string }[]} rows
 * @param {{ mode: string, title: string }[]} modes
 * @param {Map<string, any>} byKey
 */
export function section(title, rows, modes, byKey) {
  const lines = [`### ${title}`, ''];
  lines.push(`| function | ${modes.map((m) => `${m.title} MB/s | × copy`).join(' | ')} |`);
  lines.push(`|---|${modes.map(() => '--:|--:').join('|')}|`);
  for (const row of rows) {
    const cells = modes.map((m) => {
      const c = byKey.get(`${row.id}@${m.mode}`);
      if (!c) return '– | –';
      if (c.mbps === undefined) return `${c.error ? 'error' : 'skipped'} | –`;
      const base = byKey.get(`copy@${m.mode}`)?.mbps;
      return `${fmt(c.mbps)} | ${base ? fmt(c.mbps / base, 2) : '–'}`;
    });
    if (cells.every((c) => c === '– | –')) continue;
    lines.push(`| ${row.label} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/**
 * The notes on skipped and failed cases.
 *
 * @param {any[]} cases
 */
export function notes(cases) {
  const seen = new Set();
  const lines = [];
  for (const c of cases) {
    const why = c.error ? `threw ${c.error}` : c.skipped;
    if (!why) continue;
    const line = `- ${c.label}${c.skipped?.startsWith('not ') ? '' : ` [${c.mode}]`}: ${why}`;
    if (seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
  }
  return lines.length ? ['Not measured:', '', ...lines].join('\n') : '';
}

/**
 * The target checks as a Markdown table.
 *
 * @param {ReturnType<typeof import('./targets.mjs').checkTargets>} targets
 */
export function targetTable(targets) {
  const lines = ['### Targets (issue 7)', '', '| target | measured | required | result |', '|---|--:|--:|:-:|'];
  for (const t of targets) {
    const measured = t.value === undefined ? '–' : `${fmt(t.value, 2)} ${t.unit}`;
    lines.push(`| ${t.name} | ${measured} | ${t.op} ${t.threshold} ${t.unit} | ${t.status} |`);
  }
  const count = (s) => targets.filter((t) => t.status === s).length;
  lines.push('', `${count('PASS')} PASS, ${count('FAIL')} FAIL, ${count('n/a')} not measurable yet.`);
  return lines.join('\n');
}

/** @param {any[]} results @param {(mode: string) => boolean} keep */
function rowsOf(results, keep) {
  const rows = new Map();
  for (const r of results) if (keep(r.mode) && !rows.has(r.id)) rows.set(r.id, { id: r.id, label: r.label });
  return [...rows.values()];
}

/**
 * The whole report, from the data `bench/run.mjs` prints with --json (or saves with --save).
 *
 * @param {any} data
 */
export function renderMarkdown(data) {
  const byKey = new Map(data.results.map((r) => [`${r.id}@${r.mode}`, r]));
  const { machine, corpus } = data;
  const lines = [
    `## tanqih benchmark (${data.quick ? 'quick' : 'full'} run, ${data.date.slice(0, 16)}Z)`,
    '',
    `Machine: ${machine.nproc} cores, ${machine.cpu}, ${machine.memoryGB} GB, Node ${machine.node} (V8 ${machine.v8}); ` +
      `load average ${machine.loadAverage.before.toFixed(1)} → ${machine.loadAverage.after.toFixed(1)} during the run ` +
      `(${machine.wallSeconds} s wall${machine.cpuSeconds === undefined ? '' : `, ${machine.cpuSeconds} s CPU`}).`,
    `Corpus: ${corpus.articles} articles, ${(corpus.bytes / 1e6).toFixed(1)} MB of UTF-8. MB/s = 10^6 bytes of UTF-8 input ` +
      `per second of ${data.clock === 'wall' ? 'wall-clock' : 'process CPU (user + system)'} time, median of interleaved rounds; ` +
      '× copy = ratio to the UTF-16 copy of the same input.',
    '',
    section('Corpus', rowsOf(data.results, (m) => m === 'whole' || m === 'article'), [
      { mode: 'whole', title: 'whole corpus' },
      { mode: 'article', title: 'per article' },
    ], byKey),
  ];
  const cleanRows = rowsOf(data.results, (m) => m.startsWith('clean-') || m.startsWith('ascii-'));
  if (cleanRows.length > 0) {
    lines.push('', section('Already-clean input (fast path)', cleanRows, [
      { mode: 'clean-whole', title: "'search' output, whole" },
      { mode: 'clean-article', title: "'search' output, per article" },
      { mode: 'ascii-whole', title: 'ASCII prose' },
    ], byKey));
  }
  const alloc = data.fastPathAllocation;
  if (alloc) {
    lines.push('', `Memory left allocated by one normalize('search') call on the clean whole corpus: ` +
      `${(alloc.allocatedBytes / 1e6).toFixed(2)} MB (the input string holds ${(alloc.inputUtf16Bytes / 1e6).toFixed(1)} MB).`);
  }
  const linRows = rowsOf(data.results, (m) => m.startsWith('lin-'));
  if (linRows.length > 0) {
    lines.push('', section('Linear growth', linRows, [
      { mode: 'lin-1MB', title: '1 MB' },
      { mode: 'lin-big', title: data.bigLabel ?? 'large input' },
    ], byKey));
  }
  lines.push('', targetTable(data.targets));
  const skipped = notes(data.results);
  if (skipped) lines.push('', skipped);
  return lines.join('\n');
}

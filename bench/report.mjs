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

// Lead sentences of other stories scraped after the article («قال وزير …، الخميس، إن …»).
//
// A run of at least three lines at the end of the page, each one sentence (10–80 words, its only
// full stop at the end) opening without a conjunction, is a `related-list` when the article's own
// paragraphs mostly continue with «و»/«ف» (as news paragraphs after the lead do). A line in the run
// cut off with «...» is a truncated embedded post (`other`). The leads are of other stories, so a
// line that repeats another line of the page (the article's own lead pasted again) ends the run.
import { isSentenceEnd } from './chars.js';
import type { Finding } from './finding.js';
import { countTokens, isBlank, type Line, type Page } from './page.js';

const MIN_RUN = 3;

function opensWithConjunction(page: Page, l: Line): boolean {
  const c = page.norm.charCodeAt(l.ns);
  return c === 0x648 || c === 0x641; // و ف
}

/** 'lead', 'cut' (ends with an ellipsis) or undefined. */
function leadShape(page: Page, l: Line): 'lead' | 'cut' | undefined {
  const { norm } = page;
  const n = countTokens(norm, l.ns, l.ne, 81);
  if (n < 10 || n > 80 || opensWithConjunction(page, l)) return undefined;
  let e = l.ne;
  if (norm.startsWith('...', e - 3) || norm.charCodeAt(e - 1) === 0x2026) return 'cut';
  while (e > l.ns && (norm.charCodeAt(e - 1) === 0x22 || norm.charCodeAt(e - 1) === 0xbb || norm.charCodeAt(e - 1) === 0x201d)) e--;
  if (!isSentenceEnd(norm.charCodeAt(e - 1))) return undefined;
  for (let i = l.ns; i < e - 1; i++) {
    const c = norm.charCodeAt(i);
    if (isSentenceEnd(c) && norm.charCodeAt(i - 1) !== 0x2e && norm.charCodeAt(i + 1) !== 0x2e && !isDigitAround(norm, i)) return undefined;
  }
  return 'lead';
}

function isDigitAround(norm: string, i: number): boolean {
  const a = norm.charCodeAt(i - 1);
  const b = norm.charCodeAt(i + 1);
  return a >= 0x30 && a <= 0x39 && b >= 0x30 && b <= 0x39;
}

/** How many non-blank lines of the page hold each text (normalized). */
function lineTexts(page: Page): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of page.lines) {
    if (isBlank(l)) continue;
    const text = page.norm.slice(l.ns, l.ne);
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return counts;
}

/** Lines of a run that are whole lead sentences (not cut off). */
function leads(run: readonly { shape: 'lead' | 'cut' }[]): number {
  return run.filter((r) => r.shape === 'lead').length;
}

/** Finds a trailing run of other stories' lead sentences. */
export function trailingLeadRules(page: Page, taken: readonly Finding[], out: Finding[]): void {
  const { lines } = page;
  const starts = new Set<number>();
  for (const f of taken) starts.add(f.start);
  const run: Array<{ line: Line; shape: 'lead' | 'cut'; index: number }> = [];
  let k = lines.length - 1;
  for (; k >= 0; k--) {
    const l = lines[k] as Line;
    if (isBlank(l)) continue;
    if (starts.has(l.start)) {
      if (run.length === 0) continue;
      break;
    }
    const shape = leadShape(page, l);
    if (shape === undefined) break;
    run.push({ line: l, shape, index: k });
  }
  if (leads(run) < MIN_RUN) return;
  // Only now, for the rare page with a candidate run: a repeated line ends the run there.
  const texts = lineTexts(page);
  const repeat = run.findIndex((r) => (texts.get(page.norm.slice(r.line.ns, r.line.ne)) as number) > 1);
  if (repeat >= 0) {
    k = (run[repeat] as { index: number }).index;
    run.length = repeat;
    if (leads(run) < MIN_RUN) return;
  }
  let body = 0;
  let continued = 0;
  for (let j = k; j >= 0; j--) {
    const l = lines[j] as Line;
    if (isBlank(l) || starts.has(l.start)) continue;
    body++;
    if (opensWithConjunction(page, l)) continued++;
  }
  // the first paragraph is the lead: the rest should mostly continue it
  if (body < 3 || continued * 10 < (body - 1) * 6) return;
  run.reverse();
  let i = 0;
  while (i < run.length) {
    const r = run[i] as { line: Line; shape: 'lead' | 'cut' };
    if (r.shape === 'cut') {
      out.push({ kind: 'other', start: r.line.start, end: r.line.next });
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < run.length && (run[j + 1] as { shape: string }).shape === 'lead') j++;
    out.push({ kind: 'related-list', start: r.line.start, end: (run[j] as { line: Line }).line.next });
    i = j + 1;
  }
}

// Runs every rule over a page and returns the findings sorted and non-overlapping.
import { isRuleLine } from './chars.js';
import { T, type FoldedReadAlso } from './compiled.js';
import type { Finding } from './finding.js';
import { fold } from './fold.js';
import { headerRules } from './header.js';
import { captionRules, relatedListRules, restOfLineRules } from './inline-rules.js';
import { lineRules } from './line-rules.js';
import type { ResolvedOptions } from './options.js';
import { buildPage, isBlank, lineText, type Line, type Page } from './page.js';
import { readAlsoRules } from './read-also.js';
import { trailingLeadRules } from './trailing-leads.js';

/** Findings of one scan, with the page they index. */
export interface Scan {
  readonly page: Page;
  readonly findings: readonly Finding[];
}

/** Scans `raw` for boilerplate. */
export function scan(raw: string, options: ResolvedOptions): Scan {
  const page = buildPage(raw);
  const found: Finding[] = [];
  lineRules(page, found);
  const siteReadAlso: FoldedReadAlso[] = [];
  for (const m of options.markers) {
    const text = fold(m.text);
    if (m.kind === 'read-also') siteReadAlso.push({ text, lineStart: m.lineStart ?? true, separator: false });
    else restOfLineRules(page, text, m.kind, m.lineStart ?? true, found);
  }
  relatedListRules(page, found);
  captionRules(page, found);
  headerRules(page, found.slice(), found);
  trailingLeadRules(page, found.slice(), found);
  const markers = siteReadAlso.length === 0 ? T.readAlso : [...siteReadAlso, ...T.readAlso].sort((a, b) => b.text.length - a.text.length);
  readAlsoRules(page, markers, found.slice(), found);
  return { page, findings: resolve(page, found) };
}

/** Sorts, joins rule lines (`-----`) onto the finding below or above them, drops overlaps. */
function resolve(page: Page, found: Finding[]): Finding[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (last !== undefined && f.start < last.end) continue;
    if (f.end > f.start) kept.push(f);
  }
  const lines = page.lines;
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  kept.forEach((f, i) => {
    byStart.set(f.start, i);
    byEnd.set(f.end, i);
  });
  let f = 0; // walks the kept findings in step with the lines
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k] as Line;
    while (f < kept.length && (kept[f] as Finding).end <= l.start) f++;
    const covered = f < kept.length && (kept[f] as Finding).start < l.next;
    if (isBlank(l) || covered || !isRuleLine(lineText(page, l))) continue;
    const below = byStart.get(l.next);
    const above = byEnd.get(l.start);
    if (below !== undefined && (kept[below] as Finding).start === l.next) {
      kept[below] = { ...(kept[below] as Finding), start: l.start };
    } else if (above !== undefined) {
      kept[above] = { ...(kept[above] as Finding), end: l.next };
    }
  }
  return kept;
}

// The page head: datelines («القاهرة - (أ ش أ) -», «(CNN) --», «الرياض - واس»), stand-alone
// bylines («يحيى الحلالي -») and a masthead line under the publication date.
import { isDash, isDigit, isProsePunct, isSentenceEnd, isWordChar } from './chars.js';
import { T } from './compiled.js';
import { isDateLine } from './date-line.js';
import type { Finding } from './finding.js';
import { some, trimEnd } from './match.js';
import { countTokens, isBlank, lineText, rawAt, tokenize, type Line, type Page } from './page.js';

/** A prose line: a real paragraph rather than a headline, byline or label. */
export function isProse(page: Page, line: Line): boolean {
  const n = countTokens(page.norm, line.ns, line.ne, 20);
  if (n >= 20) return true;
  if (n < 10) return false;
  const { norm } = page;
  for (let i = line.ns; i < line.ne; i++) {
    const c = norm.charCodeAt(i);
    if (c === 0x2c || c === 0x60c) return true;
    // a lone full stop, not the «..» of a headline
    if (isSentenceEnd(c) && norm.charCodeAt(i - 1) !== 0x2e && norm.charCodeAt(i + 1) !== 0x2e) return true;
  }
  return false;
}

/** Whether `[s, e)` ends with an agency name as a whole word. */
function endsWithAgency(norm: string, s: number, e: number): boolean {
  for (const a of T.agencies) {
    const at = e - a.length;
    if (at >= s && norm.startsWith(a, at) && (at === s || !isWordChar(norm.charCodeAt(at - 1)))) return true;
  }
  return false;
}

/** Dash runs `[s0, e0, …]` in the first `maxTokens` tokens of a line. */
function dashRuns(norm: string, from: number, to: number, maxTokens: number): number[] {
  const t = tokenize(norm, from, to, maxTokens);
  const end = t.length > 0 ? (t[t.length - 1] as number) : from;
  const out: number[] = [];
  for (let i = from; i < end; i++) {
    if (!isDash(norm.charCodeAt(i))) continue;
    const s = i;
    while (i < end && isDash(norm.charCodeAt(i))) i++;
    // a dash inside a word («أ-ب») is not a delimiter
    if (isWordChar(norm.charCodeAt(s - 1)) && isWordChar(norm.charCodeAt(i))) continue;
    out.push(s, i);
  }
  return out;
}

/** Finds the dateline/byline/masthead findings of the page head. */
export function headerRules(page: Page, taken: readonly Finding[], out: Finding[]): void {
  const { norm, lines } = page;
  const takenStarts = new Set<number>();
  for (const f of taken) takenStarts.add(f.start);
  let prose = -1;
  for (let k = 0; k < lines.length && k < 40; k++) {
    const l = lines[k] as Line;
    if (!isBlank(l) && !takenStarts.has(l.start) && isProse(page, l)) {
      prose = k;
      break;
    }
  }
  if (prose < 0) return;
  let prevKind: string | undefined;
  let lastHeader = -1;
  for (let k = 0; k < prose; k++) {
    const l = lines[k] as Line;
    if (isBlank(l)) continue;
    const f = taken.find((x) => x.start === l.start);
    if (f !== undefined) {
      prevKind = f.kind;
      continue;
    }
    lastHeader = k;
    const n = countTokens(norm, l.ns, l.ne, 15);
    const text = lineText(page, l);
    if (prevKind === 'publish-date' && n <= 3 && T.mastheads.has(text)) {
      out.push({ kind: 'site-residue', start: l.start, end: l.next });
    } else if (n <= 4 && isDash(norm.charCodeAt(l.ne - 1)) && dashRuns(norm, l.ns, l.ne, 5).length === 2) {
      out.push({ kind: 'other', start: l.start, end: l.next });
    } else if (n <= 6 && (text.startsWith('بقلم') || text.startsWith('كتب:'))) {
      out.push({ kind: 'other', start: l.start, end: l.next });
    } else if (n <= 5 && isDash(norm.charCodeAt(l.ns)) && isWordChar(norm.charCodeAt(l.ne - 1))) {
      // «-  محمد كريم كفال»: a byline hanging from the line above
      out.push({ kind: 'other', start: l.start, end: l.next });
    } else if (isDateLine(page, l)) {
      out.push({ kind: 'publish-date', start: l.start, end: l.next, value: { start: rawAt(page, l.ns), end: rawAt(page, l.ne) } });
    }
    prevKind = undefined;
  }
  // own-line dateline: the last head line, right above the first paragraph
  const outStarts = new Set(out.map((f) => f.start));
  if (lastHeader >= 0) {
    const l = lines[lastHeader] as Line;
    let between = true;
    for (let k = lastHeader + 1; k < prose; k++) if (!isBlank(lines[k] as Line)) between = false;
    const n = countTokens(norm, l.ns, l.ne, 15);
    if (between && !outStarts.has(l.start) && n <= 14) {
      const ve = trimEnd(norm, l.ns, l.ne);
      const dashed = n <= 6 && !isDash(norm.charCodeAt(l.ne - 1)) && dashRuns(norm, l.ns, l.ne, 7).length >= 2 && !some(norm, l.ns, l.ne, (c) => c === 0x3a || isSentenceEnd(c));
      const anchored = dashRuns(norm, l.ns, l.ne, 15).length >= 2 || some(norm, l.ns, l.ne, isDigit);
      const agencyOnly = n <= 3 && T.agencies.includes(norm.slice(l.ns, ve));
      if ((anchored && endsWithAgency(norm, l.ns, ve)) || dashed || agencyOnly) {
        out.push({ kind: 'dateline', start: l.start, end: l.next, value: { start: rawAt(page, l.ns), end: rawAt(page, ve) } });
        return;
      }
    }
  }
  inlineDateline(page, lines[prose] as Line, out);
}

/** A dateline opening the first paragraph: «الشارقة (الاتحاد) - …», «دبي، … (CNN) -- …». */
function inlineDateline(page: Page, l: Line, out: Finding[]): void {
  const { norm } = page;
  const runs = dashRuns(norm, l.ns, l.ne, 12);
  for (let k = 0; k < runs.length && k < 6; k += 2) {
    const ds = runs[k] as number;
    const de = runs[k + 1] as number;
    let be = ds;
    while (be > l.ns && !isWordChar(norm.charCodeAt(be - 1)) && norm.charCodeAt(be - 1) !== 0x29) be--;
    const closes = be > l.ns && norm.charCodeAt(be - 1) === 0x29;
    if (!closes && !endsWithAgency(norm, l.ns, be)) continue;
    if (some(norm, l.ns, be, isSentenceEnd)) return;
    if (countTokens(norm, de, l.ne, 4) < 3) return;
    const open = norm.lastIndexOf('(', be);
    if (closes && (open < l.ns || countTokens(norm, open, be, 6) > 5)) return;
    if (some(norm, l.ns, be, (c) => isProsePunct(c) && c !== 0x28 && c !== 0x29 && c !== 0x2c && c !== 0x60c)) return;
    out.push({ kind: 'dateline', start: rawAt(page, l.ns), end: rawAt(page, de), value: { start: rawAt(page, l.ns), end: rawAt(page, be) } });
    return;
  }
}

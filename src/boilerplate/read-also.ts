// «Read also» units: a marker plus its teaser headline(s), on their own lines or glued inline.
//
// Where a teaser ends:
// - marker alone on its line: the teasers are the following headline-like lines (short, not ending
//   in a full stop or comma), up to the first blank line or paragraph;
// - marker at the start of a line with a short rest (≤ 30 words): the rest of the line;
// - marker glued inside a paragraph: after optional glued section labels («الرياضة», «المملكة»), the
//   headline runs until the article's prose resumes. Strong evidence (words 4–18): a sentence
//   opener («وقال», «وسجل», «من جانبه», …), a full stop ending a word, or — when the marker cut a
//   number in two («3:01.  اقرأ أيضاً… 785») — the number's rest. Then weak evidence (from word 7):
//   a «و» word shaped like a verb, or a list label ending in a colon; then strong evidence further
//   on. Without evidence it runs to the end of the line if that is ≤ 30 words, else 14 words.
// - a single headline followed by paragraphs, after the page's footer (a source, tags, copyright or
//   related-list line): a whole appended article, removed with the marker.
import { isDigit, isProsePunct, isSentenceEnd, isSpace, isWordChar } from './chars.js';
import { T, type FoldedReadAlso } from './compiled.js';
import type { Finding } from './finding.js';
import { prevNonSpace, skipSeparators, skipSpace } from './match.js';
import { countTokens, isBlank, rawAt, tokenize, type Line, type Page } from './page.js';
import { isProse } from './header.js';
import type { Span } from '../types.js';

const FOOTER_KINDS: ReadonlySet<string> = new Set(['source', 'tags', 'copyright', 'related-list']);

/** What the rules found before the read-also scan. */
interface Ctx {
  /** Raw starts of earlier findings. */
  readonly starts: ReadonlySet<number>;
  /** Raw end of the first footer finding (source, tags, copyright, related list). */
  readonly footerEnd: number;
}

/** Index of the line holding normalized position `p` (binary search). */
export function lineOf(lines: readonly Line[], page: Page, p: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  const raw = rawAt(page, p);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines[mid] as Line).start <= raw) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function headlineLike(page: Page, line: Line): boolean {
  const n = countTokens(page.norm, line.ns, line.ne, 26);
  if (n < 1 || n > 25) return false;
  const last = page.norm.charCodeAt(line.ne - 1);
  if (last === 0x2c || last === 0x60c || last === 0x3a) return false;
  if (last === 0x2e && page.norm.charCodeAt(line.ne - 2) !== 0x2e) return false;
  return true;
}

/** Finds every read-also unit. `claimed` tells whether a raw position is already taken. */
export function readAlsoRules(page: Page, markers: readonly FoldedReadAlso[], footers: readonly Finding[], out: Finding[]): void {
  const { norm } = page;
  let taken: Uint8Array | undefined; // normalized positions inside a marker already matched
  const isTaken = (p: number): boolean => taken !== undefined && taken[p] === 1;
  const starts = new Set<number>();
  let footerEnd = Infinity;
  for (const f of footers) {
    starts.add(f.start);
    if (FOOTER_KINDS.has(f.kind)) footerEnd = Math.min(footerEnd, f.end);
  }
  const ctx: Ctx = { starts, footerEnd };
  // candidates: every marker at each line's first word, anywhere for the inline markers
  const hits: number[] = [];
  // markers by their first two code units, so most lines are ruled out by one lookup
  const byPair = new Map<number, number[]>();
  markers.forEach((m, k) => {
    if (m.text === '') return;
    const key = m.text.charCodeAt(0) * 0x10000 + (m.text.length > 1 ? m.text.charCodeAt(1) : 0xffff);
    const list = byPair.get(key);
    if (list === undefined) byPair.set(key, [k]);
    else list.push(k);
  });
  for (const line of page.lines) {
    let lead = line.ns;
    while (lead < line.ne && !isWordChar(norm.charCodeAt(lead))) lead++;
    if (lead >= line.ne) continue;
    const c0 = norm.charCodeAt(lead) * 0x10000;
    for (const key of [c0 + norm.charCodeAt(lead + 1), c0 + 0xffff]) {
      for (const k of byPair.get(key) ?? []) if (norm.startsWith((markers[k] as FoldedReadAlso).text, lead)) hits.push(lead, k);
    }
  }
  // inline markers grouped by their first four units: one scan per group («اقرا …», «قد ي…»)
  const groups = new Map<string, number[]>();
  markers.forEach((m, k) => {
    if (m.lineStart || m.text === '') return;
    const head = m.text.slice(0, 4);
    const list = groups.get(head);
    if (list === undefined) groups.set(head, [k]);
    else list.push(k);
  });
  for (const [head, ks] of groups) {
    for (let p = norm.indexOf(head); p >= 0; p = norm.indexOf(head, p + 1)) {
      for (const k of ks) if (norm.startsWith((markers[k] as FoldedReadAlso).text, p)) hits.push(p, k);
    }
  }
  const order: number[] = [];
  for (let i = 0; i < hits.length; i += 2) order.push(i);
  order.sort((x, y) => (hits[x] as number) - (hits[y] as number) || (hits[x + 1] as number) - (hits[y + 1] as number));
  for (const i of order) {
    const p = hits[i] as number;
    const m = markers[hits[i + 1] as number] as FoldedReadAlso;
    if (isTaken(p) || (p > 0 && isWordChar(norm.charCodeAt(p - 1)))) continue;
    const f = unitAt(page, m, p, ctx);
    if (f === undefined) continue;
    out.push(f);
    taken ??= new Uint8Array(norm.length);
    taken.fill(1, p, p + m.text.length);
    if (f.appended !== undefined) return;
  }
}

function unitAt(page: Page, m: FoldedReadAlso, p: number, ctx: Ctx): Finding | undefined {
  const { norm, lines } = page;
  const li = lineOf(lines, page, p);
  const line = lines[li] as Line;
  let lead = line.ns;
  while (lead < p && !isWordChar(norm.charCodeAt(lead))) lead++;
  const atStart = lead === p;
  if (m.lineStart && !atStart) return undefined;
  if (!atStart) {
    const b = prevNonSpace(norm, p, line.ns);
    const c = b < 0 ? 0 : norm.charCodeAt(b);
    if (!(isSentenceEnd(c) || c === 0x3a || c === 0x29 || c === 0x22 || c === 0xbb || (c >= 0x2018 && c <= 0x201f))) return undefined;
  }
  let q = p + m.text.length;
  if (m.text.endsWith('يهمك')) {
    const r = skipSpace(norm, q, line.ne);
    if (norm.startsWith(T.also, r)) q = r + T.also.length;
  }
  const glued = isWordChar(norm.charCodeAt(q));
  // only «اقرأ أيضاً» and kin glue onto their teaser («اقرأ أيضاًالمملكة»); «قد يهمكم» is a word
  if (glued && (m.separator || !(m.text.startsWith('اقرا') || m.text.endsWith('..')))) return undefined;
  if (m.separator) {
    const r = skipSpace(norm, q, line.ne);
    const c = norm.charCodeAt(r);
    if (!(c === 0x3a || c === 0x7c || c === 0x2e || c === 0x2026 || c === 0xff1a || c === 0x2d)) return undefined;
  }
  const t0 = skipSeparators(norm, q, line.ne);
  const start = atStart ? line.start : rawAt(page, p);
  if (t0 >= line.ne) return blockUnit(page, li, start, p, ctx);
  if (atStart && countTokens(norm, t0, line.ne, 31) <= 30) {
    return { kind: 'read-also', start, end: line.next, teasers: [teaser(page, t0, line.ne)] };
  }
  return gluedUnit(page, line, p, t0, start);
}

function teaser(page: Page, s: number, e: number): Span {
  let a = s;
  // glued section labels («الرياضةالمملكة تتقدم…») are not part of the headline
  for (let n = 0; n < 3; n++) {
    const label = T.sections.find((x) => page.norm.startsWith(x, a) && a + x.length < e && !isSpace(page.norm.charCodeAt(a + x.length)));
    if (label === undefined) break;
    a += label.length;
  }
  return { start: rawAt(page, a), end: rawAt(page, e) };
}

function blockUnit(page: Page, li: number, start: number, p: number, ctx: Ctx): Finding {
  const { lines } = page;
  const teasers: Span[] = [];
  let k = li + 1;
  let blanks = 0;
  while (k < lines.length && isBlank(lines[k] as Line) && blanks < 1) {
    k++;
    blanks++;
  }
  let end = (lines[li] as Line).next;
  while (k < lines.length) {
    const l = lines[k] as Line;
    if (isBlank(l) || !headlineLike(page, l) || startsWithMarker(page, l) || ctx.starts.has(l.start)) break;
    teasers.push({ start: rawAt(page, l.ns), end: rawAt(page, l.ne) });
    end = l.next;
    k++;
  }
  if (teasers.length === 1) {
    let j = k;
    while (j < lines.length && isBlank(lines[j] as Line)) j++;
    const pr = rawAt(page, p);
    const footer = ctx.footerEnd <= pr;
    if (footer && j < lines.length && isProse(page, lines[j] as Line)) {
      const head = teasers[0] as Span;
      return { kind: 'read-also', start, end: page.raw.length, appended: { start: head.start, end: page.raw.length } };
    }
  }
  return { kind: 'read-also', start, end, teasers };
}

function startsWithMarker(page: Page, l: Line): boolean {
  for (const m of T.readAlso) if (page.norm.startsWith(m.text, l.ns) && m.text.length > 5) return true;
  return false;
}

function gluedUnit(page: Page, line: Line, p: number, t0: number, start: number): Finding {
  const { norm } = page;
  const before = prevNonSpace(norm, p, line.ns);
  const interrupted = cutNumber(norm, line.ns, before);
  const t = tokenize(norm, t0, line.ne, 40);
  const n = t.length / 2;
  const strong = (k: number): boolean => {
    const s = t[2 * k] as number;
    const word = trimPunct(norm, s, t[2 * k + 1] as number);
    const prevEnd = t[2 * k - 1] as number;
    const pc = norm.charCodeAt(prevEnd - 1);
    const next = k + 1 < n ? norm.slice(t[2 * k + 2], t[2 * k + 3]) : '';
    return (
      T.openers.has(word) ||
      T.openerPairs.has(word + ' ' + trimPunctStr(next)) ||
      (interrupted && isDigit(norm.charCodeAt(s))) ||
      (isSentenceEnd(pc) && norm.charCodeAt(prevEnd - 2) !== 0x2e && !isDigit(norm.charCodeAt(s)))
    );
  };
  // weaker evidence: a «و» word shaped like a verb, or a list label ending in a colon («عاشراً:»)
  const weak = (k: number): boolean => {
    const s = t[2 * k] as number;
    const e = t[2 * k + 1] as number;
    return verbLike(trimPunct(norm, s, e)) || (norm.charCodeAt(e - 1) === 0x3a && isWordChar(norm.charCodeAt(e - 2)) && e - s <= 8);
  };
  // strong evidence within a headline's usual length first, then weak evidence, then strong later
  let endTok = -1;
  for (let k = 3; k < n && k <= HEADLINE_MAX_WORDS && endTok < 0; k++) if (strong(k)) endTok = k;
  for (let k = WEAK_MIN_WORDS; k < n && endTok < 0; k++) if (weak(k)) endTok = k;
  for (let k = HEADLINE_MAX_WORDS + 1; k < n && endTok < 0; k++) if (strong(k)) endTok = k;
  let e: number;
  if (endTok > 0) e = t[2 * endTok - 1] as number;
  else if (n <= 30) e = line.ne;
  else e = t[2 * 14 - 1] as number;
  return { kind: 'read-also', start, end: rawAt(page, e), teasers: [teaser(page, t0, e)] };
}

/**
 * Whether the text before a glued marker ends in a number the marker cut in two: digits, an inner
 * separator, digits, then the dot or colon the marker follows («3:01.» of «3:01.785»).
 */
function cutNumber(norm: string, floor: number, last: number): boolean {
  if (last <= floor) return false;
  const end = norm.charCodeAt(last);
  if (end !== 0x2e && end !== 0x3a) return false;
  let i = last - 1;
  let digits = 0;
  while (i >= floor && isDigit(norm.charCodeAt(i))) {
    i--;
    digits++;
  }
  if (digits === 0 || i < floor) return false;
  const sep = norm.charCodeAt(i);
  return (sep === 0x3a || sep === 0x2e || sep === 0x2c) && i > floor && isDigit(norm.charCodeAt(i - 1));
}

/** A teaser headline's usual maximum length, in words. */
const HEADLINE_MAX_WORDS = 18;

/** Headline words before weak evidence counts. */
const WEAK_MIN_WORDS = 6;

/** «وعقد», «ويسهل», «وألقى»: «و» plus a short word that is not definite and has no noun ending. */
function verbLike(w: string): boolean {
  if (w.length < 4 || w.length > 7 || w.charCodeAt(0) !== 0x648) return false;
  const c1 = w.charCodeAt(1);
  if (c1 === 0x627 && w.charCodeAt(2) === 0x644) return false; // «وال…»
  if (c1 === 0x648) return false;
  const last = w.charCodeAt(w.length - 1);
  if (last === 0x647 || last === 0x629 || last === 0x627) return false; // ة (folded to ه), a pronoun «ه», an adverb «…اً»
  if (w.endsWith('ات') || w.endsWith('ها') || w.endsWith('هم') || w.endsWith('ين') || w.endsWith('ون')) return false;
  return true;
}

function trimPunct(norm: string, s: number, e: number): string {
  while (e > s && isProsePunct(norm.charCodeAt(e - 1))) e--;
  return norm.slice(s, e);
}

function trimPunctStr(w: string): string {
  let e = w.length;
  while (e > 0 && isProsePunct(w.charCodeAt(e - 1))) e--;
  return w.slice(0, e);
}

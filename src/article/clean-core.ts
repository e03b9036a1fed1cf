// cleanArticle, with its date finder and word repairer passed in.
import type { Removal } from '../boilerplate/index.js';
import type { Finding } from '../boilerplate/finding.js';
import { isProse } from '../boilerplate/header.js';
import { resolveOptions, type ResolvedOptions } from '../boilerplate/options.js';
import { countTokens, isBlank, type Line, type Page } from '../boilerplate/page.js';
import { scan } from '../boilerplate/scan.js';
import { normalize, normalizeWithOffsets } from '../chars/index.js';
import type { DateMention } from '../dates/index.js';
import type { Edit } from '../repair/index.js';
import type { Span } from '../types.js';
import { keptText } from './kept-text.js';
import { datelineText, pickPublished, sourceName, trimValue } from './metadata.js';
import { splitTags } from './tags.js';
import { describe } from '../boilerplate/options.js';
import type { Article, CleanArticleOptions } from './types.js';

/** The date finder and word repairer cleanArticle composes. */
export interface Deps {
  readonly findDates: (text: string) => readonly DateMention[];
  readonly repair: (text: string) => { readonly text: string; readonly edits: readonly Edit[] };
}

/** Most appended articles returned. */
const MAX_APPENDED = 8;

interface Settings extends ResolvedOptions {
  readonly title: boolean;
  readonly repair: boolean;
}

/** cleanArticle over injected dependencies. */
export function cleanWith(raw: string, options: CleanArticleOptions | undefined, deps: Deps): Article {
  if (typeof raw !== 'string') throw new TypeError(`cleanArticle: expected a string, received ${describe(raw)}`);
  const base = resolveOptions('cleanArticle', options);
  const title = options?.title ?? true;
  const rep = options?.repair ?? true;
  if (typeof title !== 'boolean') throw new TypeError('cleanArticle: options.title must be a boolean');
  if (typeof rep !== 'boolean') throw new TypeError('cleanArticle: options.repair must be a boolean');
  const settings: Settings = { ...base, title, repair: rep };
  // appended articles are cleaned one after another (no recursion over the input)
  const segments: Span[] = [{ start: 0, end: raw.length }];
  const articles: Article[] = [];
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k] as Span;
    const { article, appended } = cleanSegment(raw, seg, settings, deps, k > 0);
    articles.push(article);
    // each segment is scanned to the end of the page, so their number is capped (linear time);
    // past the cap the rest stays a `read-also` removal of the last article
    if (appended !== undefined && segments.length <= MAX_APPENDED) segments.push(appended);
  }
  const [main, ...rest] = articles as [Article, ...Article[]];
  return { ...main, appended: rest };
}

function cleanSegment(raw: string, seg: Span, s: Settings, deps: Deps, isAppended: boolean): { article: Article; appended?: Span } {
  const base = seg.start;
  const src = raw.slice(seg.start, seg.end);
  const { page, findings } = scan(src, s);
  const at = (sp: Span): string => src.slice(sp.start, sp.end);
  const cuts: Span[] = [];
  const removed: Removal[] = [];
  let appended: Span | undefined;
  let published: DateMention | undefined;
  let dateline: string | undefined;
  let source: string | undefined;
  let tags: string[] = [];
  const related: string[] = [];
  let titleText: string | undefined;
  const head = s.title || isAppended ? titleLine(page, findings) : undefined;
  if (head !== undefined) {
    titleText = normalize(trimValue(src.slice(head.start, head.end)), 'light').trim();
    cuts.push({ start: head.start, end: head.next });
    removed.push({ start: base + head.start, end: base + head.next, kind: 'other' });
  }
  for (const f of findings) {
    collect(f);
    if (s.keep.has(f.kind)) continue;
    cuts.push({ start: f.start, end: f.end });
    removed.push({ start: base + f.start, end: base + f.end, kind: f.kind });
  }
  cuts.sort((a, b) => a.start - b.start);
  removed.sort((a, b) => a.start - b.start);

  function collect(f: Finding): void {
    const v = f.value;
    if (f.appended !== undefined && appended === undefined) appended = { start: base + f.appended.start, end: base + f.appended.end };
    for (const t of f.teasers ?? []) {
      const h = normalize(at(t), 'light').trim();
      if (h !== '') related.push(h);
    }
    if (v === undefined) return;
    if (f.kind === 'publish-date' || (f.kind === 'dateline' && published === undefined)) {
      const found = pickPublished(deps.findDates(at(v)));
      if (found !== undefined && (published === undefined || f.kind === 'publish-date')) published = shift(found, base + v.start, raw);
    }
    if (f.kind === 'dateline' && dateline === undefined) dateline = visibleOrUndefined(datelineText(at(v)));
    if (f.kind === 'source' && source === undefined) source = visibleOrUndefined(sourceName(at(v)));
    if (f.kind === 'tags' && tags.length === 0) tags = splitTags(at(v)).filter(isVisible);
  }

  const kept = keptText(src, cuts);
  const light = normalizeWithOffsets(kept.text, 'light');
  const toSrc = (i: number): number => kept.map[light.offsets[i] as number] as number;
  const repaired = s.repair ? deps.repair(light.text) : { text: light.text, edits: [] as readonly Edit[] };
  const edits: Edit[] = [];
  for (const e of repaired.edits) {
    const rs = e.end > e.start ? toSrc(e.start) : e.start > 0 ? toSrc(e.start - 1) + 1 : toSrc(0);
    const re = e.end > e.start ? toSrc(e.end - 1) + 1 : rs;
    edits.push({ ...e, start: base + rs, end: base + Math.max(rs, re) });
  }
  const body = repaired.text;
  const toLight = bodyToLight(repaired.edits);
  const dates = deps.findDates(body).map((m) => {
    const a = toLight(m.start);
    const b = toLight(m.end - 1);
    const start = base + toSrc(a);
    const end = Math.max(start, base + toSrc(b) + 1);
    return { ...m, start, end, text: raw.slice(start, end) };
  });
  const article: Article = {
    ...(titleText !== undefined && titleText !== '' ? { title: titleText } : {}),
    body,
    paragraphs: body.split('\n\n').filter((p) => p.trim() !== ''),
    ...(published !== undefined ? { published } : {}),
    ...(dateline !== undefined && dateline !== '' ? { dateline } : {}),
    ...(source !== undefined ? { source } : {}),
    tags,
    related,
    dates,
    removed,
    edits,
    appended: [],
  };
  return appended === undefined ? { article } : { article, appended };
}

/**
 * Maps body positions (after the edits) back to positions before them; calls must come in
 * non-decreasing order (one walk over the edits). A position inside a replacement maps to the
 * edit's start.
 */
function bodyToLight(edits: readonly Edit[]): (b: number) => number {
  let k = 0;
  let delta = 0; // body index minus light index, before edit k
  return (b: number): number => {
    for (;;) {
      const e = edits[k];
      if (e === undefined || b < e.start + delta) return b - delta;
      if (b < e.start + delta + e.replacement.length) return e.start;
      delta += e.replacement.length - (e.end - e.start);
      k++;
    }
  };
}

/** Shifts a mention found in a substring starting at `offset` of `raw`. */
function shift(m: DateMention, offset: number, raw: string): DateMention {
  const start = offset + m.start;
  const end = offset + m.end;
  return { ...m, start, end, text: raw.slice(start, end) };
}

/** Longest headline taken as a title, in words (a longer first line is a lead without its stop). */
const TITLE_MAX_WORDS = 16;

/** The headline line: the first line, short, not a paragraph, followed by more text. */
function titleLine(page: Page, findings: readonly Finding[]): Line | undefined {
  const lines = page.lines;
  let k = 0;
  while (k < lines.length && isBlank(lines[k] as Line)) k++;
  const l = lines[k];
  if (l === undefined) return undefined;
  if (findings.some((f) => f.start < l.next && f.end > l.start)) return undefined;
  const n = countTokens(page.norm, l.ns, l.ne, TITLE_MAX_WORDS + 1);
  if (n > TITLE_MAX_WORDS || isProse(page, l)) return undefined;
  const last = page.norm.charCodeAt(l.ne - 1);
  if (last === 0x2c || last === 0x60c || (last === 0x2e && page.norm.charCodeAt(l.ne - 2) !== 0x2e)) return undefined;
  let f = 0; // walks the sorted findings in step with the lines
  for (let j = k + 1; j < lines.length; j++) {
    const m = lines[j] as Line;
    while (f < findings.length && (findings[f] as Finding).end < m.end) f++;
    const covered = f < findings.length && (findings[f] as Finding).start <= m.start;
    if (!isBlank(m) && !covered) return l;
  }
  return undefined;
}

/** Whether `value` shows anything once invisible controls and whitespace are gone. */
function isVisible(value: string): boolean {
  return normalize(value, 'light').trim() !== '';
}

/** `value`, or undefined when it is empty or only invisible controls and whitespace. */
function visibleOrUndefined(value: string): string | undefined {
  return isVisible(value) ? value : undefined;
}

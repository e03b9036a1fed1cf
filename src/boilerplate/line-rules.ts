// Whole-line rules: a line that starts with a label («المصدر:», «كلمات دلالية:», «تاريخ النشر:»)
// or is a share widget, a copyright notice, site residue or a wire end marker.
import { isDigit, isProsePunct, isSpace, isWordChar } from './chars.js';
import { T } from './compiled.js';
import type { Finding } from './finding.js';
import { firstWordAt, prevNonSpace, skipSeparators, skipSpace, some, trimEnd, wordAt } from './match.js';
import { countTokens, isBlank, rawAt, tokenize, type Line, type Page } from './page.js';
import type { BoilerplateKind } from './types.js';

/** A whole-line finding with an optional value range (normalized indices). */
function whole(page: Page, line: Line, kind: BoilerplateKind, vs?: number, ve?: number): Finding {
  if (vs === undefined || ve === undefined || ve <= vs) return { kind, start: line.start, end: line.next };
  return { kind, start: line.start, end: line.next, value: { start: rawAt(page, vs), end: rawAt(page, ve) } };
}

/** Label at line start followed by a separator; returns where the value starts, or -1. */
function labelled(norm: string, line: Line, labels: readonly string[], needSeparator: boolean): number {
  const label = firstWordAt(norm, line.ns, labels);
  if (label === undefined) return -1;
  const after = line.ns + label.length;
  const i = skipSpace(norm, after, line.ne);
  if (i >= line.ne) return needSeparator ? -1 : i;
  const c = norm.charCodeAt(i);
  const sep = c === 0x3a || c === 0x7c || c === 0x28 || c === 0x2d || c === 0x2013 || c === 0xff1a || c === 0x5b;
  if (needSeparator && !sep) return -1;
  return skipSeparators(norm, i, line.ne);
}

/** A Latin domain such as «AHDATH.INFO» or «www.example.com». */
function isDomain(norm: string, s: number, e: number): boolean {
  let dot = -1;
  let letters = 0;
  for (let i = s; i < e; i++) {
    const c = norm.charCodeAt(i);
    if (c === 0x2e) dot = i;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
    else if (!(isDigit(c) || c === 0x2d || c === 0x2f || c === 0x3a)) return false;
  }
  return dot > s && dot < e - 1 && letters >= 3;
}

/** A domain written with a space for its dot («AHDATH INFO- …»). */
function spacedDomain(norm: string, t: readonly number[]): boolean {
  if (t.length < 4) return false;
  const name = norm.slice(t[0], t[1]);
  const tld = norm.slice(t[2], t[3]).toUpperCase();
  let latin = name.length >= 3;
  for (let i = 0; i < name.length && latin; i++) latin = name.charCodeAt(i) >= 0x41 && name.charCodeAt(i) <= 0x5a;
  return latin && (tld.startsWith('INFO') || tld.startsWith('INF-') || tld === 'INF' || tld.startsWith('COM') || tld.startsWith('NET') || tld.startsWith('ORG'));
}

/** A wire timestamp line: «18:35 ت م». */
function isTimestamp(page: Page, line: Line): boolean {
  const t = tokenize(page.norm, line.ns, line.ne, 5);
  if (t.length < 2 || t.length > 8) return false;
  const first = page.norm.slice(t[0], t[1]);
  const colon = first.indexOf(':');
  if (colon < 1 || !isDigit(first.charCodeAt(0)) || !isDigit(first.charCodeAt(first.length - 1))) return false;
  for (let k = 2; k < t.length; k += 2) if (!T.timestamp.has(page.norm.slice(t[k], t[k + 1]))) return false;
  return true;
}

/** Length of the label prefixes the fast path looks up (see compiled.ts). */
const LABEL_PREFIX = 4;

/** Runs the whole-line rules over every line. */
export function lineRules(page: Page, out: Finding[]): void {
  const { lines } = page;
  let prevResidue = false;
  let lastStart = -1;
  for (const line of lines) if (!isBlank(line)) lastStart = line.start;
  for (const line of lines) {
    if (isBlank(line)) continue;
    const found = ruleFor(page, line, prevResidue, line.start === lastStart);
    prevResidue = found !== undefined && found.kind === 'site-residue';
    if (found !== undefined) out.push(found);
  }
  trailingRules(page, out);
}

function ruleFor(page: Page, line: Line, prevResidue: boolean, isLast: boolean): Finding | undefined {
  const { norm } = page;
  const c0 = norm.charCodeAt(line.ns);
  // most lines are prose: an Arabic opening no label starts with rules them out at once
  if (c0 >= 0x600 && c0 <= 0x6ff && !prevResidue && !T.labelPrefixes.has(norm.slice(line.ns, line.ns + LABEL_PREFIX))) return undefined;
  const tokens = countTokens(norm, line.ns, line.ne, 60);
  let v = labelled(norm, line, T.publishDate, false);
  if (v >= 0 && tokens <= 14) return whole(page, line, 'publish-date', v, trimEnd(norm, v, line.ne));
  v = labelled(norm, line, T.sourceLabels, true);
  if (v >= 0 && tokens <= 14) return whole(page, line, 'source', v, trimEnd(norm, v, line.ne));
  v = labelled(norm, line, T.tagLabels, false);
  if (v >= 0 && tokens <= 60) {
    const label = firstWordAt(norm, line.ns, T.tagLabels) as string;
    const colon = norm.charCodeAt(skipSpace(norm, line.ns + label.length, line.ne)) === 0x3a;
    // «سمات» is also a noun: as a label it needs a colon, or to end the page without punctuation
    if (label !== T.trailingTag || colon || (isLast && !some(norm, v, line.ne, isProsePunct))) {
      return whole(page, line, 'tags', v, trimEnd(norm, v, line.ne));
    }
  }
  const text = tokens <= 25 ? norm.slice(line.ns, line.ne) : '';
  for (const p of T.copyright) if (text.includes(p)) return whole(page, line, 'copyright');
  const lead = skipLeadSymbols(norm, line);
  for (const p of T.share) {
    if (!norm.startsWith(p, lead)) continue;
    const widgetEnd = shareWidgetEnd(norm, lead + p.length, line.ne);
    if (countTokens(norm, widgetEnd, line.ne, 7) > 6 && widgetEnd > lead + p.length) {
      return { kind: 'share', start: rawAt(page, lead), end: rawAt(page, widgetEnd) };
    }
    if (tokens <= 40) return whole(page, line, 'share');
  }
  const t = tokenize(norm, line.ns, line.ne, 2);
  if (t.length >= 2 && tokens <= 8 && (isDomain(norm, t[0] as number, t[1] as number) || spacedDomain(norm, t))) return whole(page, line, 'site-residue');
  if (tokens <= 4 && norm.startsWith('//', line.ns)) {
    for (const w of T.wireEnd) if (text.includes(w)) return whole(page, line, 'site-residue');
  }
  if (prevResidue && isTimestamp(page, line)) return whole(page, line, 'site-residue');
  return undefined;
}

/** Skips bullets and symbols before a line's first word. */
function skipLeadSymbols(norm: string, line: Line): number {
  let i = line.ns;
  while (i < line.ne && !isWordChar(norm.charCodeAt(i))) i++;
  return i;
}

/** End of the run of share-widget words starting at `from`. */
function shareWidgetEnd(norm: string, from: number, to: number): number {
  let end = from;
  const t = tokenize(norm, from, to, 20);
  for (let k = 0; k < t.length; k += 2) {
    if (!T.shareWords.has(norm.slice(t[k], t[k + 1]))) break;
    end = t[k + 1] as number;
  }
  return end;
}

const TAIL_WINDOW = 600;

/** Rules for the end of the page: «… سمات وسم وسم» and «… المصدر (سكاي نيوز)» glued to the last paragraph. */
function trailingRules(page: Page, out: Finding[]): void {
  const { norm, lines } = page;
  let last: Line | undefined;
  for (let k = lines.length - 1; k >= 0; k--) {
    const l = lines[k] as Line;
    if (!isBlank(l)) {
      last = l;
      break;
    }
  }
  if (last === undefined) return;
  const l = last;
  if (out.some((f) => f.start === l.start)) return;
  // the glued tag list or source credit sits in the line's last few hundred units
  const from = Math.max(l.ns, l.ne - TAIL_WINDOW);
  const lastText = norm.slice(from, l.ne);
  const rel = lastText.lastIndexOf(' ' + T.trailingTag + ' ');
  const tag = rel < 0 ? -1 : from + rel;
  if (tag > l.ns) {
    const s = tag + 1;
    const v = s + T.trailingTag.length + 1;
    const n = countTokens(norm, v, l.ne, 21);
    if (n >= 1 && n <= 20 && !some(norm, v, l.ne, isProsePunct)) {
      out.push({ kind: 'tags', start: rawAt(page, s), end: rawAt(page, l.ne), value: { start: rawAt(page, v), end: rawAt(page, l.ne) } });
      return;
    }
  }
  for (const label of T.sourceLabels) {
    const r = lastText.lastIndexOf(label);
    const s = r < 0 ? -1 : from + r;
    if (s <= l.ns || !isSpace(norm.charCodeAt(s - 1)) || !wordAt(norm, s, label)) continue;
    const before = prevNonSpace(norm, s, l.ns);
    const bc = before < 0 ? 0 : norm.charCodeAt(before);
    if (!isProsePunct(bc)) continue;
    const i = skipSpace(norm, s + label.length, l.ne);
    const c = norm.charCodeAt(i);
    if (c !== 0x3a && c !== 0x28 && c !== 0x7c) continue;
    const v = skipSeparators(norm, i + (c === 0x28 ? 1 : 0), l.ne);
    const ve = trimEnd(norm, v, l.ne);
    if (ve <= v || countTokens(norm, v, ve, 9) > 8) continue;
    out.push({ kind: 'source', start: rawAt(page, s), end: rawAt(page, l.ne), value: { start: rawAt(page, v), end: rawAt(page, ve) } });
    return;
  }
}

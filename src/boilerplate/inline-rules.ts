// Marker scans anywhere in the text: bracketed photo notes, «مقالات أخرى للكاتب…» runs and
// site-specific markers.
import { isSentenceEnd, isWordChar } from './chars.js';
import { T } from './compiled.js';
import type { Finding } from './finding.js';
import { prevNonSpace, skipSpace } from './match.js';
import { rawAt, type Line, type Page } from './page.js';
import { lineOf } from './read-also.js';
import type { BoilerplateKind } from './types.js';

/** «(صورة أرشيفية)»: a caption phrase alone in brackets. */
export function captionRules(page: Page, out: Finding[]): void {
  const { norm } = page;
  let p = norm.indexOf('(');
  while (p >= 0) {
    const s = skipSpace(norm, p + 1, norm.length);
    const phrase = T.caption.find((c) => norm.startsWith(c, s));
    if (phrase !== undefined) {
      const e = skipSpace(norm, s + phrase.length, norm.length);
      if (norm.charCodeAt(e) === 0x29) out.push({ kind: 'caption', start: rawAt(page, p), end: rawAt(page, e + 1) });
    }
    p = norm.indexOf('(', p + 1);
  }
}

/** A marker that removes itself and the rest of its line, at a line start or after a sentence end. */
export function restOfLineRules(page: Page, marker: string, kind: BoilerplateKind, lineStart: boolean, out: Finding[]): void {
  const { norm } = page;
  if (marker === '') return;
  for (let p = norm.indexOf(marker); p >= 0; p = norm.indexOf(marker, p + marker.length)) restOfLineAt(page, p, kind, lineStart, out);
}

/** The rest of the line from a marker at `p`, when the marker starts the line or follows a sentence end. */
function restOfLineAt(page: Page, p: number, kind: BoilerplateKind, lineStart: boolean, out: Finding[]): void {
  const { norm, lines } = page;
  if (p > 0 && isWordChar(norm.charCodeAt(p - 1))) return;
  const line = lines[lineOf(lines, page, p)] as Line;
  let lead = line.ns;
  while (lead < p && !isWordChar(norm.charCodeAt(lead))) lead++;
  if (lead === p) {
    out.push({ kind, start: line.start, end: line.next });
    return;
  }
  if (lineStart) return;
  const b = prevNonSpace(norm, p, line.ns);
  const c = norm.charCodeAt(b);
  if (isSentenceEnd(c) || c === 0x3a || c === 0x29) out.push({ kind, start: rawAt(page, p), end: rawAt(page, line.ne) });
}

/** «مقالات أخرى للكاتب» followed by glued headlines, to the end of its line. */
export function relatedListRules(page: Page, out: Finding[]): void {
  // one scan for the shared word, then the markers around each hit
  const { norm } = page;
  const anchor = T.relatedAnchor;
  const seen = new Set<number>();
  for (let a = norm.indexOf(anchor); a >= 0; a = norm.indexOf(anchor, a + anchor.length)) {
    for (const m of T.relatedList) {
      const at = a - m.indexOf(anchor);
      if (at >= 0 && !seen.has(at) && norm.startsWith(m, at)) {
        seen.add(at);
        restOfLineAt(page, at, 'related-list', false, out);
      }
    }
  }
}

// Metadata values taken from boilerplate findings.
import { isDash, isSpace } from '../boilerplate/chars.js';
import { T } from '../boilerplate/compiled.js';
import { normalizeWithOffsets } from '../chars/index.js';
import type { DateMention } from '../dates/index.js';

function isEdge(c: number): boolean {
  return isSpace(c) || isDash(c) || c === 0x3a || c === 0x7c || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x2e;
}

/** Trims white space, label separators and brackets from both ends. */
export function trimValue(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isEdge(s.charCodeAt(a))) a++;
  while (b > a && isEdge(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

/** The source name from a source line's value, cut before a repeated label («الخليج الجديدالمصدر: الخليج الجديد»). */
export function sourceName(value: string): string {
  const { text, offsets } = normalizeWithOffsets(value, 'search');
  let cut = value.length;
  for (const label of T.sourceLabels) {
    const at = text.indexOf(label, 1);
    if (at > 0) cut = Math.min(cut, offsets[at] as number);
  }
  return trimValue(value.slice(0, cut));
}

/** A dateline's text without its closing dash. */
export function datelineText(value: string): string {
  let b = value.length;
  while (b > 0 && (isSpace(value.charCodeAt(b - 1)) || isDash(value.charCodeAt(b - 1)))) b--;
  let a = 0;
  while (a < b && isSpace(value.charCodeAt(a))) a++;
  return value.slice(a, b);
}

/** The publication date among a date line's mentions: a full Gregorian date first (the Gregorian half of a Hijri/Gregorian pair). */
export function pickPublished(mentions: readonly DateMention[]): DateMention | undefined {
  let fallback: DateMention | undefined;
  for (const m of mentions) {
    const full = m.year !== undefined && m.day !== undefined;
    if (m.calendar === 'gregorian' && full) return m;
    if (fallback === undefined && m.gregorian !== undefined) fallback = m;
  }
  return fallback;
}

// Splits a tag line into tags.
import { isSpace } from '../boilerplate/chars.js';
import { T } from '../boilerplate/compiled.js';
import { fold } from '../boilerplate/fold.js';

const MAX_TAG_WORDS = 4;

function isTagSeparator(c: number): boolean {
  return c === 0x60c || c === 0x2c || c === 0x3b || c === 0x61b || c === 0x7c || c === 0x23 || c === 0x2022 || c === 0x0a || c === 0x0d || c === 0x2f;
}

/**
 * Tags from a tag line. With separators («،», «,», «|», «#», «;») each piece is a tag. Without
 * them, sites that list tags in code-point order («سمات أوامر ملكية الملك سلمان تويتر») are split
 * so that the tags come out in ascending order, as many as possible, earlier tags as long as
 * possible; otherwise each word is a tag, name particles («بن», «أبو») joined to their neighbours.
 */
export function splitTags(line: string): string[] {
  const pieces: string[] = [];
  let s = 0;
  let separated = false;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && !isTagSeparator(line.charCodeAt(i))) continue;
    if (i < line.length) separated = true;
    const p = line.slice(s, i).trim();
    if (p !== '') pieces.push(p);
    s = i + 1;
  }
  if (separated) return pieces;
  const words = splitWords(line);
  if (words.length <= 1) return words;
  const sorted = sortedSegmentation(words);
  if (sorted !== undefined && sorted.length * 2 > words.length && sorted.every(plausibleTag)) return sorted;
  return joinParticles(words);
}

function splitWords(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    const a = i;
    while (i < s.length && !isSpace(s.charCodeAt(i))) i++;
    if (i > a) out.push(s.slice(a, i));
  }
  return out;
}

/** Segmentation into tags in ascending code-point order (undefined for long lines). */
function sortedSegmentation(words: readonly string[]): string[] | undefined {
  const n = words.length;
  if (n > 80) return undefined;
  const tag = (i: number, j: number): string => words.slice(i, j).join(' ');
  // g[i * (W + 1) + len]: most tags covering words[i..n) when the first tag has `len` words
  const W = MAX_TAG_WORDS;
  const g = new Int32Array((n + 1) * (W + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let len = 1; len <= W && i + len <= n; len++) {
      const j = i + len;
      if (j === n) {
        g[i * (W + 1) + len] = 1;
        continue;
      }
      const first = tag(i, j);
      let best = 0;
      for (let l2 = 1; l2 <= W && j + l2 <= n; l2++) {
        const v = g[j * (W + 1) + l2] as number;
        if (v > 0 && first < tag(j, j + l2) && v + 1 > best) best = v + 1;
      }
      g[i * (W + 1) + len] = best;
    }
  }
  const out: string[] = [];
  let i = 0;
  let prev = '';
  let want = 0;
  for (let len = 1; len <= W && len <= n; len++) want = Math.max(want, g[len] as number);
  if (want === 0) return undefined;
  while (i < n) {
    let pick = 0;
    for (let len = W; len >= 1; len--) {
      if (i + len > n || (g[i * (W + 1) + len] as number) !== want) continue;
      if (prev !== '' && !(prev < tag(i, i + len))) continue;
      pick = len;
      break;
    }
    if (pick === 0) return undefined;
    prev = tag(i, i + pick);
    out.push(prev);
    i += pick;
    want--;
  }
  return out;
}

/** A tag neither made of nor cut at a name particle («بن», «أبو»). */
function plausibleTag(tag: string): boolean {
  const words = splitWords(tag);
  return !T.particles.has(fold(words[0] as string)) && !T.particles.has(fold(words[words.length - 1] as string));
}

/** Each word a tag, with «بن»/«أبو»/«عبد» … joined to the following word (and «بن» to the one before). */
function joinParticles(words: readonly string[]): string[] {
  const out: string[] = [];
  let glue = false;
  for (const w of words) {
    const f = fold(w);
    const isParticle = T.particles.has(f);
    const last = out.length - 1;
    const prev = out[last];
    if (prev !== undefined && (glue || ((f === 'بن' || f === 'بنت') && !fold(prev).startsWith('ال')))) out[last] = prev + ' ' + w;
    else out.push(w);
    glue = isParticle;
  }
  return out;
}

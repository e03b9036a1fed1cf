#!/usr/bin/env node
// Prints a Stryker `--mutate` list for a seeded random sample of the code lines of one area:
//
//   node scripts/mutation-sample.mjs <area> <fraction> [seed]
//
// Each source file of src/<area> (index.ts and types.ts left out, as in a full run) contributes
// `fraction` of its code lines (not blank, not comment-only), drawn with a fixed seed, as
// `file:line-line` ranges. The mutants on those lines are a cluster sample of the area's mutants,
// so the score of a sampled run estimates the full score (scripts/mutation.sh, MUTATION_SAMPLE).
//
// A line is drawn by a hash of the seed, its file, its trimmed text and how many identical lines
// precede it in the file, not by its position: an edit elsewhere in the area leaves the rest of
// the sample as it was, and an edited line is drawn afresh.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';

const [area, fractionArg, seedArg = '20261129'] = process.argv.slice(2);
const fraction = Number(fractionArg);
if (area === undefined || !(fraction > 0 && fraction <= 1)) {
  process.stderr.write('usage: mutation-sample.mjs <area> <fraction in (0, 1]> [seed]\n');
  process.exit(2);
}

/** FNV-1a over the UTF-16 units of `key`, then an avalanche step, as a number in [0, 1). */
function draw(key) {
  let h = 0x811c9dc5;
  for (let k = 0; k < key.length; k++) h = Math.imul(h ^ key.charCodeAt(k), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !(dir === join('src', area) && (name === 'index.ts' || name === 'types.ts'))) out.push(path);
  }
  return out;
}

const ranges = [];
for (const file of sourceFiles(join('src', area))) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const seen = new Map();
  let inComment = false;
  lines.forEach((line, k) => {
    const t = line.trim();
    const commentOnly = inComment || t === '' || t.startsWith('//') || t.startsWith('/*') || t.startsWith('*');
    if (t.startsWith('/*') && !t.includes('*/')) inComment = true;
    else if (inComment && t.includes('*/')) inComment = false;
    if (commentOnly) return;
    const nth = seen.get(t) ?? 0;
    seen.set(t, nth + 1);
    if (draw(`${seedArg}\u0000${file}\u0000${t}\u0000${nth}`) < fraction) ranges.push(`${file}:${k + 1}-${k + 1}`);
  });
}
process.stdout.write(ranges.join(','));

#!/usr/bin/env node
// Prints a Stryker `--mutate` list for a seeded random sample of the code lines of one area:
//
//   node scripts/mutation-sample.mjs <area> <fraction> [seed]
//
// Each source file of src/<area> (index.ts and types.ts left out, as in a full run) contributes
// `fraction` of its code lines (not blank, not comment-only), drawn with a fixed seed, as
// `file:line-line` ranges. The mutants on those lines are a cluster sample of the area's mutants,
// so the score of a sampled run estimates the full score (scripts/mutation.sh, MUTATION_SAMPLE).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';

const [area, fractionArg, seedArg = '20261129'] = process.argv.slice(2);
const fraction = Number(fractionArg);
if (area === undefined || !(fraction > 0 && fraction <= 1)) {
  process.stderr.write('usage: mutation-sample.mjs <area> <fraction in (0, 1]> [seed]\n');
  process.exit(2);
}

/** mulberry32: a small seeded generator, so the sample is the same on every run. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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

const random = generator(Number(seedArg));
const ranges = [];
for (const file of sourceFiles(join('src', area))) {
  const lines = readFileSync(file, 'utf8').split('\n');
  let inComment = false;
  lines.forEach((line, k) => {
    const t = line.trim();
    const commentOnly = inComment || t === '' || t.startsWith('//') || t.startsWith('/*') || t.startsWith('*');
    if (t.startsWith('/*') && !t.includes('*/')) inComment = true;
    else if (inComment && t.includes('*/')) inComment = false;
    // Draw for every line, so that the sample of a file does not depend on its comments.
    const drawn = random() < fraction;
    if (drawn && !commentOnly) ranges.push(`${file}:${k + 1}-${k + 1}`);
  });
}
process.stdout.write(ranges.join(','));

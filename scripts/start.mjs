// `npm start`: the main job on the bundled sample page (examples/sample-article.txt, written for
// this project): the raw page, what `tanqih clean` prints for it, and the metadata cleanArticle
// extracted instead of losing it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanArticle } from '../dist/index.js';

const sample = fileURLToPath(new URL('../examples/sample-article.txt', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const raw = readFileSync(sample, 'utf8');

console.log('=== before: examples/sample-article.txt (a scraped page) ===\n');
console.log(raw);
console.log('=== after: tanqih clean examples/sample-article.txt ===\n');
console.log(execFileSync(process.execPath, [cli, 'clean', sample], { encoding: 'utf8' }));

const article = cleanArticle(raw);
const summary = {
  title: article.title,
  published: article.published && { text: article.published.text, gregorian: article.published.gregorian },
  dateline: article.dateline,
  source: article.source,
  tags: article.tags,
  related: article.related,
  dates: article.dates.map((d) => ({ text: d.text, year: d.year, month: d.month, day: d.day, systems: d.systems })),
  removed: article.removed.map((r) => `${r.kind} [${r.start}, ${r.end})`),
  edits: article.edits.map((e) => `${e.kind} [${e.start}, ${e.end}) → ${JSON.stringify(e.replacement)}`),
  appended: article.appended.map((a) => ({ title: a.title, edits: a.edits.map((e) => e.kind) })),
};
console.log('=== metadata: cleanArticle(raw), removed and repaired, nothing lost silently ===\n');
console.log(JSON.stringify(summary, null, 2));

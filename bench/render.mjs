#!/usr/bin/env node
// Renders results saved by `bench/run.mjs --save FILE` (or printed with --json) as Markdown.
//
//   node bench/render.mjs results.json
import { readFileSync } from 'node:fs';
import process from 'node:process';

import { renderMarkdown } from './report.mjs';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node bench/render.mjs results.json\n');
  process.exit(1);
}
process.stdout.write(`${renderMarkdown(JSON.parse(readFileSync(file, 'utf8')))}\n`);

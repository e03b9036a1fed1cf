// `npm start`: runs the main job on the bundled sample article and prints the result.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as tanqih from '../dist/index.js';

const samplePath = fileURLToPath(new URL('../examples/sample-article.txt', import.meta.url));
const raw = readFileSync(samplePath, 'utf8');

console.log('=== before (examples/sample-article.txt) ===\n');
console.log(raw);
console.log('=== after: normalize(raw) — light profile, lossless ===\n');
console.log(tanqih.normalize(raw));
console.log('=== after: normalize(raw, "search") ===\n');
console.log(tanqih.normalize(raw, 'search'));

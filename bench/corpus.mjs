// Loads the benchmark corpus (JSON Lines, one article per line with a `text` field) and builds the
// inputs the benchmark times. The corpus is read from outside the repository and never copied.
import { Buffer } from 'node:buffer';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes of UTF-8 in a string (the unit all throughputs are quoted in). */
export function utf8Bytes(/** @type {string} */ s) {
  return Buffer.byteLength(s, 'utf8');
}

/**
 * The `.jsonl` files of a corpus directory (or the single file given), sorted by name;
 * an empty list when the path does not exist.
 *
 * @param {string} path
 * @returns {string[]}
 */
export function corpusFiles(path) {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(path, f));
}

/**
 * The article texts of the corpus, one per record (empty when a record has no `text`), in file
 * order.
 *
 * @param {string[]} files
 * @returns {string[]}
 */
export function loadArticles(files) {
  const articles = [];
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const record = JSON.parse(line);
      articles.push(typeof record.text === 'string' ? record.text : ''); // a few records have only a lead
    }
  }
  return articles;
}

/**
 * A sample of about `bytes` UTF-8 bytes spread over the whole list (every k-th article), so that
 * it mixes the sources as the full corpus does (the files differ a lot: one is mostly a PDF
 * paste in presentation forms). At least one article.
 *
 * @param {string[]} articles
 * @param {number} bytes
 * @returns {string[]}
 */
export function sampleArticles(articles, bytes) {
  const total = articles.reduce((n, a) => n + utf8Bytes(a), 0);
  const stride = Math.max(1, Math.floor(total / bytes));
  const out = [];
  let size = 0;
  for (let i = 0; i < articles.length && size < bytes; i += stride) {
    out.push(articles[i]);
    size += utf8Bytes(articles[i]);
  }
  return out;
}

/**
 * A flat string of about `bytes` UTF-8 bytes made of copies of `text` joined by blank lines (the
 * last copy cut short at a line break), so that no character is split.
 *
 * @param {string} text
 * @param {number} bytes
 * @returns {string}
 */
export function repeatToSize(text, bytes) {
  const textBytes = utf8Bytes(text) + 2;
  const parts = Array.from({ length: Math.floor(bytes / textBytes) }, () => text);
  const restUnits = Math.round(((bytes - parts.length * textBytes) / textBytes) * text.length);
  if (restUnits > 0) {
    const cut = text.lastIndexOf('\n', restUnits);
    parts.push(text.slice(0, cut > 0 ? cut : restUnits));
  }
  return parts.join('\n\n'); // join builds one flat string, which indexes faster than a slice
}

/**
 * Plain English prose, written for this benchmark, used to time the ASCII fast path.
 *
 * @param {number} bytes
 * @returns {string}
 */
export function asciiText(bytes) {
  const paragraph =
    'The ministry said on Tuesday that the new port terminal would open next spring, adding 40 ' +
    'berths and about 1,200 jobs. Officials expect traffic to grow by 7.5% a year until 2030, ' +
    'while critics warn that the budget has already doubled since the project was announced.\n\n';
  return repeatToSize(paragraph, bytes);
}

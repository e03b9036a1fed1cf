// Baseline: the `search` profile of ../shared/spec/normalization.md written the naive way, one
// String.prototype.replace per rule (what most Arabic normalizers on npm/PyPI do). It exists only
// to be timed against the single-pass engine; it is deliberately straightforward, not clever.

const LOOKALIKE = {
  '\u06A9': '\u0643', // ک → ك
  '\u06CC': '\u064A', // ی → ي
  '\u06D2': '\u064A', // ے → ي
  '\u06C1': '\u0647', // ہ → ه
  '\u06C0': '\u0647', // ۀ → ه (its hamza is a mark, stripped by `search`)
  '\u06D5': '\u0647', // ە → ه
  '\u06BE': '\u0647', // ھ → ه
};
const HAMZA_CARRIER = { '\u0624': '\u0648', '\u0626': '\u064A' };
const PUNCTUATION = { '\u060C': ',', '\u061B': ';', '\u061F': '?', '\u066A': '%' };
const SEPARATOR = { '\u066B': '.', '\u066C': ',' };

/** @param {string} c one presentation-form code unit */
function presentationForm(c) {
  // The rial sign decomposes with Farsi yeh and the ornate forms with SPACE + mark: fix both.
  const d = c.normalize('NFKC').replace(/\u06CC/g, '\u064A');
  return d.length > 1 && d.charCodeAt(0) === 0x20 ? d.slice(1) : d;
}

/** @param {string} run a run of whitespace: one space, or its line breaks (at most one blank line) */
function whitespaceRun(run) {
  const first = run.indexOf('\n');
  if (first < 0) return ' ';
  return run.indexOf('\n', first + 1) < 0 ? '\n' : '\n\n';
}

/** @param {string} d one Arabic-Indic or Extended Arabic-Indic digit */
function asciiDigit(d) {
  const c = d.charCodeAt(0);
  return String.fromCharCode(c - (c >= 0x6f0 ? 0x6f0 : 0x660) + 0x30);
}

/**
 * The `search` profile as a chain of one `replace` per rule.
 *
 * @param {string} s
 * @returns {string}
 */
export function naiveSearch(s) {
  return s
    .replace(/\r\n?/g, '\n') // line breaks: CRLF/CR → LF
    .replace(/[\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g, '') // invisibles
    .replace(/\u200C(?!\p{L})|(?<!\p{L})\u200C/gu, '') // ZWNJ unless between two letters
    .replace(/[\u0627\u0648\u064A\u06C1\u06D2\u06D5][\u0653-\u0655]/g, (m) => m.normalize('NFC')) // compose NFD
    .replace(/[\uFB50-\uFDFF\uFE70-\uFEFE]/g, presentationForm) // presentation forms
    .replace(/[\u06A9\u06CC\u06D2\u06C1\u06C0\u06D5\u06BE]/g, (c) => LOOKALIKE[c] ?? c) // look-alikes
    .replace(/\u0640/g, '') // tatweel
    .replace(
      /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u0897-\u089F\u08CA-\u08E1\u08E3-\u08FF\u{10EFA}-\u{10EFF}]/gu,
      '',
    ) // diacritics (all Arabic Mn, Unicode 17)
    .replace(/[\u0622\u0623\u0625\u0671-\u0673]/g, '\u0627') // alef
    .replace(/\u0649/g, '\u064A') // ya
    .replace(/[\u0629\u06C3]/g, '\u0647') // teh marbuta
    .replace(/[\u0624\u0626]/g, (c) => HAMZA_CARRIER[c] ?? c) // hamza carriers
    .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, asciiDigit) // digits
    .replace(/(?<=\d)[\u066B\u066C](?=\d)/g, (c) => SEPARATOR[c] ?? c) // decimal/thousands separators
    .replace(/[\u060C\u061B\u061F\u066A]/g, (c) => PUNCTUATION[c] ?? c) // punctuation
    .replace(/[\t\n \u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, whitespaceRun) // whitespace runs
    .replace(/ $/, ''); // no trailing space
}

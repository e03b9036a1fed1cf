// Collects the runnable code examples of the documentation: fenced ```ts / ```js blocks in Markdown
// files, and the fenced blocks of every `@example` tag in TSDoc comments.

/** One runnable code example found in the documentation. */
export interface DocBlock {
  /** Repository-relative path of the file the example is in. */
  readonly file: string;
  /** 1-based line in `file` of the example's first code line. */
  readonly line: number;
  /** The fence's language (`ts`, `js`, ...). */
  readonly lang: string;
  /** The code, with comment prefixes and fence indentation removed. */
  readonly code: string;
  /** For TSDoc examples: the name of the documented declaration, when one is recognized. */
  readonly symbol?: string;
}

/** Fence languages whose blocks are run; anything else (sh, text, json, ...) is skipped. */
export const RUNNABLE_LANGS: ReadonlySet<string> = new Set(['ts', 'typescript', 'js', 'javascript', 'mjs']);

/** A word in a fence's info string that keeps a runnable-language block from being run. */
export const NO_TEST_MARKER = 'no-test';

interface SourceLine {
  readonly text: string;
  /** 1-based line number in the original file. */
  readonly line: number;
}

interface Fence {
  readonly lang: string;
  readonly info: readonly string[];
  readonly line: number;
  readonly code: string;
}

interface FenceOpen {
  readonly indent: number;
  readonly marker: string;
  readonly info: readonly string[];
}

/** Parses an opening fence line (CommonMark: three or more ` or ~, then an info string). */
function parseFenceOpen(text: string): FenceOpen | undefined {
  let indent = 0;
  while (text[indent] === ' ' || text[indent] === '\t') indent++;
  const char = text[indent];
  if (char !== '`' && char !== '~') return undefined;
  let end = indent;
  while (text[end] === char) end++;
  if (end - indent < 3) return undefined;
  const rest = text.slice(end);
  if (char === '`' && rest.includes('`')) return undefined;
  const info = rest.trim().split(/\s+/).filter((w) => w !== '');
  info[0] = (info[0] ?? '').toLowerCase();
  return { indent, marker: text.slice(indent, end), info };
}

/** Splits text into lines, keeping 1-based line numbers. */
function toLines(text: string, firstLine = 1): SourceLine[] {
  return text.split(/\r?\n/).map((t, i) => ({ text: t, line: firstLine + i }));
}

/** Finds the fenced code blocks among `lines` (CommonMark fences, ``` or ~~~, not nested). */
function findFences(lines: readonly SourceLine[]): Fence[] {
  const fences: Fence[] = [];
  let i = 0;
  while (i < lines.length) {
    const open = parseFenceOpen(lines[i]!.text);
    if (open === undefined) {
      i++;
      continue;
    }
    const { indent, marker, info } = open;
    const lang = info[0]!;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const t = lines[j]!.text;
      const trimmed = t.trimStart();
      if (trimmed.startsWith(marker[0]!.repeat(marker.length)) && trimmed.replace(/[`~]+/, '').trim() === '') break;
      // Remove up to `indent` columns of the opening fence's indentation (CommonMark).
      let k = 0;
      while (k < indent && (t[k] === ' ' || t[k] === '\t')) k++;
      body.push(t.slice(k));
    }
    fences.push({ lang, info, line: lines[i]!.line + 1, code: body.join('\n') });
    i = j + 1;
  }
  return fences;
}

/** Whether a fence's block is run as a test. */
export function isRunnable(info: readonly string[]): boolean {
  return RUNNABLE_LANGS.has(info[0] ?? '') && !info.includes(NO_TEST_MARKER);
}

/** The runnable ```ts / ```js blocks of a Markdown file. */
export function extractMarkdownBlocks(markdown: string, file: string): DocBlock[] {
  return findFences(toLines(markdown))
    .filter((f) => isRunnable(f.info))
    .map((f) => ({ file, line: f.line, lang: f.lang, code: f.code }));
}

const DECLARATION =
  /^\s*(?:export\s+)?(?:declare\s+)?(?:default\s+)?(?:abstract\s+)?(?:async\s+)?(?:function\*?|const|let|var|class|interface|type|enum|namespace)\s+([A-Za-z_$][\w$]*)/;
const MEMBER = /^\s*(?:readonly\s+)?([A-Za-z_$][\w$]*)\??\s*[:(]/;

/** The name declared right after a doc comment (`export function name`, a property `name:`), if any. */
function declaredName(after: string): string | undefined {
  const firstLine = after.replace(/^\s*\n/, '').split('\n', 1)[0] ?? '';
  return DECLARATION.exec(firstLine)?.[1] ?? MEMBER.exec(firstLine)?.[1];
}

/**
 * The `@example` blocks of the TSDoc comments in a TypeScript source file. An `@example` runs until
 * the next block tag; its fenced blocks are collected (runnable languages only). An `@example`
 * without a fence is taken as TypeScript code as a whole, the way TypeDoc renders it.
 */
export function extractTsdocExamples(source: string, file: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  let from = 0;
  for (;;) {
    const start = source.indexOf('/**', from);
    if (start === -1) break;
    const end = source.indexOf('*/', start + 3);
    if (end === -1) break;
    from = end + 2;
    const firstLine = countLines(source, start);
    const symbol = declaredName(source.slice(from, from + 400));
    const lines = toLines(source.slice(start + 3, end), firstLine).map((l) => ({
      line: l.line,
      text: l.text.replace(/^\s*\*(?: |$)/, ''),
    }));
    for (const example of exampleSections(lines)) {
      const fences = findFences(example);
      const fenced = fences.filter((f) => isRunnable(f.info));
      if (fences.length === 0) {
        const code = example.map((l) => l.text).join('\n').trimEnd();
        if (code.trim() === '') continue;
        blocks.push({ file, line: example[0]!.line, lang: 'ts', code, ...(symbol === undefined ? {} : { symbol }) });
        continue;
      }
      for (const f of fenced) {
        blocks.push({ file, line: f.line, lang: f.lang, code: f.code, ...(symbol === undefined ? {} : { symbol }) });
      }
    }
  }
  return blocks;
}

/** Counts the 1-based line number of `index` in `text`. */
function countLines(text: string, index: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Splits the lines of a doc comment into the bodies of its `@example` tags. */
function exampleSections(lines: readonly SourceLine[]): SourceLine[][] {
  const sections: SourceLine[][] = [];
  let current: SourceLine[] | undefined;
  let inFence = false;
  for (const l of lines) {
    const trimmed = l.text.trim();
    if (!inFence && trimmed.startsWith('@')) {
      current = undefined;
      if (/^@example\b/.test(trimmed)) {
        current = [];
        sections.push(current);
        // Text after `@example` on the same line is the example's title, not code.
        continue;
      }
    }
    if (/^(?:`{3,}|~{3,})/.test(trimmed)) inFence = !inFence;
    current?.push(l);
  }
  return sections;
}

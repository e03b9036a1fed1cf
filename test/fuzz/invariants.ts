// Invariants from the API contract (/spec/api.md), as plain checks that throw a descriptive Error.

/** A span as the contract shapes it. */
export interface SpanLike {
  readonly start: number;
  readonly end: number;
}

/** Throws `message` when `condition` is false. */
export function ensure(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** True for a non-null object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Checks an array of spans: integers, in bounds of `length`, sorted and non-overlapping. */
export function checkSpans(what: string, spans: unknown, length: number, allowEmpty: boolean): asserts spans is SpanLike[] {
  ensure(Array.isArray(spans), `${what}: expected an array of spans`);
  let previousEnd = 0;
  let previousStart = -1;
  for (const [i, span] of (spans as unknown[]).entries()) {
    ensure(isObject(span), `${what}[${i}]: not an object`);
    const { start, end } = span;
    ensure(Number.isInteger(start) && Number.isInteger(end), `${what}[${i}]: non-integer bounds`);
    const s = start as number;
    const e = end as number;
    ensure(s >= 0 && e <= length, `${what}[${i}]: [${s}, ${e}) out of bounds [0, ${length}]`);
    ensure(allowEmpty ? s <= e : s < e, `${what}[${i}]: [${s}, ${e}) is ${allowEmpty ? 'inverted' : 'empty or inverted'}`);
    ensure(s >= previousEnd, `${what}[${i}]: [${s}, ${e}) overlaps the previous span ending at ${previousEnd}`);
    ensure(s > previousStart || s < e, `${what}[${i}]: two insertions at ${s}`);
    previousEnd = e;
    previousStart = s;
  }
}

/** True when `text` has no lone surrogate (String.prototype.isWellFormed, without needing ES2024 lib). */
export function isWellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return false;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}

/** True when `index` falls between the two halves of a surrogate pair of `text`. */
export function splitsSurrogatePair(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Checks that no span boundary cuts a surrogate pair of `text`. */
export function checkSpanBoundaries(what: string, spans: readonly SpanLike[], text: string): void {
  for (const [i, span] of spans.entries()) {
    ensure(!splitsSurrogatePair(text, span.start), `${what}[${i}]: start ${span.start} splits a surrogate pair`);
    ensure(!splitsSurrogatePair(text, span.end), `${what}[${i}]: end ${span.end} splits a surrogate pair`);
  }
}

/** Checks a `normalizeWithOffsets` result against its input. */
export function checkOffsets(input: string, result: unknown): void {
  ensure(isObject(result), 'normalizeWithOffsets: result is not an object');
  const { text, offsets } = result;
  ensure(typeof text === 'string', 'normalizeWithOffsets: text is not a string');
  ensure(offsets instanceof Uint32Array, 'normalizeWithOffsets: offsets is not a Uint32Array');
  ensure(offsets.length === text.length + 1, `offsets.length ${offsets.length} !== text.length + 1 (${text.length + 1})`);
  ensure(offsets[text.length] === input.length, `offsets[text.length] ${offsets[text.length]} !== input.length ${input.length}`);
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const o = offsets[i]!;
    ensure(o >= previous, `offsets not monotonic at ${i}: ${o} < ${previous}`);
    ensure(o < input.length, `offsets[${i}] = ${o} is not an index of the input (length ${input.length})`);
    previous = o;
  }
}

/** Applies sorted, non-overlapping edits (span + replacement) to `input`. */
export function applyEdits(input: string, edits: readonly (SpanLike & { readonly replacement: string })[]): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += input.slice(at, edit.start) + edit.replacement;
    at = edit.end;
  }
  return out + input.slice(at);
}

/** `input` with every span deleted. */
export function withoutSpans(input: string, spans: readonly SpanLike[]): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += input.slice(at, span.start);
    at = Math.max(at, span.end);
  }
  return out + input.slice(at);
}

/** `text` without any whitespace (for "nothing lost" checks that allow re-spacing). */
export function squeeze(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** True when `needle` is a subsequence of `haystack` (code units, in order). */
export function isSubsequence(needle: string, haystack: string): boolean {
  let j = 0;
  for (let i = 0; i < haystack.length && j < needle.length; i++) {
    if (haystack.charCodeAt(i) === needle.charCodeAt(j)) j++;
  }
  return j === needle.length;
}

/** Checks a TypeError thrown for a non-string argument: right class, names the function and type. */
export function checkTypeError(name: string, value: unknown, error: unknown): void {
  ensure(error instanceof TypeError, `${name}(${describe(value)}) threw ${String(error)} instead of a TypeError`);
  ensure(error.message.includes(name), `${name}(${describe(value)}): message "${error.message}" does not name the function`);
  const typeWords = receivedTypeWords(value);
  ensure(
    typeWords.some((word) => error.message.toLowerCase().includes(word)),
    `${name}(${describe(value)}): message "${error.message}" does not name the received type (${typeWords.join('/')})`,
  );
}

/** Words that acceptably name the type of `value` in an error message. */
export function receivedTypeWords(value: unknown): string[] {
  if (value === null) return ['null', 'object'];
  if (Array.isArray(value)) return ['array', 'object'];
  const words: string[] = [typeof value];
  if (typeof value === 'object') {
    const ctor = (value as { constructor?: { name?: unknown } }).constructor?.name;
    if (typeof ctor === 'string') words.push(ctor.toLowerCase());
  }
  return words;
}

/** A short printable form of any value. */
export function describe(value: unknown): string {
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return 'function';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  try {
    const json: unknown = JSON.stringify(value);
    return typeof json === 'string' ? json : String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Calls `fn` and rethrows any exception with the input attached, so failures are readable. */
export function callOrExplain(name: string, fn: () => unknown, input: string): unknown {
  try {
    return fn();
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new Error(`${name} threw on a string input ${describe(input)}: ${message}`, { cause: error });
  }
}

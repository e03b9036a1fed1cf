// One contract check per public text function: call it on `input` and verify every promise that
// api.md makes about the result. Shared by the fuzz properties, the exhaustive code-point sweeps
// and the reliability tests.
import { getFunction, PROFILES } from './api-table.js';
import {
  applyEdits,
  checkOffsets,
  checkSpanBoundaries,
  checkSpans,
  describe as show,
  ensure,
  isObject,
  isSubsequence,
  isWellFormed,
  type SpanLike,
  squeeze,
  withoutSpans,
} from './invariants.js';

interface EditLike extends SpanLike {
  readonly replacement: string;
  readonly kind: string;
}

/** Edit kinds from api.md. */
export const EDIT_KINDS: ReadonlySet<string> = new Set(['duplicate-word', 'stutter', 'glued', 'glued-digit']);
/** Boilerplate kinds from api.md. */
export const REMOVAL_KINDS: ReadonlySet<string> = new Set([
  'read-also', 'related-list', 'source', 'tags', 'publish-date', 'site-residue', 'dateline', 'share', 'copyright',
  'caption', 'other',
]);

/** Checks one DateMention against the text it was found in. */
export function checkMention(where: string, input: string, mention: unknown): void {
  ensure(isObject(mention), `${where}: not an object`);
  const { start, end, month, day, weekday, calendar, systems, flags } = mention;
  ensure(mention['text'] === input.slice(start as number, end as number), `${where}: text !== input.slice(start, end)`);
  ensure(calendar === 'gregorian' || calendar === 'hijri', `${where}: calendar ${show(calendar)}`);
  ensure(Number.isInteger(month) && (month as number) >= 1 && (month as number) <= 12, `${where}: month ${show(month)}`);
  ensure(day === undefined || (Number.isInteger(day) && (day as number) >= 1 && (day as number) <= 31), `${where}: day ${show(day)}`);
  ensure(weekday === undefined || (Number.isInteger(weekday) && (weekday as number) >= 0 && (weekday as number) <= 6), `${where}: weekday ${show(weekday)}`);
  ensure(Array.isArray(systems) && Array.isArray(flags), `${where}: systems/flags not arrays`);
}

/** normalize (every profile) returns a string, well-formed for well-formed input, idempotent. */
function normalizeContract(input: string): void {
  const normalize = getFunction('normalize')!;
  for (const profile of [undefined, ...PROFILES]) {
    const once = normalize(input, profile);
    ensure(typeof once === 'string', `normalize returned ${typeof once}`);
    if (isWellFormed(input)) ensure(isWellFormed(once), `normalize(${show(input)}, ${show(profile)}) made a lone surrogate`);
    const twice = normalize(once, profile);
    ensure(once === twice, `normalize(·, ${show(profile)}) not idempotent on ${show(input)}: ${show(once)} then ${show(twice)}`);
  }
}

/** normalizeWithOffsets (every profile): valid offsets, same text as normalize. */
function normalizeWithOffsetsContract(input: string): void {
  const normalizeWithOffsets = getFunction('normalizeWithOffsets')!;
  const normalize = getFunction('normalize');
  for (const profile of [undefined, ...PROFILES]) {
    const result = normalizeWithOffsets(input, profile);
    checkOffsets(input, result);
    if (normalize !== undefined) {
      ensure((result as { text: string }).text === normalize(input, profile), `normalizeWithOffsets and normalize differ on ${show(input)}`);
    }
  }
}

/** findDates: mentions in bounds, sorted, non-overlapping, text is the slice. */
function findDatesContract(input: string): void {
  const mentions = getFunction('findDates')!(input);
  checkSpans(`findDates(${show(input)})`, mentions, input.length, false);
  checkSpanBoundaries('findDates', mentions, input);
  for (const [i, m] of mentions.entries()) checkMention(`findDates(${show(input)})[${i}]`, input, m);
}

/** parseMonth: undefined or a month 1..12 of a known calendar. */
function parseMonthContract(input: string): void {
  const result = getFunction('parseMonth')!(input);
  if (result === undefined) return;
  ensure(isObject(result), `parseMonth(${show(input)}) returned ${show(result)}`);
  const { month, calendar, systems } = result;
  ensure(Number.isInteger(month) && (month as number) >= 1 && (month as number) <= 12, `parseMonth(${show(input)}): month ${show(month)}`);
  ensure(calendar === 'gregorian' || calendar === 'hijri', `parseMonth(${show(input)}): calendar ${show(calendar)}`);
  ensure(Array.isArray(systems) && systems.length > 0, `parseMonth(${show(input)}): no systems`);
}

/** repair: edits sorted, non-overlapping, in bounds, of a known kind, and re-applying them gives text. */
function repairContract(input: string): void {
  const result = getFunction('repair')!(input);
  ensure(isObject(result) && typeof result['text'] === 'string', `repair(${show(input)}): result has no text`);
  const edits = result['edits'];
  checkSpans(`repair(${show(input)}).edits`, edits, input.length, true);
  checkSpanBoundaries(`repair(${show(input)}).edits`, edits, input);
  for (const e of edits as EditLike[]) {
    ensure(typeof e.replacement === 'string' && EDIT_KINDS.has(e.kind), `repair(${show(input)}): bad edit ${show(e)}`);
  }
  const applied = applyEdits(input, edits as EditLike[]);
  ensure(applied === result['text'], `repair(${show(input)}): edits re-apply to ${show(applied)}, text is ${show(result['text'])}`);
  const exported = getFunction('applyEdits') as ((text: string, e: unknown) => unknown) | undefined;
  if (exported !== undefined) {
    const again = exported(input, edits);
    ensure(again === result['text'], `applyEdits(${show(input)}, repair edits) gives ${show(again)}, repair gave ${show(result['text'])}`);
  }
}

/** isNormalizationBoundary: at every index where it holds, cutting there changes no profile's output or offsets. */
function isNormalizationBoundaryContract(input: string): void {
  const isBoundary = getFunction('isNormalizationBoundary') as (text: string, index?: unknown) => unknown;
  const normalizeWithOffsets = getFunction('normalizeWithOffsets') as
    | ((text: string, options?: unknown) => { text: string; offsets: Uint32Array })
    | undefined;
  ensure(isBoundary(input, 0) === true && isBoundary(input, input.length) === true, `boundary not true at the ends of ${show(input)}`);
  for (const bad of [-1, input.length + 1, 0.5, Number.NaN, undefined, '1']) {
    ensure(isBoundary(input, bad) === false, `isNormalizationBoundary(${show(input)}, ${show(bad)}) is not false`);
  }
  if (normalizeWithOffsets === undefined) return;
  const wholes = PROFILES.map((p) => normalizeWithOffsets(input, p));
  for (let i = 1; i < input.length; i++) {
    const verdict = isBoundary(input, i);
    ensure(typeof verdict === 'boolean', 'isNormalizationBoundary returned a non-boolean');
    if (!verdict) continue;
    for (const [k, profile] of PROFILES.entries()) {
      const a = normalizeWithOffsets(input.slice(0, i), profile);
      const b = normalizeWithOffsets(input.slice(i), profile);
      const whole = wholes[k]!;
      ensure(a.text + b.text === whole.text, `cut at ${i} of ${show(input)} changes ${profile}: ${show(a.text + b.text)} vs ${show(whole.text)}`);
      const joined = [...Array.from(a.offsets).slice(0, a.text.length), ...Array.from(b.offsets, (o) => o + i)];
      ensure(joined.join() === Array.from(whole.offsets).join(), `cut at ${i} of ${show(input)} changes ${profile} offsets`);
    }
  }
}

/** lastNormalizationBoundary: the largest boundary at or before `end`. */
function lastNormalizationBoundaryContract(input: string): void {
  const last = getFunction('lastNormalizationBoundary') as (text: string, end?: number) => unknown;
  const isBoundary = getFunction('isNormalizationBoundary') as ((text: string, index: number) => unknown) | undefined;
  ensure(last(input) === input.length, `lastNormalizationBoundary(${show(input)}) is not its length`);
  for (const end of new Set([0, 1, input.length >> 1, input.length - 1].filter((e) => e >= 0))) {
    const r = last(input, end);
    ensure(Number.isInteger(r) && (r as number) >= 0 && (r as number) <= end, `lastNormalizationBoundary(${show(input)}, ${end}) = ${show(r)}`);
    if (isBoundary === undefined) continue;
    ensure(r === 0 || isBoundary(input, r as number) === true, `lastNormalizationBoundary(${show(input)}, ${end}) = ${show(r)} is not a boundary`);
    for (let j = (r as number) + 1; j <= end; j++) {
      ensure(isBoundary(input, j) !== true, `lastNormalizationBoundary(${show(input)}, ${end}) = ${show(r)} but ${j} is a boundary`);
    }
  }
}

/** removeBoilerplate: removals are spans of a known kind; every other non-space character is kept. */
function removeBoilerplateContract(input: string): void {
  const result = getFunction('removeBoilerplate')!(input);
  ensure(isObject(result) && typeof result['text'] === 'string', `removeBoilerplate(${show(input)}): no text`);
  const removed = result['removed'];
  checkSpans(`removeBoilerplate(${show(input)}).removed`, removed, input.length, false);
  checkSpanBoundaries(`removeBoilerplate(${show(input)}).removed`, removed, input);
  for (const r of removed as (SpanLike & { kind: unknown })[]) {
    ensure(REMOVAL_KINDS.has(r.kind as string), `removeBoilerplate(${show(input)}): unknown kind ${show(r.kind)}`);
  }
  const kept = squeeze(withoutSpans(input, removed));
  const out = squeeze(result['text']);
  ensure(kept === out, `removeBoilerplate(${show(input)}) lost or added text: outside removals ${show(kept)}, text ${show(out)}`);
}

/** cleanArticle: spans of raw; paragraphs from the body; nothing lost silently. */
function cleanArticleContract(raw: string): void {
  const a = getFunction('cleanArticle')!(raw);
  ensure(isObject(a) && typeof a['body'] === 'string', `cleanArticle(${show(raw)}): no body`);
  const body = a['body'];
  checkSpans(`cleanArticle(${show(raw)}).removed`, a['removed'], raw.length, false);
  checkSpans(`cleanArticle(${show(raw)}).edits`, a['edits'], raw.length, true);
  for (const key of ['paragraphs', 'tags', 'related', 'dates', 'appended']) {
    ensure(Array.isArray(a[key]), `cleanArticle(${show(raw)}): ${key} is not an array`);
  }
  for (const p of a['paragraphs'] as unknown[]) {
    ensure(typeof p === 'string' && p.length > 0 && body.includes(p), `cleanArticle(${show(raw)}): paragraph ${show(p)} not in body`);
  }
  const title = a['title'];
  ensure(title === undefined || typeof title === 'string', `cleanArticle(${show(raw)}): title ${show(title)}`);
  // Nothing lost: every letter/digit of raw outside removals and edits appears, in order, in the
  // title + body (compared after 'light' normalization, which the body has had).
  const accounted = [...a['removed'], ...a['edits']].sort((x, y) => x.start - y.start || x.end - y.end);
  const normalize = getFunction('normalize');
  const rest = withoutSpans(raw, accounted);
  const lightRest = normalize === undefined ? rest : (normalize(rest) as string);
  const wanted = lightRest.replace(/[^\p{L}\p{N}]/gu, '');
  const have = `${title ?? ''}${body}`.replace(/[^\p{L}\p{N}]/gu, '');
  ensure(isSubsequence(wanted, have), `cleanArticle(${show(raw)}) lost text: ${show(wanted)} is not within title+body ${show(have)}`);
}

/** Contract check per text function name. */
export const CONTRACTS: Readonly<Record<string, (input: string) => void>> = {
  normalize: normalizeContract,
  normalizeWithOffsets: normalizeWithOffsetsContract,
  isNormalizationBoundary: isNormalizationBoundaryContract,
  lastNormalizationBoundary: lastNormalizationBoundaryContract,
  findDates: findDatesContract,
  parseMonth: parseMonthContract,
  repair: repairContract,
  removeBoilerplate: removeBoilerplateContract,
  cleanArticle: cleanArticleContract,
};

/** Names with a contract check whose function is exported right now. */
export function contractNames(): string[] {
  return Object.keys(CONTRACTS).filter((name) => getFunction(name) !== undefined);
}

/** Names with a contract check whose function is not exported yet. */
export function missingContractNames(): string[] {
  return Object.keys(CONTRACTS).filter((name) => getFunction(name) === undefined);
}

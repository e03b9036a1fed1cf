import type { Span } from '../types.js';

/**
 * The kind of a repair edit.
 *
 * - `duplicate-word`: one copy of an accidentally repeated word or phrase removed
 *   («كان يهدف يهدف إلى» → «كان يهدف إلى»).
 * - `stutter`: a fragment repeating the tail of the previous word removed («أنه نه» → «أنه»).
 * - `glued`: a space inserted between two words written solid («تضامنهمع» → «تضامنه مع»).
 * - `glued-digit`: a space inserted between a word and a number («إلي334.5» → «إلي 334.5»).
 *
 * @example
 * ```ts
 * import { repair, type EditKind } from 'tanqih';
 * const kinds: EditKind[] = repair('كان يهدف يهدف إلى').edits.map((e) => e.kind);
 * kinds; // => ['duplicate-word']
 * ```
 */
export type EditKind = 'duplicate-word' | 'stutter' | 'glued' | 'glued-digit';

/**
 * One repair: replace `text.slice(start, end)` of the input with `replacement`. Insertions have
 * `start === end` and a single space as replacement; deletions have an empty replacement.
 *
 * @example
 * ```ts
 * import { repair } from 'tanqih';
 * repair('بنسبة100%').edits; // => [{ start: 5, end: 5, replacement: ' ', kind: 'glued-digit' }]
 * ```
 */
export interface Edit extends Span {
  /** The text that replaces `[start, end)`: `' '` for an inserted space, `''` for a deletion. */
  readonly replacement: string;
  /** What was repaired. */
  readonly kind: EditKind;
}

/**
 * Options for {@link repair}. Every kind is on unless switched off.
 *
 * @example
 * ```ts
 * import { repair } from 'tanqih';
 * repair('كان يهدف يهدف إلى', { duplicateWord: false }).text; // => 'كان يهدف يهدف إلى'
 * repair('هتفوا ارحل ارحل من الساحة').text; // => 'هتفوا ارحل من الساحة'
 * repair('هتفوا ارحل ارحل من الساحة', { allowRepeats: ['ارحل'] }).text; // => 'هتفوا ارحل ارحل من الساحة'
 * ```
 */
export interface RepairOptions {
  /** Remove accidental duplicate words and phrases (default `true`). */
  readonly duplicateWord?: boolean;
  /** Remove stutter fragments (default `true`). */
  readonly stutter?: boolean;
  /** Insert missing spaces between glued words (default `true`). */
  readonly glued?: boolean;
  /** Insert missing spaces between words and numbers (default `true`). */
  readonly gluedDigit?: boolean;
  /**
   * Extra words that count as evidence for splitting a glued token, in addition to the words of
   * the text itself (an iterable of strings, e.g. a `Set` or an array).
   */
  readonly vocabulary?: Iterable<string>;
  /** Words whose doubling is legitimate in your texts and must be kept (an iterable of strings). */
  readonly allowRepeats?: Iterable<string>;
}

/**
 * The result of {@link repair}: the repaired text and the edits that produce it from the input.
 *
 * @example
 * ```ts
 * import { repair } from 'tanqih';
 * const result = repair('مضيفا أنه نه على الرغم');
 * result.text; // => 'مضيفا أنه على الرغم'
 * result.edits; // => [{ start: 9, end: 12, replacement: '', kind: 'stutter' }]
 * ```
 */
export interface RepairResult {
  /** The repaired text. */
  readonly text: string;
  /** The edits, sorted by `start`, non-overlapping, with offsets into the input. */
  readonly edits: readonly Edit[];
}

import { wordKey } from './key.js';
import type { RepairOptions } from './types.js';

/** Options with defaults applied and word lists as key sets. @internal */
export interface ResolvedOptions {
  readonly duplicateWord: boolean;
  readonly stutter: boolean;
  readonly glued: boolean;
  readonly gluedDigit: boolean;
  readonly vocabulary: ReadonlySet<string>;
  readonly allowRepeats: ReadonlySet<string>;
}

const EMPTY: ReadonlySet<string> = new Set<string>();

function flag(options: RepairOptions, name: 'duplicateWord' | 'stutter' | 'glued' | 'gluedDigit'): boolean {
  const value: unknown = options[name];
  if (value === undefined) return true;
  if (typeof value !== 'boolean') throw new TypeError(`repair: option ${name} must be a boolean, received ${typeof value}`);
  return value;
}

function words(options: RepairOptions, name: 'vocabulary' | 'allowRepeats'): ReadonlySet<string> {
  const value: unknown = options[name];
  if (value === undefined) return EMPTY;
  if (value === null || typeof value !== 'object' || typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function') {
    throw new TypeError(`repair: option ${name} must be an iterable of strings, received ${value === null ? 'null' : typeof value}`);
  }
  const set = new Set<string>();
  for (const word of value as Iterable<unknown>) {
    if (typeof word !== 'string') throw new TypeError(`repair: option ${name} must contain only strings, found ${typeof word}`);
    set.add(wordKey(word, 0, word.length));
  }
  return set;
}

/** Validates `repair` options. @internal */
export function resolveOptions(options: RepairOptions | undefined): ResolvedOptions {
  const value: unknown = options;
  if (value === undefined) {
    return { duplicateWord: true, stutter: true, glued: true, gluedDigit: true, vocabulary: EMPTY, allowRepeats: EMPTY };
  }
  if (value === null || typeof value !== 'object') {
    throw new TypeError(`repair: options must be an object, received ${value === null ? 'null' : typeof value}`);
  }
  const given = value as RepairOptions;
  return {
    duplicateWord: flag(given, 'duplicateWord'),
    stutter: flag(given, 'stutter'),
    glued: flag(given, 'glued'),
    gluedDigit: flag(given, 'gluedDigit'),
    vocabulary: words(given, 'vocabulary'),
    allowRepeats: words(given, 'allowRepeats'),
  };
}

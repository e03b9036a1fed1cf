import { findDates, normalize, repair, type FindDatesOptions, type NormalizeOptions, type RepairOptions, type RepairResult } from '../index.js';
import type { CommandName } from './command-names.js';

/** Where a document came from, for messages and for `dates` output. @internal */
export interface DocLocator {
  readonly file: string;
  /** 1-based line number, in line-oriented modes. */
  readonly line?: number;
}

/** One subcommand: how it turns a document into a result and prints it. @internal */
export interface CommandImpl {
  /** The JSON Lines field results go to when `--out-field` is not given. */
  defaultOutField(field: string): string;
  /** Builds the per-document function; throws RangeError/TypeError on invalid options. */
  prepare(options: Readonly<Record<string, unknown>>): (text: string) => unknown;
  /** Plain-text output of one document's result; `oneLine` in `--lines` mode. Ends with '\n' when not ''. */
  toPlain(result: unknown, where: DocLocator, oneLine: boolean): string;
}

/** Ends `text` with exactly one line break when `oneLine`, keeps it as is otherwise. */
function asPlain(text: string, oneLine: boolean): string {
  if (!oneLine) return text;
  return `${text.replace(/\r?\n/g, ' ')}\n`;
}

const normalizeCommand: CommandImpl = {
  defaultOutField: (field) => field,
  prepare(options) {
    const opts = options as NormalizeOptions;
    normalize('', opts);
    return (text) => normalize(text, opts);
  },
  toPlain: (result, _where, oneLine) => asPlain(result as string, oneLine),
};

const datesCommand: CommandImpl = {
  defaultOutField: () => 'dates',
  prepare(options) {
    const opts = options as FindDatesOptions;
    findDates('', opts);
    return (text) => findDates(text, opts);
  },
  toPlain(result, where) {
    let out = '';
    for (const mention of result as readonly object[]) out += `${JSON.stringify({ ...where, ...mention })}\n`;
    return out;
  },
};

const repairCommand: CommandImpl = {
  defaultOutField: () => 'repair',
  prepare(options) {
    const opts = options as RepairOptions;
    repair('', opts);
    return (text) => repair(text, opts);
  },
  toPlain: (result, _where, oneLine) => asPlain((result as RepairResult).text, oneLine),
};

/**
 * The subcommands this build provides. A subcommand joins as the library capability it wraps lands.
 *
 * @internal
 */
export const COMMANDS: Readonly<Partial<Record<CommandName, CommandImpl>>> = {
  normalize: normalizeCommand,
  dates: datesCommand,
  repair: repairCommand,
};

import {
  cleanArticle,
  findDates,
  normalize,
  repair,
  type Article,
  type CleanArticleOptions,
  type FindDatesOptions,
  type NormalizeOptions,
  type RepairOptions,
  type RepairResult,
} from '../index.js';
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

/** An article as text: its title (when found), a blank line, its body, then any appended articles. */
function articleText(article: Article): string {
  const parts: string[] = [];
  const add = (a: Article): void => {
    if (a.title !== undefined && a.title !== '') parts.push(a.title);
    parts.push(a.body);
    for (const appended of a.appended) add(appended);
  };
  add(article);
  return parts.join('\n\n');
}

const cleanCommand: CommandImpl = {
  defaultOutField: () => 'article',
  prepare(options) {
    const opts = options as CleanArticleOptions;
    cleanArticle('', opts);
    return (text) => cleanArticle(text, opts);
  },
  toPlain(result, _where, oneLine) {
    const text = articleText(result as Article);
    return oneLine || text.endsWith('\n') || text === '' ? asPlain(text, oneLine) : `${text}\n`;
  },
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
 * The subcommands, by name.
 *
 * @internal
 */
export const COMMANDS: Readonly<Record<CommandName, CommandImpl>> = {
  normalize: normalizeCommand,
  clean: cleanCommand,
  dates: datesCommand,
  repair: repairCommand,
};

import type { CommandName } from './command-names.js';

const COMMON_OPTIONS = `Input and output:
  [files...]            input files; none or '-' reads stdin
  --jsonl               JSON Lines input: process one field of each record
  --field NAME          the field to process with --jsonl (default: text)
  --out-field NAME      where the result goes with --jsonl (default: see below)
  --lines               plain text: one document per line (default: one per file)
  --encoding LABEL      input encoding, any WHATWG label (default: utf-8; e.g. windows-1256)
  -o, --output FILE     write to FILE instead of stdout
  -j, --jobs N          worker threads for --jsonl and --lines (default: one per core)
  --strict              stop at the first bad JSON line (exit 1) instead of skipping it
  -q, --quiet           no progress bar
  --set KEY=VALUE       an option for the library call (true/false/on/off, numbers, text); repeatable
  -h, --help            this help
  -V, --version         the version

Exit codes: 0 done (bad lines, if any, were reported on stderr and skipped), 1 failed (unreadable
input, unwritable output, a bad line with --strict), 2 usage error (unknown option, invalid value).`;

const COMMAND_HELP: Readonly<Record<CommandName, string>> = {
  normalize: `tanqih normalize [options] [files...]

Character normalization (normalize). Plain text is streamed, so files of any size run in bounded
memory. With --jsonl the normalized text replaces the field (or goes to --out-field).

  --profile NAME        light (default, lossless), ml or search
  --set RULE=on|off     a rule override, e.g. --set tehMarbuta=off`,
  clean: `tanqih clean [options] [files...]

Whole-article cleaning (cleanArticle): boilerplate removed, words repaired, light-normalized.
Plain text prints the title (if found), a blank line, then the body; --lines prints one body per
line. With --jsonl the Article object goes to the field "article" (or --out-field).`,
  dates: `tanqih dates [options] [files...]

Date mentions (findDates). Plain text prints one JSON line per mention with "file" (and "line"
with --lines) added. With --jsonl the array of mentions goes to the field "dates".`,
  repair: `tanqih repair [options] [files...]

Word repair (repair): duplicated words, stutters, glued words. Plain text prints the repaired
text. With --jsonl { text, edits } goes to the field "repair" (or --out-field).`,
};

/**
 * The help text for a command, or the general help.
 *
 * @internal
 */
export function helpText(command: CommandName | undefined): string {
  if (command !== undefined) return `${COMMAND_HELP[command]}\n\n${COMMON_OPTIONS}\n`;
  return `tanqih: clean, normalize and structure raw Arabic news text

Usage: tanqih <command> [options] [files...]

Commands:
  normalize   character normalization (profiles light, ml, search)
  clean       whole-article cleaning to title and body
  dates       date mentions, Gregorian and Hijri
  repair      duplicated, stuttered and glued words

Run 'tanqih <command> --help' for a command's options.

${COMMON_OPTIONS}
`;
}

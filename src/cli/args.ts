import { isCommandName, type CommandName } from './command-names.js';
import { UsageError } from './usage-error.js';

/** Everything a run needs from the command line. @internal */
export interface CliArgs {
  readonly kind: 'run';
  readonly command: CommandName;
  readonly files: readonly string[];
  readonly jsonl: boolean;
  readonly lines: boolean;
  readonly field: string;
  /** Where results go in a JSON record; undefined = the command's default. */
  readonly outField: string | undefined;
  readonly profile: string | undefined;
  /** `--set KEY=VALUE` overrides, values already parsed. */
  readonly settings: Readonly<Record<string, boolean | number | string>>;
  readonly encoding: string;
  readonly output: string | undefined;
  /** undefined = one per core. */
  readonly jobs: number | undefined;
  readonly strict: boolean;
  readonly quiet: boolean;
}

/** `--help` (for a command or in general) or `--version`. @internal */
export type CliInfoRequest =
  | { readonly kind: 'help'; readonly command: CommandName | undefined }
  | { readonly kind: 'version' };

const VALUE_OPTIONS = new Set(['--field', '--out-field', '--profile', '--set', '--encoding', '--output', '--jobs']);
const SHORT_ALIASES: Readonly<Record<string, string>> = { '-o': '--output', '-j': '--jobs', '-h': '--help', '-V': '--version', '-q': '--quiet' };
const FLAG_OPTIONS = new Set(['--jsonl', '--lines', '--strict', '--quiet', '--help', '--version']);

/** Parses a `--set` value: true/on, false/off, a finite number, else the string itself. @internal */
export function parseSettingValue(raw: string): boolean | number | string {
  if (raw === 'true' || raw === 'on') return true;
  if (raw === 'false' || raw === 'off') return false;
  if (raw.trim() !== '' && Number.isFinite(Number(raw))) return Number(raw);
  return raw;
}

function parseSetting(raw: string, into: Record<string, boolean | number | string>): void {
  const eq = raw.indexOf('=');
  if (eq <= 0) throw new UsageError(`--set expects KEY=VALUE, received '${raw}'`);
  into[raw.slice(0, eq)] = parseSettingValue(raw.slice(eq + 1));
}

function parseJobs(raw: string): number {
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs expects an integer from 1 to 256, received '${raw}'`);
  return n;
}

/** Splits `--name=value` into its two parts. */
function splitInline(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq > 2 && arg.startsWith('--') ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

/**
 * Parses the arguments after `node tanqih`. Throws {@link UsageError} on any mistake, naming it.
 *
 * @internal
 */
export function parseArgs(argv: readonly string[]): CliArgs | CliInfoRequest {
  let command: CommandName | undefined;
  const files: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const settings: Record<string, boolean | number | string> = {};
  let onlyFiles = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      if (command === undefined && !onlyFiles) {
        if (!isCommandName(arg)) throw new UsageError(`unknown command '${arg}' (expected normalize, clean, dates or repair)`);
        command = arg;
      } else files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const [rawName, inline] = splitInline(arg);
    const name = SHORT_ALIASES[rawName] ?? rawName;
    if (FLAG_OPTIONS.has(name)) {
      if (inline !== undefined) throw new UsageError(`${name} takes no value`);
      flags.add(name);
    } else if (VALUE_OPTIONS.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      if (name === '--set') parseSetting(value, settings);
      else values.set(name, value);
    } else {
      throw new UsageError(`unknown option '${rawName}'`);
    }
  }

  if (flags.has('--version')) return { kind: 'version' };
  if (flags.has('--help')) return { kind: 'help', command };
  if (command === undefined) throw new UsageError('missing command (normalize, clean, dates or repair)');
  const jsonl = flags.has('--jsonl');
  const lines = flags.has('--lines');
  if (jsonl && lines) throw new UsageError('--jsonl and --lines cannot be combined (JSON Lines are already one record per line)');
  if (!jsonl && (values.has('--field') || values.has('--out-field'))) throw new UsageError('--field and --out-field need --jsonl');
  const profile = values.get('--profile');
  if (profile !== undefined && command !== 'normalize') throw new UsageError('--profile applies to the normalize command only');
  const field = values.get('--field') ?? 'text';
  if (field === '') throw new UsageError('--field must not be empty');
  const jobs = values.get('--jobs');
  return {
    kind: 'run',
    command,
    files,
    jsonl,
    lines,
    field,
    outField: values.get('--out-field'),
    profile,
    settings,
    encoding: values.get('--encoding') ?? 'utf-8',
    output: values.get('--output'),
    jobs: jobs === undefined ? undefined : parseJobs(jobs),
    strict: flags.has('--strict'),
    quiet: flags.has('--quiet'),
  };
}

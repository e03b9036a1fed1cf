import type { CommandName } from './command-names.js';
import { COMMANDS, type CommandImpl } from './commands.js';
import { splitLines } from './line-batches.js';

/** What every worker needs to process records; structured-clonable. @internal */
export interface BatchSpec {
  readonly command: CommandName;
  readonly jsonl: boolean;
  readonly field: string;
  readonly outField: string | undefined;
  readonly options: Readonly<Record<string, unknown>>;
  readonly strict: boolean;
  /** The input encoding, for batches posted as bytes. */
  readonly encoding: string;
}

/**
 * A run of consecutive lines from one input: undecoded bytes (posted to a worker without a copy,
 * decoded there) or text. Either way whole lines, each ending with LF or CRLF (the input's last
 * line may lack it).
 *
 * @internal
 */
export interface Batch {
  readonly file: string;
  /** 1-based number of the first line in its file. */
  readonly firstLine: number;
  readonly text: string | Uint8Array;
}

/** A record that could not be processed. @internal */
export interface RecordError {
  readonly line: number;
  readonly message: string;
}

/** The outcome of one {@link Batch}, in input order. @internal */
export interface BatchResult {
  readonly file: string;
  /** Output lines, each ending with '\n' (UTF-8 bytes when it comes from a worker thread). */
  readonly output: string | Uint8Array;
  readonly docs: number;
  readonly errors: readonly RecordError[];
  /** True when `strict` stopped the batch at its error. */
  readonly stopped: boolean;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/** Processes one JSON line; returns the output line or throws a message for the error report. */
function processJsonLine(line: string, spec: BatchSpec, outField: string, run: (text: string) => unknown): string {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    throw new Error(`bad JSON (${(error as Error).message})`, { cause: error });
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new Error(`expected a JSON object, found ${describeType(record)}`);
  }
  const fields = record as Record<string, unknown>;
  const text = Object.hasOwn(fields, spec.field) ? fields[spec.field] : undefined;
  if (typeof text !== 'string') {
    throw new Error(
      text === undefined ? `field '${spec.field}' is missing` : `field '${spec.field}' is a ${describeType(text)}, not a string`,
    );
  }
  const out = { ...fields };
  Object.defineProperty(out, outField, { value: run(text), enumerable: true, writable: true, configurable: true });
  return `${JSON.stringify(out)}\n`;
}

/**
 * Creates the function that processes batches for `spec` (the same in the main thread and in
 * workers). JSON Lines: blank lines are skipped silently; a bad line (not JSON, not an object, no
 * string field) becomes a {@link RecordError} and no output, or ends the batch when `strict`.
 * Throws RangeError/TypeError when the command rejects `spec.options`.
 *
 * @internal
 */
export function createBatchProcessor(spec: BatchSpec): (batch: Batch) => BatchResult {
  const command = COMMANDS[spec.command] as CommandImpl | undefined; // the spec may come from another thread
  if (command === undefined) throw new RangeError(`unknown command '${spec.command}'`);
  const run = command.prepare(spec.options);
  const outField = spec.outField ?? command.defaultOutField(spec.field);
  return (batch) => {
    let output = '';
    let docs = 0;
    const errors: RecordError[] = [];
    const text =
      typeof batch.text === 'string'
        ? batch.text
        : new TextDecoder(spec.encoding, { ignoreBOM: batch.firstLine !== 1 }).decode(batch.text); // BOM only at file start
    const lines = splitLines(text);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      const lineNumber = batch.firstLine + i;
      if (!spec.jsonl) {
        output += command.toPlain(run(line), { file: batch.file, line: lineNumber }, true);
        docs++;
        continue;
      }
      if (line.trim() === '') continue;
      try {
        output += processJsonLine(line, spec, outField, run);
        docs++;
      } catch (error) {
        errors.push({ line: lineNumber, message: (error as Error).message });
        if (spec.strict) return { file: batch.file, output, docs, errors, stopped: true };
      }
    }
    return { file: batch.file, output, docs, errors, stopped: false };
  };
}

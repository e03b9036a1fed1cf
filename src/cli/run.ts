import { createNormalizeStream, type NormalizeOptions } from '../index.js';
import { parseArgs, type CliArgs } from './args.js';
import { createBatchProcessor, type Batch, type BatchResult, type BatchSpec } from './batch.js';
import { COMMANDS } from './commands.js';
import type { BatchRunner, CliHost, OutputSink } from './io.js';
import { countByteLineFeeds, countLineFeeds, createByteLineBatcher, createLineBatcher } from './line-batches.js';
import { createOrderedQueue, type OrderedQueue } from './ordered-queue.js';
import { createProgressReporter, SILENT_PROGRESS, type ProgressReporter } from './progress.js';
import { helpText } from './usage.js';
import { UsageError } from './usage-error.js';

/** Exit codes of the `tanqih` binary. @internal */
export const EXIT: { readonly ok: 0; readonly failed: 1; readonly usage: 2 } = { ok: 0, failed: 1, usage: 2 };

/** A batch of whole lines is sent off once this many bytes are pending. @internal */
export const BATCH_BYTES: number = 1 << 17;
/** The same for UTF-16 input, decoded before batching, in code units. @internal */
export const BATCH_CHARS: number = 1 << 16;
/** Batches queued or running per job: enough to keep workers busy, few enough to bound memory. @internal */
export const IN_FLIGHT_PER_JOB = 2;

const STDIN_NAME = '<stdin>';

function displayName(file: string): string {
  return file === '-' ? STDIN_NAME : file;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Shared state of one run. */
interface RunContext {
  readonly args: CliArgs;
  readonly host: CliHost;
  readonly out: OutputSink;
  readonly progress: ProgressReporter;
  failed: boolean;
}

function buildSpec(args: CliArgs): BatchSpec {
  const options: Record<string, unknown> = { ...args.settings };
  if (args.profile !== undefined) options['profile'] = args.profile;
  return {
    command: args.command,
    jsonl: args.jsonl,
    field: args.field,
    outField: args.outField,
    options,
    strict: args.strict,
    encoding: args.encoding,
  };
}

async function* decodeChunks(bytes: AsyncIterable<Uint8Array>, encoding: string, progress: ProgressReporter): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of bytes) {
    progress.update(chunk.byteLength, 0);
    const text = decoder.decode(chunk, { stream: true });
    if (text !== '') yield text;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

/** True for encodings where byte 0x0A is not always a line feed. */
function isWideEncoding(encoding: string): boolean {
  return new TextDecoder(encoding).encoding.startsWith('utf-16');
}

/**
 * Reads one input as batches of lines and queues them; false when the run must stop. Batches stay
 * undecoded bytes (decoded by whoever processes them), except in UTF-16, which is decoded here.
 */
async function queueLineBatches(
  ctx: RunContext,
  file: string,
  runner: BatchRunner,
  queue: OrderedQueue<BatchResult>,
): Promise<boolean> {
  const name = displayName(file);
  let firstLine = 1;
  const submit = async (batches: readonly (string | Uint8Array)[]): Promise<boolean> => {
    for (const text of batches) {
      const batch: Batch = { file: name, firstLine, text };
      firstLine += typeof text === 'string' ? countLineFeeds(text) : countByteLineFeeds(text);
      if (!(await queue.push(runner.run(batch)))) return false;
    }
    return true;
  };
  if (isWideEncoding(ctx.args.encoding)) {
    const batcher = createLineBatcher(BATCH_CHARS);
    for await (const text of decodeChunks(ctx.host.openInput(file), ctx.args.encoding, ctx.progress)) {
      if (!(await submit(batcher.push(text)))) return false;
    }
    return submit(batcher.flush());
  }
  const batcher = createByteLineBatcher(BATCH_BYTES);
  for await (const chunk of ctx.host.openInput(file)) {
    ctx.progress.update(chunk.byteLength, 0);
    if (!(await submit(batcher.push(chunk)))) return false;
  }
  return submit(batcher.flush());
}

async function runLineMode(ctx: RunContext, spec: BatchSpec, files: readonly string[]): Promise<void> {
  const jobs = ctx.args.jobs ?? ctx.host.cores;
  const processor = createBatchProcessor(spec);
  const runner: BatchRunner =
    jobs > 1
      ? ctx.host.createWorkerRunner(spec, jobs)
      : { run: (batch) => Promise.resolve(processor(batch)), close: () => Promise.resolve() };
  const queue = createOrderedQueue<BatchResult>(jobs * IN_FLIGHT_PER_JOB, async (result) => {
    if (result.output.length > 0) await ctx.out.write(result.output);
    for (const error of result.errors) {
      ctx.host.stderr(`tanqih: ${result.file}:${error.line}: ${error.message}${result.stopped ? '' : ' (line skipped)'}\n`);
    }
    ctx.progress.update(0, result.docs);
    if (result.stopped) ctx.failed = true;
    return !result.stopped;
  });
  try {
    for (const file of files) {
      try {
        if (!(await queueLineBatches(ctx, file, runner, queue))) break;
      } catch (error) {
        ctx.host.stderr(`tanqih: ${displayName(file)}: ${errorText(error)}\n`);
        ctx.failed = true;
      }
    }
    await queue.drain();
  } finally {
    await runner.close();
  }
}

function streamOf(texts: AsyncIterable<string>): ReadableStream<string> {
  const iterator = texts[Symbol.asyncIterator]();
  return new ReadableStream<string>({
    async pull(controller): Promise<void> {
      const next = await iterator.next();
      if (next.done === true) controller.close();
      else controller.enqueue(next.value);
    },
  });
}

async function runDocumentMode(ctx: RunContext, spec: BatchSpec, files: readonly string[]): Promise<void> {
  const command = COMMANDS[spec.command];
  const run = command.prepare(spec.options);
  for (const file of files) {
    try {
      const texts = decodeChunks(ctx.host.openInput(file), ctx.args.encoding, ctx.progress);
      if (spec.command === 'normalize') {
        const reader = streamOf(texts).pipeThrough(createNormalizeStream(spec.options as NormalizeOptions)).getReader();
        for (let next = await reader.read(); !next.done; next = await reader.read()) await ctx.out.write(next.value);
      } else {
        let whole = '';
        for await (const text of texts) whole += text;
        await ctx.out.write(command.toPlain(run(whole), { file: displayName(file) }, false));
      }
      ctx.progress.update(0, 1);
    } catch (error) {
      ctx.host.stderr(`tanqih: ${displayName(file)}: ${errorText(error)}\n`);
      ctx.failed = true;
    }
  }
}

function checkRunnable(args: CliArgs): BatchSpec {
  try {
    new TextDecoder(args.encoding);
  } catch {
    throw new UsageError(`unknown --encoding '${args.encoding}'`);
  }
  const spec = buildSpec(args);
  try {
    createBatchProcessor(spec);
  } catch (error) {
    throw new UsageError(errorText(error));
  }
  return spec;
}

/**
 * Runs the `tanqih` command line against a host; resolves to the exit code.
 *
 * @internal
 */
export async function runCli(argv: readonly string[], host: CliHost): Promise<number> {
  let args: CliArgs;
  let spec: BatchSpec;
  try {
    const parsed = parseArgs(argv);
    if (parsed.kind === 'version') {
      host.print(`${host.version}\n`);
      return EXIT.ok;
    }
    if (parsed.kind === 'help') {
      host.print(helpText(parsed.command));
      return EXIT.ok;
    }
    args = parsed;
    spec = checkRunnable(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    host.stderr(`tanqih: ${error.message}\nRun 'tanqih --help' for usage.\n`);
    return EXIT.usage;
  }
  const files = args.files.length === 0 ? ['-'] : args.files;
  const total = args.quiet ? undefined : await host.progressTotal(files);
  const progress =
    total === undefined ? SILENT_PROGRESS : createProgressReporter(total, (text) => { host.stderr(text); }, () => host.now());
  const ctx: RunContext = { args, host, out: host.openOutput(args.output), progress, failed: false };
  try {
    if (args.jsonl || args.lines) await runLineMode(ctx, spec, files);
    else await runDocumentMode(ctx, spec, files);
    await ctx.out.close();
  } catch (error) {
    host.stderr(`tanqih: ${errorText(error)}\n`);
    ctx.failed = true;
  }
  progress.finish();
  return ctx.failed ? EXIT.failed : EXIT.ok;
}

import type { Batch, BatchResult, BatchSpec } from './batch.js';

/** Where output goes: stdout or a file, with backpressure. @internal */
export interface OutputSink {
  write(text: string | Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** Runs batches somewhere (this thread or worker threads). @internal */
export interface BatchRunner {
  run(batch: Batch): Promise<BatchResult>;
  close(): Promise<void>;
}

/**
 * Everything the CLI needs from its host: the Node glue implements it, tests fake it.
 *
 * @internal
 */
export interface CliHost {
  readonly version: string;
  /** Default for --jobs. */
  readonly cores: number;
  /** The bytes of an input; '-' is stdin. A missing file rejects on iteration. */
  openInput(file: string): AsyncIterable<Uint8Array>;
  /** Total input size when a progress bar should be shown (stderr is a TTY, sizes known). */
  progressTotal(files: readonly string[]): Promise<number | undefined>;
  /** Opens stdout (undefined) or a file. */
  openOutput(path: string | undefined): OutputSink;
  /** Writes help or version text to stdout. */
  print(text: string): void;
  /** Writes to stderr. */
  stderr(text: string): void;
  /** Worker threads for `jobs > 1`. */
  createWorkerRunner(spec: BatchSpec, jobs: number): BatchRunner;
  now(): number;
}

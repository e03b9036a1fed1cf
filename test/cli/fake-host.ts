import { createBatchProcessor, type BatchResult } from '../../src/cli/batch.js';
import type { BatchRunner, CliHost } from '../../src/cli/io.js';

/** Inputs by file name ('-' is stdin), given as text or raw bytes; `undefined` = missing file. */
export type FakeInputs = Readonly<Record<string, string | Uint8Array>>;

export interface FakeRun {
  readonly host: CliHost;
  readonly stdout: () => string;
  readonly stderr: () => string;
  readonly files: () => Readonly<Record<string, string>>;
  readonly workerRuns: () => number;
}

/** A host with in-memory inputs cut into `chunkSize`-byte chunks and a fake worker pool that completes out of order. */
export function fakeHost(inputs: FakeInputs, options: { chunkSize?: number; progressTotal?: number; cores?: number; failWrites?: boolean } = {}): FakeRun {
  let stdout = '';
  let stderr = '';
  const written: Record<string, string> = {};
  let workerRuns = 0;
  let clock = 0;
  const chunkSize = options.chunkSize ?? 7;
  const host: CliHost = {
    version: '9.9.9',
    cores: options.cores ?? 1,
    async *openInput(file) {
      const input = inputs[file];
      if (input === undefined) throw new Error(`ENOENT: no such file or directory, open '${file}'`);
      const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
      for (let i = 0; i < bytes.length; i += chunkSize) {
        await Promise.resolve();
        yield bytes.subarray(i, i + chunkSize);
      }
    },
    progressTotal: () => Promise.resolve(options.progressTotal),
    openOutput(path) {
      if (path !== undefined) written[path] = '';
      return {
        write(data) {
          const text = typeof data === 'string' ? data : new TextDecoder().decode(data);
          if (options.failWrites === true) return Promise.reject(new Error('EPIPE: broken pipe'));
          if (path === undefined) stdout += text;
          else written[path] = (written[path] ?? '') + text;
          return Promise.resolve();
        },
        close: () => Promise.resolve(),
      };
    },
    print(text) {
      stdout += text;
    },
    stderr(text) {
      stderr += text;
    },
    createWorkerRunner(spec, jobs): BatchRunner {
      const process = createBatchProcessor(spec);
      let n = 0;
      return {
        run(batch) {
          workerRuns++;
          // Later batches finish first half of the time: the CLI must restore input order.
          const delay = (jobs + n++) % 3;
          return new Promise<BatchResult>((resolve) => setTimeout(() => { resolve(process(batch)); }, delay));
        },
        close: () => Promise.resolve(),
      };
    },
    now: () => (clock += 50),
  };
  return { host, stdout: () => stdout, stderr: () => stderr, files: () => written, workerRuns: () => workerRuns };
}

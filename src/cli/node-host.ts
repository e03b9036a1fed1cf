import { createReadStream, createWriteStream, fstatSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import type { CliHost, OutputSink } from './io.js';
import { createWorkerPool } from './worker-pool.js';

const READ_CHUNK = 1 << 16;

function sinkOf(stream: Writable, closeStream: boolean): OutputSink {
  let failure: Error | undefined;
  stream.on('error', (error) => { failure ??= error; });
  return {
    async write(text) {
      if (failure !== undefined) throw failure;
      if (!stream.write(text)) {
        await new Promise<void>((resolve, reject) => {
          const done = (error?: Error): void => {
            stream.off('drain', done);
            stream.off('error', done);
            if (error === undefined) resolve();
            else reject(error);
          };
          stream.on('drain', done);
          stream.on('error', done);
        });
      }
    },
    async close() {
      if (failure !== undefined) throw failure;
      await new Promise<void>((resolve, reject) => {
        if (closeStream) stream.end((error?: Error | null) => { if (error) reject(error); else resolve(); });
        else stream.write('', (error?: Error | null) => { if (error) reject(error); else resolve(); });
      });
    },
  };
}

async function sizeOf(file: string): Promise<number | undefined> {
  const info = file === '-' ? fstatSync(0) : await stat(file);
  return info.isFile() ? info.size : undefined;
}

/**
 * The real host: files and stdin through fs streams, stdout or a file, worker threads running
 * `script` (the CLI bundle), a progress bar only when stderr is a TTY.
 *
 * @internal
 */
export function createNodeHost(version: string, script: URL): CliHost {
  return {
    version,
    cores: availableParallelism(),
    openInput: (file) => (file === '-' ? process.stdin : createReadStream(file, { highWaterMark: READ_CHUNK })),
    async progressTotal(files) {
      if (!process.stderr.isTTY) return undefined;
      try {
        let total = 0;
        for (const file of files) {
          const size = await sizeOf(file);
          if (size === undefined) return undefined;
          total += size;
        }
        return total;
      } catch {
        return undefined;
      }
    },
    openOutput: (path) => (path === undefined ? sinkOf(process.stdout, false) : sinkOf(createWriteStream(path), true)),
    print: (text) => { process.stdout.write(text); },
    stderr: (text) => { process.stderr.write(text); },
    createWorkerRunner: (spec, jobs) => createWorkerPool(script, spec, jobs),
    now: () => performance.now(),
  };
}

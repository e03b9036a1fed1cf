import { Worker } from 'node:worker_threads';
import type { Batch, BatchResult, BatchSpec } from './batch.js';
import type { BatchRunner } from './io.js';

/** A small young generation keeps each worker's memory low; batches are small (128 kB). */
const WORKER_YOUNG_GENERATION_MB = 4;

interface Task {
  readonly batch: Batch;
  readonly resolve: (result: BatchResult) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Runs batches on `jobs` worker threads started from `script` (the CLI bundle itself). Each worker
 * takes one batch at a time; results resolve per batch, so the caller keeps input order. A worker
 * that dies rejects its batch and every later one.
 *
 * @internal
 */
export function createWorkerPool(script: URL, spec: BatchSpec, jobs: number): BatchRunner {
  const waiting: Task[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Task>();
  let failure: Error | undefined;

  const fail = (error: Error): void => {
    failure ??= error;
    for (const task of [...busy.values(), ...waiting.splice(0)]) task.reject(failure);
    busy.clear();
  };
  const dispatch = (): void => {
    while (failure === undefined && idle.length > 0 && waiting.length > 0) {
      const worker = idle.pop();
      const task = waiting.shift();
      if (worker === undefined || task === undefined) return;
      busy.set(worker, task);
      const { text } = task.batch;
      worker.postMessage(task.batch, typeof text === 'string' ? [] : [text.buffer as ArrayBuffer]); // bytes move, not copied
    }
  };
  const workers = Array.from({ length: jobs }, () => {
    const worker = new Worker(script, { workerData: spec, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    worker.on('message', (result: BatchResult) => {
      const task = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      task?.resolve(result);
      dispatch();
    });
    worker.on('error', (error) => { fail(error); });
    worker.on('exit', (code) => {
      if (code !== 0) fail(new Error(`worker thread exited with code ${code}`));
    });
    idle.push(worker);
    return worker;
  });

  return {
    run(batch) {
      if (failure !== undefined) return Promise.reject(failure);
      return new Promise<BatchResult>((resolve, reject) => {
        waiting.push({ batch, resolve, reject });
        dispatch();
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

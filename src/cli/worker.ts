import { parentPort, workerData } from 'node:worker_threads';
import { createBatchProcessor, type Batch, type BatchSpec } from './batch.js';

/**
 * The worker-thread side: processes each batch the main thread posts and posts the result back.
 *
 * @internal
 */
export function serveBatches(): void {
  const port = parentPort;
  if (port === null) throw new Error('serveBatches must run in a worker thread');
  const process = createBatchProcessor(workerData as BatchSpec);
  const encoder = new TextEncoder();
  port.on('message', (batch: Batch) => {
    // Output goes back as UTF-8 bytes, moved rather than copied, so the main thread only writes them.
    const result = process(batch);
    const bytes = encoder.encode(result.output as string);
    port.postMessage({ ...result, output: bytes }, [bytes.buffer]);
  });
}

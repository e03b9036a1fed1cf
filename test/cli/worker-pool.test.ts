import { describe, expect, it } from 'vitest';
import type { BatchSpec } from '../../src/cli/batch.js';
import { createWorkerPool } from '../../src/cli/worker-pool.js';
import { ECHO_WORKER } from './echo-worker.js';

const script = ECHO_WORKER;
const spec = { prefix: '> ' } as unknown as BatchSpec;

describe('createWorkerPool', () => {
  it('resolves each batch with its own result, whatever order workers finish in', async () => {
    const pool = createWorkerPool(script, spec, 3);
    try {
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => pool.run({ file: 'f', firstLine: i * 2 + 1, text: [`a${i}`, `b${i}`].join('\n') })),
      );
      expect(results.map((r) => r.output)).toEqual(Array.from({ length: 10 }, (_, i) => `> a${i}\n> b${i}\n`));
    } finally {
      await pool.close();
    }
  });

  it('rejects the batch in flight and every later one when a worker throws', async () => {
    const pool = createWorkerPool(script, spec, 1);
    try {
      const first = pool.run({ file: 'f', firstLine: 1, text: ['crash'].join('\n') });
      const second = pool.run({ file: 'f', firstLine: 2, text: ['ok'].join('\n') });
      await expect(first).rejects.toThrow('worker crashed on purpose');
      await expect(second).rejects.toThrow('worker crashed on purpose');
      await expect(pool.run({ file: 'f', firstLine: 3, text: ['ok'].join('\n') })).rejects.toThrow('worker crashed on purpose');
    } finally {
      await pool.close();
    }
  });

  it('rejects when a worker exits with a non-zero code', async () => {
    const pool = createWorkerPool(script, spec, 2);
    try {
      await expect(pool.run({ file: 'f', firstLine: 1, text: ['exit'].join('\n') })).rejects.toThrow('worker thread exited with code 3');
    } finally {
      await pool.close();
    }
  });
});

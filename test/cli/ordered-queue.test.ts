import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { createOrderedQueue } from '../../src/cli/ordered-queue.js';

const later = <T>(value: T, ms: number): Promise<T> => new Promise((resolve) => setTimeout(() => { resolve(value); }, ms));

describe('createOrderedQueue', () => {
  test.prop([fc.array(fc.nat({ max: 4 }), { minLength: 1, maxLength: 25 }), fc.integer({ min: 1, max: 5 })], { numRuns: 25 })(
    'sinks results in push order whatever order they complete in, with at most `limit` pending',
    async (delays, limit) => {
      const seen: number[] = [];
      let pending = 0;
      let maxPending = 0;
      const queue = createOrderedQueue<number>(limit, (n) => {
        pending--;
        seen.push(n);
        return true;
      });
      for (const [i, ms] of delays.entries()) {
        pending++;
        maxPending = Math.max(maxPending, pending);
        expect(await queue.push(later(i, ms))).toBe(true);
      }
      expect(await queue.drain()).toBe(true);
      expect(seen).toEqual(delays.map((_, i) => i));
      expect(maxPending).toBeLessThanOrEqual(Math.max(limit, 1));
    },
  );

  it('stops when the sink says so and drops later results', async () => {
    const seen: number[] = [];
    const queue = createOrderedQueue<number>(2, (n) => {
      seen.push(n);
      return n < 1;
    });
    expect(await queue.push(later(0, 3))).toBe(true);
    expect(await queue.push(later(1, 1))).toBe(true);
    expect(await queue.push(later(2, 0))).toBe(false);
    expect(await queue.push(Promise.reject(new Error('ignored')))).toBe(false);
    expect(await queue.drain()).toBe(false);
    expect(seen).toEqual([0, 1]);
  });

  it('rejects when a result rejects, without an unhandled rejection for the others', async () => {
    const queue = createOrderedQueue<number>(3, () => true);
    await queue.push(Promise.reject(new Error('worker died')));
    await queue.push(Promise.reject(new Error('second')));
    await expect(queue.drain()).rejects.toThrow('worker died');
    await expect(queue.drain()).rejects.toThrow('second');
    expect(await queue.drain()).toBe(true);
  });
});

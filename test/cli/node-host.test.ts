import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { BatchSpec } from '../../src/cli/batch.js';
import { createNodeHost } from '../../src/cli/node-host.js';
import { ECHO_WORKER } from './echo-worker.js';

const dir = mkdtempSync(join(tmpdir(), 'tanqih-host-'));
const host = createNodeHost('1.2.3', ECHO_WORKER);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function readAll(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts).toString('utf8');
}

describe('createNodeHost', () => {
  it('knows its version and the number of cores', () => {
    expect(host.version).toBe('1.2.3');
    expect(host.cores).toBeGreaterThanOrEqual(1);
    expect(host.now()).toBeTypeOf('number');
  });

  it('reads files, and stdin as "-"', async () => {
    const path = join(dir, 'in.txt');
    writeFileSync(path, 'خبر عاجل\n'.repeat(20_000));
    expect(await readAll(host.openInput(path))).toBe('خبر عاجل\n'.repeat(20_000));
    expect(host.openInput('-')).toBe(process.stdin);
    await expect(readAll(host.openInput(join(dir, 'missing.txt')))).rejects.toThrow(/ENOENT/);
  });

  it('sizes the input for a progress bar only when stderr is a terminal', async () => {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, '12345');
    writeFileSync(b, 'مرحبا');
    const saved = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
    const setTty = (value: boolean): void => {
      Object.defineProperty(process.stderr, 'isTTY', { value, configurable: true, writable: true });
    };
    try {
      setTty(false);
      expect(await host.progressTotal([a, b])).toBeUndefined();
      setTty(true);
      expect(await host.progressTotal([a, b])).toBe(5 + 10);
      expect(await host.progressTotal([a, dir])).toBeUndefined(); // a directory has no size
      expect(await host.progressTotal([a, join(dir, 'missing')])).toBeUndefined();
    } finally {
      if (saved === undefined) Reflect.deleteProperty(process.stderr, 'isTTY');
      else Object.defineProperty(process.stderr, 'isTTY', saved);
    }
  });

  it('writes an output file with backpressure, and reports write errors', async () => {
    const path = join(dir, 'out.txt');
    const out = host.openOutput(path);
    const big = 'سطر من الأخبار\n'.repeat(10_000); // larger than the stream's buffer: waits for 'drain'
    await out.write(big);
    await out.write('end\n');
    await out.close();
    expect(readFileSync(path, 'utf8')).toBe(`${big}end\n`);
    const broken = host.openOutput(join(dir, 'no-such-dir', 'out.txt'));
    await expect(
      (async () => {
        await broken.write(big);
        await broken.write(big);
        await broken.close();
      })(),
    ).rejects.toThrow(/ENOENT/);
    await expect(broken.write('x')).rejects.toThrow(/ENOENT/);
  });

  it('prints to stdout and stderr, and flushes stdout without closing it', async () => {
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(((_chunk: unknown, cb?: () => void) => {
      if (typeof cb === 'function') cb();
      return true;
    }) as typeof process.stdout.write);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      host.print('help\n');
      host.stderr('warning\n');
      const out = host.openOutput(undefined);
      await out.write('data');
      await out.close();
      expect(stdout.mock.calls.map((c) => c[0])).toEqual(['help\n', 'data', '']);
      expect(stderr.mock.calls.map((c) => c[0])).toEqual(['warning\n']);
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
  });

  it('runs batches on worker threads', async () => {
    const runner = host.createWorkerRunner({ prefix: '# ' } as unknown as BatchSpec, 2);
    try {
      expect((await runner.run({ file: 'f', firstLine: 1, text: ['x'].join('\n') })).output).toBe('# x\n');
    } finally {
      await runner.close();
    }
  });
});

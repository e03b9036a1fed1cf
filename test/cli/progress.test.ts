import { describe, expect, it } from 'vitest';
import { createProgressReporter, formatProgress, SILENT_PROGRESS } from '../../src/cli/progress.js';

const MB = 1024 * 1024;

describe('formatProgress', () => {
  it('shows bar, percent, bytes, docs/s and ETA', () => {
    expect(formatProgress({ bytesDone: 13.5 * MB, bytesTotal: 27 * MB, docs: 4000, elapsedMs: 1000 })).toBe(
      '[############------------]  50%  13.5 MB / 27.0 MB  4,000 docs/s  ETA 0:01',
    );
  });

  it('formats small and large sizes and long ETAs', () => {
    expect(formatProgress({ bytesDone: 512, bytesTotal: 2048, docs: 1, elapsedMs: 1000 })).toBe(
      '[######------------------]  25%  0.5 kB / 2.0 kB  1 docs/s  ETA 0:03',
    );
    expect(formatProgress({ bytesDone: 1024 * MB, bytesTotal: 4096 * MB, docs: 10, elapsedMs: 1000 * 1200 })).toBe(
      '[######------------------]  25%  1.00 GB / 4.00 GB  0 docs/s  ETA 1:00:00',
    );
  });

  it('has no rate or ETA before time passes, and clamps odd inputs', () => {
    expect(formatProgress({ bytesDone: 0, bytesTotal: 0, docs: 0, elapsedMs: 0 })).toBe(
      '[------------------------]   0%  0.0 kB / 0.0 kB  0 docs/s  ETA --:--',
    );
    expect(formatProgress({ bytesDone: 300, bytesTotal: 200, docs: 2, elapsedMs: 500 })).toMatch(/^\[#{24}\] 100% .* ETA 0:00$/);
  });
});

describe('createProgressReporter', () => {
  it('redraws at most once per interval and ends with a newline', () => {
    let t = 0;
    const out: string[] = [];
    const reporter = createProgressReporter(100, (s) => out.push(s), () => t, 200);
    reporter.update(10, 1); // first update draws
    t = 100;
    reporter.update(10, 1); // too soon
    t = 250;
    reporter.update(30, 2);
    reporter.finish();
    expect(out).toHaveLength(4);
    expect(out[0]).toMatch(/^\r\[##-+\] {2}10%/);
    expect(out[1]).toMatch(/^\r\[#+-+\] {2}50% .* 16 docs\/s/);
    expect(out[2]).toMatch(/^\r.* 50%/);
    expect(out[3]).toBe('\n');
  });

  it('the silent reporter prints nothing', () => {
    const out: string[] = [];
    const reporter = createProgressReporter(1, (s) => out.push(s), () => 0);
    reporter.finish();
    expect(out).toHaveLength(2);
    expect(() => {
      SILENT_PROGRESS.update(1, 1);
      SILENT_PROGRESS.finish();
    }).not.toThrow();
  });
});

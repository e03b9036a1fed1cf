// Results do not depend on the time zone or the locale: the same fixed calls run in child processes
// under other TZ/LANG settings must print exactly what they print under TZ=UTC, LANG=C.UTF-8.
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, test } from 'vitest';
import { bundle } from '../fuzz/bundle.js';

interface DriverOutput {
  readonly environment: { readonly timeZone: string; readonly locale: string; readonly offsetMinutes: number };
  readonly results: Record<string, unknown>;
}

const BASE_ENV: Readonly<Record<string, string>> = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp' };

const VARIANTS: readonly (readonly [string, Readonly<Record<string, string>>])[] = [
  ['TZ=America/New_York', { TZ: 'America/New_York', LANG: 'C.UTF-8' }],
  ['TZ=Asia/Riyadh', { TZ: 'Asia/Riyadh', LANG: 'C.UTF-8' }],
  ['TZ=Pacific/Kiritimati (UTC+14)', { TZ: 'Pacific/Kiritimati', LANG: 'C.UTF-8' }],
  ['TZ=Pacific/Pago_Pago (UTC-11)', { TZ: 'Pacific/Pago_Pago', LANG: 'C.UTF-8' }],
  ['LANG=C', { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' }],
  ['LANG=ar_SA.UTF-8', { TZ: 'UTC', LANG: 'ar_SA.UTF-8', LC_ALL: 'ar_SA.UTF-8' }],
  ['LANG=tr_TR.UTF-8 (dotted/dotless i)', { TZ: 'Europe/Istanbul', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' }],
];

function runDriver(driver: string, env: Readonly<Record<string, string>>): DriverOutput {
  const run = spawnSync(process.execPath, [driver], { env: { ...BASE_ENV, ...env }, encoding: 'utf8', maxBuffer: 256 << 20, timeout: 60_000 });
  if (run.status !== 0) throw new Error(`driver failed under ${JSON.stringify(env)}: ${run.stderr}`);
  return JSON.parse(run.stdout) as DriverOutput;
}

describe('reliability: independent of time zone and locale', () => {
  let driver = '';
  let baseline: DriverOutput | undefined;
  beforeAll(async () => {
    driver = await bundle('test/reliability/driver-entry.ts', 'reliability-driver');
    baseline = runDriver(driver, { TZ: 'UTC', LANG: 'C.UTF-8' });
  }, 120_000);

  test('the baseline ran under UTC and made calls', () => {
    expect(baseline!.environment.timeZone).toBe('UTC');
    expect(Object.keys(baseline!.results).length).toBeGreaterThan(10);
  });

  for (const [label, env] of VARIANTS) {
    test(`same results under ${label} as under TZ=UTC`, () => {
      const other = runDriver(driver, env);
      if (env['TZ'] !== undefined && env['TZ'] !== 'UTC') {
        // The child really ran in another zone (otherwise the test would prove nothing).
        expect(other.environment.timeZone).toBe(env['TZ']);
      }
      const lc = env['LC_ALL'];
      if (lc?.includes('_') === true) expect(other.environment.locale).toBe(lc.split('.')[0]!.replace('_', '-'));
      const differing = Object.keys(baseline!.results).filter(
        (key) => JSON.stringify(other.results[key]) !== JSON.stringify(baseline!.results[key]),
      );
      expect(differing, `calls whose results changed under ${label}`).toEqual([]);
      expect(Object.keys(other.results)).toEqual(Object.keys(baseline!.results));
    }, 60_000);
  }
});

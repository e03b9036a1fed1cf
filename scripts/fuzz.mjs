#!/usr/bin/env node
/* global console, process */
// Long fuzz run: the same properties as test/fuzz (which CI runs with a small, seeded number of
// cases), each running as many cases as fit in its share of a fixed time budget.
//
//   npm run fuzz                      # FUZZ_SECONDS=600 by default
//   FUZZ_SECONDS=3600 npm run fuzz    # one hour
//   FC_SEED=123 npm run fuzz          # replay a seed (a failure prints seed and path)
//
// The budget is split evenly over the property tests that `vitest list` finds (exhaustive sweeps
// and TypeError checks take constant time and are not counted). One worker, so the budget is the
// wall-clock time plus a little.
import { execFileSync, spawnSync } from 'node:child_process';

const seconds = Number(process.env.FUZZ_SECONDS ?? '600');
if (!Number.isFinite(seconds) || seconds <= 0) {
  console.error(`FUZZ_SECONDS must be a positive number of seconds, got ${process.env.FUZZ_SECONDS}`);
  process.exit(2);
}
const vitest = ['node_modules/vitest/vitest.mjs'];
const listed = JSON.parse(
  execFileSync(process.execPath, [...vitest, 'list', 'test/fuzz', '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 }),
);
const properties = listed.filter(
  (t) => !/not exported yet|TypeError|^sweep:|not in the fuzz table|empty string/u.test(t.name),
);
const count = Math.max(1, properties.length);
const perProperty = Math.max(1000, Math.floor((seconds * 1000) / count));
const seed = process.env.FC_SEED ?? String(Date.now() % 2 ** 31);
console.log(`fuzz: ${count} properties, ${seconds} s budget, ${(perProperty / 1000).toFixed(1)} s each, FC_SEED=${seed}`);
const run = spawnSync(process.execPath, [...vitest, 'run', 'test/fuzz', '--maxWorkers=1', '--testTimeout=0'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_MS_PER_PROPERTY: String(perProperty), FC_SEED: seed },
});
process.exit(run.status ?? 1);

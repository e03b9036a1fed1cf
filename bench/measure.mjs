// The timing engine. Cases are timed in interleaved rounds (every case once per round) so that the
// machine's noise (shared, 2 cores) hits all of them alike and the ratios between them stay
// stable; each case reports the median of its samples.
import { performance } from 'node:perf_hooks';
import process from 'node:process';

/** Keeps results alive so that no call can be optimized away. */
let sink = 0;

/** @param {unknown} r */
function consume(r) {
  if (typeof r === 'string' || Array.isArray(r)) sink += r.length;
  else if (r !== null && typeof r === 'object') sink += 1;
  else sink += Number(r) || 0;
}

/** The value accumulated from all results (print it so the work is observable). */
export function sinkValue() {
  return sink;
}

/**
 * Wraps a one-string function into the runner of a mode: `whole` calls it once on one string,
 * `article` loops over a list of strings.
 *
 * @param {(s: string) => unknown} fn
 * @param {'whole' | 'article'} shape
 * @returns {(input: any) => void}
 */
export function runner(fn, shape) {
  if (shape === 'whole') return (s) => consume(fn(s));
  return (list) => {
    let n = 0;
    for (let i = 0; i < list.length; i++) {
      const r = fn(list[i]);
      n += typeof r === 'string' ? r.length : 1;
    }
    sink += n;
  };
}

const collect = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};

/** Milliseconds of CPU time (user + system, all threads) used by this process so far. */
function cpuNow() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * The clock the samples are taken with: CPU time by default, which stays steady when the
 * machine is shared (wall time then counts the time other processes hold the cores), or wall
 * time with `useWallClock(true)` (the --wall flag).
 */
let now = cpuNow;

/** @param {boolean} wall */
export function useWallClock(wall) {
  now = wall ? () => performance.now() : cpuNow;
}

/**
 * Milliseconds per call of `run(input)`, timed over `repeat` consecutive calls. No garbage is
 * collected on purpose before: a call right after a forced full collection runs several times
 * slower than in steady use (measured: 1 MB through normalize, 11 ms → 50-60 ms of CPU), so
 * forcing one would bill that to every sample; the collections a case's own garbage causes are
 * part of its cost, and interleaved rounds spread the others'.
 *
 * @param {(input: any) => void} run
 * @param {unknown} input
 * @param {number} [repeat]
 */
export function timeOnce(run, input, repeat = 1) {
  const t0 = now();
  for (let k = 0; k < repeat; k++) run(input);
  return (now() - t0) / repeat;
}

/**
 * Bytes of heap left allocated by one call (result kept alive), measured between two full
 * garbage collections. Needs `--expose-gc`.
 *
 * @param {() => unknown} fn
 */
export function allocatedBy(fn) {
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.external; // large strings may be external (outside the V8 heap)
  };
  collect();
  const before = used();
  const result = fn();
  collect();
  const after = used();
  consume(result);
  return Math.max(0, after - before);
}

/** @param {number[]} xs */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Guards against a function that would take minutes on the full input (super-linear or very
 * slow): times it on growing prefixes, predicting each next run from the growth seen so far
 * (never better than linear), and returns a reason to skip it, or undefined.
 *
 * @param {{ run: (input: any) => void, probes?: { input: unknown, bytes: number, linear?: boolean }[], bytes: number }} c
 * @param {number} maxRunMs
 * @returns {string | undefined}
 */
export function probe(c, maxRunMs) {
  if (!c.probes || c.probes.length === 0) return undefined;
  let prev;
  let exponent = 1;
  const verdict = (t, bytes, predicted) => {
    const mbps = (bytes / 1e6 / (t / 1000)).toFixed(2);
    return exponent > 1.5
      ? `super-linear (time ∝ n^${exponent.toFixed(1)} from ${(bytes / 1e6).toFixed(2)} MB, where it ran at ${mbps} MB/s)`
      : `too slow for this run (${mbps} MB/s on ${(bytes / 1e6).toFixed(2)} MB; one full run would take ≈${(predicted / 1000).toFixed(0)} s)`;
  };
  for (const p of c.probes) {
    if (prev && prev.t * (p.bytes / prev.bytes) ** exponent > maxRunMs / 2) {
      return verdict(prev.t, prev.bytes, prev.t * (c.bytes / prev.bytes) ** exponent);
    }
    timeOnce(c.run, p.input); // the first call compiles
    // The faster of two calls, then the growth over the previous (smaller) probe: the largest
    // pair decides, the small ones only keep a super-linear function from running for minutes.
    const t = Math.max(Math.min(timeOnce(c.run, p.input), timeOnce(c.run, p.input)), 0.01);
    if (prev && !p.linear) exponent = Math.max(1, Math.log(t / prev.t) / Math.log(p.bytes / prev.bytes));
    prev = { t, bytes: p.bytes };
  }
  const predicted = prev.t * (c.bytes / prev.bytes) ** exponent;
  return predicted > maxRunMs ? verdict(prev.t, prev.bytes, predicted) : undefined;
}

/**
 * Times every case in interleaved rounds. Mutates each case: `samples` (ms per call), `error`,
 * `skipped`.
 *
 * @param {any[]} cases
 * @param {{ rounds: number, minRounds: number, budgetMs: number, sampleMs: number, maxRunMs: number }} opts
 * @param {(msg: string) => void} log
 */
export function measure(cases, opts, log) {
  const live = cases.filter((c) => !c.skipped);
  for (const c of live) {
    c.samples = [];
    c.spent = 0;
    try {
      const reason = probe(c, opts.maxRunMs);
      if (reason) {
        c.skipped = reason;
        log(`  skip ${c.label} [${c.mode}]: ${reason}`);
        continue;
      }
      // Warm-up: at least one call, and for fast cases about one sample's worth of calls.
      const t0 = now();
      let calls = 0;
      do {
        c.run(c.input);
        calls++;
      } while (now() - t0 < opts.sampleMs && calls < 50);
      const warm = now() - t0;
      const perCall = warm / calls;
      c.repeat = Math.max(1, Math.round(opts.sampleMs / perCall));
      c.spent = warm;
    } catch (e) {
      c.error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      log(`  error ${c.label} [${c.mode}]: ${c.error}`);
    }
  }
  const timed = live.filter((c) => !c.skipped && !c.error);
  for (let round = 0; round < opts.rounds; round++) {
    let active = 0;
    for (const c of timed) {
      if (c.samples.length >= opts.minRounds && c.spent >= opts.budgetMs) continue;
      active++;
      const perCall = timeOnce(c.run, c.input, c.repeat);
      c.samples.push(perCall);
      c.spent += perCall * c.repeat;
    }
    log(`  round ${round + 1}/${opts.rounds}: ${active} case(s) timed`);
    if (active === 0) break;
  }
  for (const c of timed) {
    c.medianMs = median(c.samples);
    c.mbps = c.bytes / 1e6 / (c.medianMs / 1000);
    c.spread = (Math.max(...c.samples) - Math.min(...c.samples)) / c.medianMs;
  }
}

// The speed targets of issue 7, checked as ratios between cases measured in the same run.
import { PROFILES } from './cases.mjs';

const MODES = [
  ['whole', 'whole corpus'],
  ['article', 'per article'],
];

/**
 * @param {Map<string, any>} byKey measured cases by `id@mode`
 * @param {{ bigLabel: string }} info
 * @returns {{ name: string, value?: number, threshold: number, op: '>=' | '<=', unit: string,
 *   status: 'PASS' | 'FAIL' | 'n/a', note?: string }[]}
 */
export function checkTargets(byKey, info) {
  const mbps = (key) => byKey.get(key)?.mbps;
  const targets = [];
  /**
   * @param {string} name
   * @param {string[]} keys
   * @param {(...v: number[]) => number} compute
   * @param {'>=' | '<='} op
   * @param {number} threshold
   * @param {string} unit
   */
  const add = (name, keys, compute, op, threshold, unit) => {
    const values = keys.map(mbps);
    const missing = keys.filter((_, i) => values[i] === undefined);
    if (missing.length > 0) {
      const why = missing.map((k) => {
        const c = byKey.get(k);
        return `${k}: ${c?.skipped ?? c?.error ?? 'not measured'}`;
      });
      targets.push({ name, threshold, op, unit, status: 'n/a', note: why.join('; ') });
      return;
    }
    const value = compute(...values);
    const pass = op === '>=' ? value >= threshold : value <= threshold;
    targets.push({ name, value, threshold, op, unit, status: pass ? 'PASS' : 'FAIL' });
  };
  const ratio = (a, b) => a / b;

  for (const [m, where] of MODES) {
    const copyShare = m === 'whole' ? 0.5 : 0.3;
    add(`normalize 'search' vs copy (${where})`, [`normalize:search@${m}`, `copy@${m}`], ratio, '>=', copyShare, '× copy');
    add(`normalize 'search' vs naive replace chain (${where})`, [`normalize:search@${m}`, `naive@${m}`], ratio, '>=', 5, '×');
    add(`normalize 'light' vs 'search' speed (${where})`, [`normalize:light@${m}`, `normalize:search@${m}`], ratio, '>=', 1, '×');
    add(
      `clean-text fast path: normalize 'search' on search-normalized text vs copy (${where})`,
      [`normalize:search@clean-${m}`, `copy@clean-${m}`],
      ratio,
      '>=',
      2,
      '× copy',
    );
    for (const p of PROFILES) {
      // Time ratio = inverse of the throughput ratio.
      add(`normalizeWithOffsets '${p}' time vs normalize '${p}' (${where})`, [`normalize:${p}@${m}`, `offsets:${p}@${m}`], ratio, '<=', 1.5, '× time');
    }
    add(`normalize 'search' vs arabic-text-normalizer (${where})`, [`normalize:search@${m}`, `atn@${m}`], ratio, '>=', 10, '×');
    for (const [id, threshold] of [
      ['findDates', 0.05],
      ['repair', 0.05],
      ['removeBoilerplate', 0.05],
      ['cleanArticle', 0.025],
    ]) {
      add(`${id} vs copy (${where})`, [`${id}@${m}`, `copy@${m}`], ratio, '>=', threshold, '× copy');
    }
  }
  for (const id of ['normalize:search', 'normalize:light', 'offsets:search']) {
    add(
      `linear growth ${id}: throughput 1 MB vs ${info.bigLabel}`,
      [`${id}@lin-1MB`, `${id}@lin-big`],
      (a, b) => Math.min(a, b) / Math.max(a, b),
      '>=',
      0.8,
      'min/max',
    );
  }
  return targets;
}

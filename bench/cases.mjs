// What the benchmark times: the library's functions (each only if the build exports it), the
// baselines and the peer packages, each on the whole corpus as one string and per article.
import { Buffer } from 'node:buffer';

import { runner } from './measure.mjs';
import { naiveSearch } from './naive-search.mjs';
import { offsetsArray } from './offsets-array.mjs';
import { tableLoop } from './table-loop.mjs';

export const PROFILES = ['light', 'ml', 'search'];

/** The UTF-16 copy every ratio is quoted against. */
export function copy(/** @type {string} */ s) {
  return Buffer.from(s, 'utf16le').toString('utf16le');
}

/**
 * The library functions to time: id, label, the export they need and the call.
 *
 * @param {Record<string, any>} lib
 */
export function libraryFunctions(lib) {
  const fns = [];
  for (const p of PROFILES) {
    fns.push({ id: `normalize:${p}`, label: `normalize '${p}'`, needs: 'normalize', fn: (s) => lib.normalize(s, p) });
  }
  for (const p of PROFILES) {
    fns.push({
      id: `offsets:${p}`,
      label: `normalizeWithOffsets '${p}'`,
      needs: 'normalizeWithOffsets',
      fn: (s) => lib.normalizeWithOffsets(s, p),
    });
  }
  fns.push(
    { id: 'findDates', label: 'findDates', needs: 'findDates', fn: (s) => lib.findDates(s) },
    { id: 'repair', label: 'repair', needs: 'repair', fn: (s) => lib.repair(s) },
    { id: 'removeBoilerplate', label: 'removeBoilerplate', needs: 'removeBoilerplate', fn: (s) => lib.removeBoilerplate(s) },
    { id: 'cleanArticle', label: 'cleanArticle', needs: 'cleanArticle', fn: (s) => lib.cleanArticle(s) },
  );
  return fns.map((f) => ({
    ...f,
    missing: typeof lib[f.needs] === 'function' ? undefined : 'not exported by dist/index.js yet',
  }));
}

/**
 * The baselines and peers, each with the call closest to the `search` profile.
 *
 * @param {{ atn?: any, flow?: any }} peers
 */
export function baselineFunctions(peers) {
  return [
    { id: 'copy', label: 'baseline: UTF-16 copy', fn: copy },
    { id: 'table', label: 'reference: bare Uint16Array table loop (search folds only)', fn: tableLoop },
    { id: 'offsets-array', label: 'reference: a fresh offsets array alone (Uint32Array, identity fill)', fn: offsetsArray },
    { id: 'naive', label: 'baseline: naive replace chain (search)', fn: naiveSearch },
    {
      id: 'atn',
      label: 'arabic-text-normalizer normalize()',
      fn: peers.atn ? (s) => peers.atn.normalize(s) : undefined,
    },
    {
      id: 'flow',
      label: '@flowdegree/arabic-strings sanitize()',
      fn: peers.flow ? (s) => peers.flow.sanitize(s) : undefined,
    },
  ].map((f) => ({ ...f, missing: f.fn === undefined ? 'package not installed' : undefined }));
}

/**
 * Builds the timed cases of one input family.
 *
 * @param {{ id: string, label: string, fn?: (s: string) => unknown, missing?: string }[]} fns
 * @param {{ family: string, mode: string, shape: 'whole' | 'article', input: any, bytes: number,
 *   probes?: { input: unknown, bytes: number }[] }} spec
 */
export function makeCases(fns, spec) {
  return fns.map((f) => ({
    id: f.id,
    label: f.label,
    family: spec.family,
    mode: spec.mode,
    key: `${f.id}@${spec.mode}`,
    input: spec.input,
    bytes: spec.bytes,
    probes: f.id === 'copy' ? undefined : spec.probes,
    skipped: f.missing,
    run: f.fn ? runner(f.fn, spec.shape) : undefined,
  }));
}

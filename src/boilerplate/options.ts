// Validation of removeBoilerplate options.
import type { BoilerplateKind, RemoveBoilerplateOptions, SiteMarker } from './types.js';

/** Every boilerplate kind, in documentation order. */
export const BOILERPLATE_KINDS: readonly BoilerplateKind[] = [
  'read-also', 'related-list', 'source', 'tags', 'publish-date', 'site-residue', 'dateline', 'share', 'copyright', 'caption', 'other',
];

const KIND_SET: ReadonlySet<string> = new Set(BOILERPLATE_KINDS);

/** The received type of a bad argument, for error messages (`null` named as such). */
export function describe(value: unknown): string {
  return value === null ? 'null' : typeof value;
}

/** Options after validation. */
export interface ResolvedOptions {
  readonly keep: ReadonlySet<BoilerplateKind>;
  readonly markers: readonly SiteMarker[];
}

/** Validates options; throws TypeError/RangeError naming the option. */
export function resolveOptions(fn: string, options: RemoveBoilerplateOptions | undefined): ResolvedOptions {
  if (options === undefined) return { keep: new Set(), markers: [] };
  if (typeof options !== 'object' || (options as unknown) === null) throw new TypeError(`${fn}: options must be an object, received ${describe(options)}`);
  const keep = new Set<BoilerplateKind>();
  if (options.keep !== undefined) {
    if (!Array.isArray(options.keep)) throw new TypeError(`${fn}: options.keep must be an array of boilerplate kinds`);
    for (const k of options.keep as unknown[]) {
      if (typeof k !== 'string' || !KIND_SET.has(k)) throw new RangeError(`${fn}: options.keep has an unknown kind: ${String(k)}`);
      keep.add(k as BoilerplateKind);
    }
  }
  const markers: SiteMarker[] = [];
  if (options.markers !== undefined) {
    if (!Array.isArray(options.markers)) throw new TypeError(`${fn}: options.markers must be an array of { text, kind }`);
    for (const m of options.markers as unknown[]) {
      if (typeof m !== 'object' || m === null) throw new TypeError(`${fn}: options.markers entries must be objects`);
      const { text, kind, lineStart } = m as { text?: unknown; kind?: unknown; lineStart?: unknown };
      if (typeof text !== 'string' || text.trim() === '') throw new TypeError(`${fn}: options.markers[].text must be a non-empty string`);
      if (typeof kind !== 'string' || !KIND_SET.has(kind)) throw new RangeError(`${fn}: options.markers[].kind is not a boilerplate kind: ${String(kind)}`);
      if (lineStart !== undefined && typeof lineStart !== 'boolean') throw new TypeError(`${fn}: options.markers[].lineStart must be a boolean`);
      markers.push(lineStart === undefined ? { text, kind: kind as BoilerplateKind } : { text, kind: kind as BoilerplateKind, lineStart });
    }
  }
  return { keep, markers };
}

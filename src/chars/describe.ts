import { resolveConfig } from './config.js';
import { NORMALIZATION_RULES } from './rule-info.js';
import type { NormalizationDescription, NormalizeOptions, ProfileName } from './types.js';

/**
 * Tells which rules a profile or option set applies, in the engine's order, with each rule's
 * safety class, and whether the whole is lossless (every rule `encoding-repair`).
 *
 * @param options - A profile name or {@link NormalizeOptions}, as for {@link normalize}.
 * @returns The profile, the applied rules and the `lossless` verdict.
 * @throws RangeError/TypeError for an invalid option.
 *
 * @example
 * ```ts
 * import { describeNormalization } from 'tanqih';
 * describeNormalization().lossless; // => true
 * describeNormalization('ml').rules.map((r) => r.name).at(-1); // => 'diacritics'
 * describeNormalization({ profile: 'search', digits: false }).rules.some((r) => r.name === 'digits'); // => false
 * describeNormalization({ elongation: true }).lossless; // => false
 * ```
 */
export function describeNormalization(options?: NormalizeOptions | ProfileName): NormalizationDescription {
  const cfg = resolveConfig('describeNormalization', options);
  const rules = NORMALIZATION_RULES.filter((rule) => cfg.rules.has(rule.name));
  return Object.freeze({
    profile: cfg.profile,
    rules: Object.freeze(rules),
    lossless: rules.every((rule) => rule.safety === 'encoding-repair'),
  });
}

import type { RuleInfo, RuleName } from './types.js';

/**
 * Every normalization rule, in the order the engine applies them to a character, with its safety
 * class. A profile is lossless exactly when all the rules it applies are `encoding-repair`.
 *
 * @example
 * ```ts
 * import { NORMALIZATION_RULES } from 'tanqih';
 * NORMALIZATION_RULES.filter((r) => r.safety === 'encoding-repair').length; // => 6
 * ```
 */
export const NORMALIZATION_RULES: readonly RuleInfo[] = Object.freeze([
  rule('presentationForms', 'encoding-repair', 'Arabic presentation forms and ligatures → letters (ﻷ → لأ, ﷲ → الله)'),
  rule('lookalikes', 'encoding-repair', 'Persian/Urdu look-alike letters → Arabic letters (ک → ك, ی → ي)'),
  rule('compose', 'encoding-repair', 'letter + combining hamza/madda → precomposed letter (ا + ٔ → أ)'),
  rule('tatweel', 'encoding-repair', 'delete tatweel (كتـــاب → كتاب)'),
  rule('invisibles', 'encoding-repair', 'delete bidi marks, ZWSP, BOM, soft hyphen; ZWNJ/ZWJ kept only in context'),
  rule('whitespace', 'encoding-repair', 'exotic spaces → space, collapse runs, CRLF → LF, at most one blank line'),
  rule('diacritics', 'folding', 'strip harakat, tanween, shadda, sukun and other Arabic marks (كَتَبَ → كتب)'),
  rule('alef', 'folding', 'أ إ آ ٱ ٲ ٳ → ا'),
  rule('ya', 'folding', 'ى → ي (or word-final ي → ى)'),
  rule('tehMarbuta', 'folding', 'ة → ه'),
  rule('hamza', 'folding', 'ؤ → و, ئ → ي'),
  rule('digits', 'folding', 'Arabic-Indic and Persian digits → 0–9, ٫ ٬ between digits → . ,'),
  rule('punctuation', 'folding', '، ؛ ؟ ٪ → , ; ? %'),
  rule('elongation', 'folding', 'a letter repeated 3+ times → once (جميييل → جميل)'),
]);

function rule(name: RuleName, safety: RuleInfo['safety'], summary: string): RuleInfo {
  return Object.freeze({ name, safety, summary });
}

import type { Span } from '../types.js';
import type { BoilerplateKind } from './types.js';

/** A recognised piece of boilerplate with what `cleanArticle` turns into metadata (raw offsets). */
export interface Finding extends Span {
  readonly kind: BoilerplateKind;
  /** The metadata value: source name, tag list, date text, dateline text. */
  readonly value?: Span;
  /** Teaser headlines of a read-also unit. */
  readonly teasers?: readonly Span[];
  /** A whole appended article (headline then paragraphs) after a read-also marker. */
  readonly appended?: Span;
}

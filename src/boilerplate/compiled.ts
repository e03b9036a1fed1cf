// The marker tables folded once, at module load (immutable afterwards).
import { foldList, foldSet, fold } from './fold.js';
import * as M from './markers.js';

/** A folded read-also marker. */
export interface FoldedReadAlso {
  readonly text: string;
  readonly lineStart: boolean;
  readonly separator: boolean;
}

/** Folded tables. */
export const T: {
  readonly readAlso: readonly FoldedReadAlso[];
  readonly relatedList: readonly string[];
  readonly relatedAnchor: string;
  readonly sourceLabels: readonly string[];
  readonly tagLabels: readonly string[];
  readonly trailingTag: string;
  readonly publishDate: readonly string[];
  readonly share: readonly string[];
  readonly shareWords: ReadonlySet<string>;
  readonly copyright: readonly string[];
  readonly caption: readonly string[];
  readonly wireEnd: readonly string[];
  readonly timestamp: ReadonlySet<string>;
  readonly agencies: readonly string[];
  readonly mastheads: ReadonlySet<string>;
  readonly sections: readonly string[];
  readonly openers: ReadonlySet<string>;
  readonly openerPairs: ReadonlySet<string>;
  readonly particles: ReadonlySet<string>;
  readonly also: string;
  readonly labelPrefixes: ReadonlySet<string>;
  readonly dateLineWords: ReadonlySet<string>;
  readonly zoneWord: string;
} = {
  readAlso: M.READ_ALSO_MARKERS.map((m) => ({ text: fold(m.text), lineStart: m.lineStart, separator: m.separator })).sort(
    (a, b) => b.text.length - a.text.length,
  ),
  relatedList: foldList(M.RELATED_LIST_MARKERS),
  relatedAnchor: fold(M.RELATED_LIST_ANCHOR),
  sourceLabels: foldList(M.SOURCE_LABELS),
  tagLabels: foldList(M.TAG_LABELS),
  trailingTag: fold(M.TRAILING_TAG_LABEL),
  publishDate: foldList(M.PUBLISH_DATE_LABELS),
  share: foldList(M.SHARE_PHRASES),
  shareWords: foldSet(M.SHARE_WIDGET_WORDS),
  copyright: foldList(M.COPYRIGHT_PHRASES),
  caption: foldList(M.CAPTION_PHRASES),
  wireEnd: foldList(M.WIRE_END_WORDS),
  timestamp: foldSet(M.TIMESTAMP_WORDS),
  agencies: foldList(M.AGENCIES),
  mastheads: foldSet(M.MASTHEADS),
  sections: foldList(M.SECTION_LABELS),
  openers: foldSet(M.PROSE_OPENERS),
  openerPairs: foldSet(M.PROSE_OPENER_PAIRS),
  particles: foldSet(M.NAME_PARTICLES),
  also: fold('أيضا'),
  dateLineWords: foldSet(M.DATE_LINE_WORDS),
  zoneWord: fold(M.ZONE_WORD),
  // first four units of every line-start label: a line whose opening is not among them has none
  labelPrefixes: new Set(
    [M.PUBLISH_DATE_LABELS, M.SOURCE_LABELS, M.TAG_LABELS, M.COPYRIGHT_PHRASES, M.SHARE_PHRASES].flatMap((list) => foldList(list).map((x) => x.slice(0, 4))),
  ),
};

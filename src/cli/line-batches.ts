/** Cuts decoded text into batches of whole lines. @internal */
export interface LineBatcher {
  /** Adds text; returns a batch (whole lines, ending with '\n') once at least `minChars` are pending. */
  push(text: string): string[];
  /** Ends the input; returns the rest (a last line without a line break) if any. */
  flush(): string[];
}

/**
 * Creates a {@link LineBatcher}. A batch is cut at the last line feed once `minChars` code units are
 * pending, so only a partial batch (and at most one partial line) is ever held back.
 *
 * @internal
 */
export function createLineBatcher(minChars: number): LineBatcher {
  let pending = '';
  return {
    push(text) {
      pending += text;
      if (pending.length < minChars) return [];
      const cut = pending.lastIndexOf('\n');
      if (cut < 0) return [];
      const batch = pending.slice(0, cut + 1);
      pending = pending.slice(cut + 1);
      return [batch];
    },
    flush() {
      const rest = pending;
      pending = '';
      return rest === '' ? [] : [rest];
    },
  };
}

/** The number of line feeds in `text`. @internal */
export function countLineFeeds(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** The lines of a batch: split at LF, a CR before it dropped, no empty line after a final LF. @internal */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

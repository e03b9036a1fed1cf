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

/** Cuts input bytes into batches of whole lines, without decoding them. @internal */
export interface ByteLineBatcher {
  /** Adds bytes; returns a batch (whole lines, ending with byte LF) once at least `minBytes` are pending. */
  push(chunk: Uint8Array): Uint8Array[];
  /** Ends the input; returns the rest (a last line without a line break) if any. */
  flush(): Uint8Array[];
}

const LF = 0x0a;

/**
 * Creates a {@link ByteLineBatcher} for an ASCII-compatible encoding (UTF-8, windows-1256…: byte
 * 0x0A is always a line feed). Each batch owns its own `ArrayBuffer`, so it can be transferred.
 *
 * @internal
 */
export function createByteLineBatcher(minBytes: number): ByteLineBatcher {
  let parts: Uint8Array[] = [];
  let size = 0;
  const joined = (): Uint8Array => {
    const all = new Uint8Array(size);
    let at = 0;
    for (const part of parts) {
      all.set(part, at);
      at += part.length;
    }
    return all;
  };
  return {
    push(chunk) {
      if (chunk.length === 0) return [];
      parts.push(chunk);
      size += chunk.length;
      if (size < minBytes || chunk.lastIndexOf(LF) < 0) return [];
      const all = joined();
      const cut = all.lastIndexOf(LF) + 1;
      parts = cut < all.length ? [all.subarray(cut)] : [];
      size = all.length - cut;
      return [cut === all.length ? all : all.slice(0, cut)];
    },
    flush() {
      const rest = size === 0 ? [] : [joined()];
      parts = [];
      size = 0;
      return rest;
    },
  };
}

/** The number of line feeds in `bytes` (an ASCII-compatible encoding). @internal */
export function countByteLineFeeds(bytes: Uint8Array): number {
  let count = 0;
  for (let i = bytes.indexOf(LF); i >= 0; i = bytes.indexOf(LF, i + 1)) count++;
  return count;
}

/** Incremental line splitter: `push` decoded text, get back the complete lines. @internal */
export interface LineSplitter {
  /** Adds text; returns the lines it completed, without their LF or CRLF. */
  push(chunk: string): string[];
  /** Ends the input; returns the last line when it did not end with a line break. */
  flush(): string[];
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** Creates a {@link LineSplitter}; only a partial last line is ever held back. @internal */
export function createLineSplitter(): LineSplitter {
  let partial = '';
  return {
    push(chunk) {
      const lines: string[] = [];
      let start = 0;
      for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', start)) {
        lines.push(stripCr(partial + chunk.slice(start, nl)));
        partial = '';
        start = nl + 1;
      }
      partial += chunk.slice(start);
      return lines;
    },
    flush() {
      const last = partial;
      partial = '';
      return last === '' ? [] : [stripCr(last)];
    },
  };
}

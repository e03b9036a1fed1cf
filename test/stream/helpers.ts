import { createNormalizeStream, type NormalizeOptions, type NormalizeStreamOptions, type ProfileName } from '../../src/index.js';

/** Pipes `chunks` through a normalize stream and returns the pieces it emitted. */
export async function runStream(
  chunks: readonly string[],
  options?: NormalizeOptions | ProfileName,
  streamOptions?: NormalizeStreamOptions,
): Promise<string[]> {
  const source = new ReadableStream<string>({
    start(controller): void {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  const reader = source.pipeThrough(createNormalizeStream(options, streamOptions)).getReader();
  const pieces: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return pieces;
    pieces.push(value);
  }
}

/** Splits `text` at the given code-unit positions (any order, duplicates and out-of-range allowed). */
export function splitAt(text: string, cuts: readonly number[]): string[] {
  const points = [...new Set(cuts.map((c) => Math.min(Math.max(c, 0), text.length)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const p of points) {
    chunks.push(text.slice(from, p));
    from = p;
  }
  chunks.push(text.slice(from));
  return chunks;
}

import type { NormalizeOptions, ProfileName } from '../chars/index.js';
import { createNormalizeChunker } from './normalize-chunker.js';
import type { NormalizeStreamOptions } from './types.js';

/**
 * Creates a WHATWG `TransformStream` that normalizes text chunk by chunk, in browsers, Node and edge
 * runtimes alike. It is chunk-boundary safe: however the input is split (inside a whitespace run, a
 * CRLF, a surrogate pair, between a letter and its marks or a decomposed letter's parts), the
 * concatenated output equals `normalize(wholeInput, options)`. Memory stays bounded: at most
 * about `maxPendingLength` code units are held back (up to 4× that for a "word" with no
 * whitespace and no two adjacent letters, which beyond that cap is cut on a best-effort basis).
 *
 * Throws like {@link normalize} on invalid `options` (at creation), a RangeError naming the option
 * on invalid `streamOptions`; a non-string chunk errors the stream with a TypeError.
 *
 * @param options - a profile name or normalization options, as for {@link normalize}.
 * @param streamOptions - batching limits; the defaults suit any input.
 * @returns a stream of strings in, normalized strings out.
 *
 * @example
 * ```ts
 * import { createNormalizeStream } from 'tanqih';
 * const source = new ReadableStream<string>({
 *   start(controller) {
 *     for (const chunk of ['كتـ', 'ـاب', ' جديد']) controller.enqueue(chunk);
 *     controller.close();
 *   },
 * });
 * const reader = source.pipeThrough(createNormalizeStream('search')).getReader();
 * let out = '';
 * for (let next = await reader.read(); !next.done; next = await reader.read()) out += next.value;
 * out; // => 'كتاب جديد'
 * ```
 */
export function createNormalizeStream(
  options?: NormalizeOptions | ProfileName,
  streamOptions?: NormalizeStreamOptions,
): TransformStream<string, string> {
  const chunker = createNormalizeChunker(options, streamOptions);
  return new TransformStream<string, string>({
    transform(chunk, controller): void {
      const out = chunker.push(chunk);
      if (out !== '') controller.enqueue(out);
    },
    flush(controller): void {
      const out = chunker.flush();
      if (out !== '') controller.enqueue(out);
    },
  });
}

/**
 * Turning a buffer of UTF-16 code units back into a string without spreading huge arrays.
 */

const CHUNK = 8192;

/**
 * A UTF-16LE decoder from the runtime's `TextDecoder` class, or `undefined` when there is none,
 * it lacks UTF-16LE (some edge runtimes) or the platform is big-endian.
 * @internal
 */
export function makeDecoder(Decoder: typeof TextDecoder | undefined, littleEndian: boolean): TextDecoder | undefined {
  try {
    if (!littleEndian || typeof Decoder !== 'function') return undefined;
    const decoder = new Decoder('utf-16le', { ignoreBOM: true });
    return decoder.decode(new Uint16Array([0xfeff, 0x627])) === '\ufeff\u0627' ? decoder : undefined;
  } catch {
    return undefined;
  }
}

/** A UTF-16LE decoder when the runtime has one (stateless use only). @internal */
const DECODER: TextDecoder | undefined = makeDecoder(
  typeof TextDecoder === 'function' ? TextDecoder : undefined,
  new Uint8Array(new Uint16Array([1]).buffer)[0] === 1,
);

/**
 * The string of the first `length` units of `units`. `lone` says the units may hold unpaired
 * surrogates, which a TextDecoder would replace, so they go through `String.fromCharCode`.
 * @internal
 */
export function decodeUnits(units: Uint16Array, length: number, lone: boolean): string {
  if (!lone && DECODER !== undefined) return DECODER.decode(units.subarray(0, length));
  return decodeByChunks(units, length);
}

/** `String.fromCharCode` over chunks of at most 8192 units. @internal */
export function decodeByChunks(units: Uint16Array, length: number): string {
  let out = '';
  for (let k = 0; k < length; k += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(k, Math.min(length, k + CHUNK)) as unknown as number[]);
  }
  return out;
}

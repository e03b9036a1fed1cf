/** Argument checks shared by the public functions. */

/** A short name of the type of `value` for error messages (`null` and `array` told apart). @internal */
export function describeType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** Throws a TypeError naming `fn` and the received type unless `text` is a string. @internal */
export function checkText(fn: string, text: unknown): asserts text is string {
  if (typeof text !== 'string') throw new TypeError(`${fn}: expected text to be a string, received ${describeType(text)}`);
}

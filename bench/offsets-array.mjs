// Reference point for `normalizeWithOffsets`, not a baseline to beat: what an offsets array costs
// by itself. A fresh Uint32Array with one entry per code unit plus one (the shape the API
// returns), filled with the identity (the offsets of text that needs no change). On a large input
// most of this is the operating system mapping the array's new pages on first write.

/** A fresh identity offsets array for `s`. */
export function offsetsArray(/** @type {string} */ s) {
  const n = s.length;
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i <= n; i++) offsets[i] = i;
  return offsets;
}

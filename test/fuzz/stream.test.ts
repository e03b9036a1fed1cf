// createNormalizeStream is chunk-boundary safe: any split of any text gives normalize(text).
import fc from 'fast-check';
import { describe, test } from 'vitest';
import { getFunction, PROFILES } from './api-table.js';
import { anyString, hostilePage } from './arbitraries.js';
import { budget, PROPERTY_TIMEOUT_MS } from './budget.js';
import { describe as show, ensure } from './invariants.js';
import { splitAt } from '../stream/helpers.js';

const createNormalizeStream = getFunction('createNormalizeStream') as
  | ((options?: unknown, tuning?: unknown) => TransformStream<string, string>)
  | undefined;
const normalize = getFunction('normalize');

/** Splits `text` at the given cut points (any code unit, surrogate pairs included). */

async function pipe(chunks: readonly string[], options: unknown, tuning: unknown): Promise<string> {
  const stream = createNormalizeStream!(options, tuning);
  const writer = stream.writable.getWriter();
  const reading = (async () => {
    let out = '';
    const reader = stream.readable.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return out;
      out += value;
    }
  })();
  for (const chunk of chunks) await writer.write(chunk);
  await writer.close();
  return reading;
}

describe('fuzz: createNormalizeStream', () => {
  if (createNormalizeStream === undefined || normalize === undefined) {
    test.skip('createNormalizeStream: not exported yet', () => undefined);
    return;
  }
  const tunings: readonly (Record<string, number> | undefined)[] = [undefined, { minBatchLength: 1 }, { minBatchLength: 7, maxPendingLength: 64 }];
  for (const profile of PROFILES) {
    for (const tuning of tunings) {
      test(`any chunking gives normalize(text) (${profile}, ${show(tuning)})`, async () => {
        await fc.assert(
          fc.asyncProperty(fc.oneof(anyString, hostilePage), fc.array(fc.nat(), { maxLength: 12 }), async (input, cuts) => {
            const streamed = await pipe(splitAt(input, cuts.map((c) => c % (input.length + 1))), profile, tuning);
            const whole = normalize(input, profile);
            ensure(streamed === whole, `stream ${show(streamed)} !== normalize ${show(whole)} for ${show(input)} cut at ${show(cuts)}`);
          }),
          budget(30),
        );
      }, PROPERTY_TIMEOUT_MS);
    }
  }
});

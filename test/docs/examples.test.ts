// Runs every documentation example as a test: the `@example` blocks of the TSDoc comments in src/
// and the ```ts / ```js blocks of README.md and docs/*.md, against the library source.
// Convention: `EXPRESSION; // => VALUE` asserts a deep-equal result; fence a block as
// ```ts no-test to show it without running it. (examples-types.test.ts type-checks them.)
import { describe, expect, test } from 'vitest';
import * as library from '../../src/index.js';
import { blockName, collectDocBlocks } from './collect.js';
import { runBlock } from './run.js';

const blocks = collectDocBlocks();
const modules = { packageName: 'tanqih', library };

describe('documentation examples run and show the right results', () => {
  test('examples were found in src/ TSDoc and in docs/', () => {
    expect(blocks.filter((b) => b.file.startsWith('src/')).length).toBeGreaterThan(0);
    expect(blocks.filter((b) => b.file.startsWith('docs/')).length).toBeGreaterThan(0);
  });

  for (const block of blocks) {
    test(blockName(block), async () => {
      await runBlock(block, modules);
    });
  }
});

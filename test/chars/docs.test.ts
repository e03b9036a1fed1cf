import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { END, renderProfileTable, replaceTable, START } from '../../scripts/gen-profile-table.mjs';
import { describeNormalization, NORMALIZATION_RULES } from '../../src/chars/index.js';

const guide = readFileSync(new URL('../../docs/profiles.md', import.meta.url), 'utf8');

describe('docs/profiles.md', () => {
  it('has the rule table generated from the current code (run scripts/gen-profile-table.mjs)', () => {
    const table = renderProfileTable({ NORMALIZATION_RULES, describeNormalization });
    expect(replaceTable(guide, table)).toBe(guide);
  });
  it('the table lists every rule with its class and marks the lossless profile', () => {
    const table = renderProfileTable({ NORMALIZATION_RULES, describeNormalization });
    for (const rule of NORMALIZATION_RULES) expect(table).toContain(`| \`${rule.name}\` | ${rule.safety} |`);
    expect(table).toContain('| `tatweel` | encoding-repair | ✓ | ✓ | ✓ |');
    expect(table).toContain('| `alef` | folding | – | – | ✓ |');
    expect(table).toContain('| *whole profile* | | **lossless** | lossy | lossy |');
  });
  it('detects a stale table and missing markers', () => {
    expect(replaceTable(`${START}\nold\n${END}`, 'new')).toBe(`${START}\nnew\n${END}`);
    expect(() => replaceTable('no markers', 'x')).toThrow(/markers/u);
  });
});

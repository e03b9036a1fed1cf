import { describe, expect, it } from 'vitest';
import { createBatchProcessor, type BatchSpec } from '../../src/cli/batch.js';
import type { CommandName } from '../../src/cli/command-names.js';
import { normalize } from '../../src/index.js';

const jsonl: BatchSpec = { command: 'normalize', jsonl: true, field: 'text', outField: undefined, options: { profile: 'search' }, strict: false, encoding: 'utf-8' };

describe('createBatchProcessor', () => {
  it('normalizes the field of each JSON record in place, keeping the other fields and their order', () => {
    const process = createBatchProcessor(jsonl);
    const result = process({
      file: 'news.jsonl',
      firstLine: 1,
      text: ['{"id":"a1","text":"أعلنت الوزارة","site":"x"}', '{"text":"إلى اللقاء","id":"a2"}'].join('\n'),
    });
    expect(result).toEqual({
      file: 'news.jsonl',
      output:
        `{"id":"a1","text":${JSON.stringify(normalize('أعلنت الوزارة', 'search'))},"site":"x"}\n` +
        `{"text":${JSON.stringify(normalize('إلى اللقاء', 'search'))},"id":"a2"}\n`,
      docs: 2,
      errors: [],
      stopped: false,
    });
  });

  it('writes to --out-field when given, leaving the source field untouched', () => {
    const process = createBatchProcessor({ ...jsonl, field: 'body', outField: 'norm' });
    const { output } = process({ file: 'f', firstLine: 1, text: ['{"body":"أحمد"}'].join('\n') });
    expect(JSON.parse(output as string)).toEqual({ body: 'أحمد', norm: normalize('أحمد', 'search') });
  });

  it('reports bad lines with their line numbers, skips them and keeps the rest', () => {
    const process = createBatchProcessor(jsonl);
    const result = process({
      file: 'f.jsonl',
      firstLine: 10,
      text: ['{"text":"خبر"}', '{"text": broken', '', '   ', '[1,2]', 'null', '7', '{"id":1}', '{"text":5}', '{"text":null}', '{"text":["x"]}', '{"text":"نهاية"}'].join('\n'),
    });
    expect(result.docs).toBe(2);
    expect((result.output as string).split('\n')).toHaveLength(3);
    expect(result.errors).toEqual([
      { line: 11, message: expect.stringMatching(/^bad JSON \(/) as string },
      { line: 14, message: 'expected a JSON object, found array' },
      { line: 15, message: 'expected a JSON object, found null' },
      { line: 16, message: 'expected a JSON object, found number' },
      { line: 17, message: "field 'text' is missing" },
      { line: 18, message: "field 'text' is a number, not a string" },
      { line: 19, message: "field 'text' is a null, not a string" },
      { line: 20, message: "field 'text' is a array, not a string" },
    ]);
    expect(result.stopped).toBe(false);
  });

  it('does not read an inherited field', () => {
    const process = createBatchProcessor({ ...jsonl, field: 'toString' });
    expect(process({ file: 'f', firstLine: 1, text: ['{}'].join('\n') }).errors).toEqual([{ line: 1, message: "field 'toString' is missing" }]);
  });

  it('stops at the first bad line when strict', () => {
    const process = createBatchProcessor({ ...jsonl, strict: true });
    const result = process({ file: 'f', firstLine: 1, text: ['{"text":"أ"}', 'oops', '{"text":"ب"}'].join('\n') });
    expect(result.stopped).toBe(true);
    expect(result.docs).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.output).toBe(`{"text":${JSON.stringify(normalize('أ', 'search'))}}\n`);
  });

  it('in --lines mode treats every line, empty ones included, as a document', () => {
    const process = createBatchProcessor({ ...jsonl, jsonl: false, options: {} });
    expect(process({ file: 'f', firstLine: 1, text: ['كتـاب', '', 'not {json'].join('\n') })).toMatchObject({
      output: `${normalize('كتـاب')}\n\n${normalize('not {json')}\n`,
      docs: 3,
      errors: [],
    });
  });

  it('rejects a command this build does not have', () => {
    expect(() => createBatchProcessor({ ...jsonl, command: 'tidy' as CommandName })).toThrow(/unknown command 'tidy'/);
  });

  it('decodes byte batches in the spec encoding, dropping a BOM only at the start of a file', () => {
    const process = createBatchProcessor({ ...jsonl, options: {}, jsonl: false });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('خبر\nعاجل\n')]);
    expect(process({ file: 'f', firstLine: 1, text: bom }).output).toBe(`${normalize('خبر')}\n${normalize('عاجل')}\n`);
    const later = process({ file: 'f', firstLine: 9, text: bom }).output;
    expect(later).toBe(`${normalize('\ufeffخبر')}\n${normalize('عاجل')}\n`);
    const cp1256 = createBatchProcessor({ ...jsonl, options: {}, jsonl: false, encoding: 'windows-1256' });
    // "خبر عاجل" in Windows-1256 bytes, CRLF-terminated.
    const bytes = Uint8Array.from([0xce, 0xc8, 0xd1, 0x20, 0xda, 0xc7, 0xcc, 0xe1, 0x0d, 0x0a]);
    expect(cp1256({ file: 'f', firstLine: 1, text: bytes }).output).toBe(`${normalize('خبر عاجل')}\n`);
  });
});

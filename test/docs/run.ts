// Evaluates a documentation example (see transform.ts) with vitest's `expect` behind its assertions.
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { DocBlock } from './extract.js';
import { RUNTIME_PARAMS, toFunctionBody } from './transform.js';

type ExampleFunction = (
  load: (spec: string) => Promise<unknown>,
  assertEqual: (actual: unknown, expected: unknown, line: number) => void,
  assertThrows: (run: () => Promise<unknown>, name: string, line: number) => Promise<void>,
  require: (spec: string) => unknown,
) => Promise<void>;

const AsyncFunction = async function () {}.constructor as new (...args: string[]) => ExampleFunction;

/** What an example may import: `packageName` maps to the library under test, anything else is imported normally. */
export interface ExampleModules {
  readonly packageName: string;
  readonly library: unknown;
}

/** The library, failing loudly when an example reads a name it does not export. */
function strictModule(library: unknown, packageName: string): unknown {
  if (typeof library !== 'object' || library === null) return library;
  return new Proxy(library, {
    get(target, key, receiver): unknown {
      if (typeof key === 'string' && key !== 'then' && !(key in target)) {
        throw new ReferenceError(`'${key}' is not exported by '${packageName}'`);
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/** Runs one example; rejects (with the example's file and line) when it throws or an assertion fails. */
export async function runBlock(block: DocBlock, modules: ExampleModules): Promise<void> {
  const body = toFunctionBody(block.code, block.line, block.file);
  const fn = new AsyncFunction(...RUNTIME_PARAMS, body);
  const nodeRequire = createRequire(import.meta.url);
  const library = strictModule(modules.library, modules.packageName);
  const load = (spec: string): Promise<unknown> => (spec === modules.packageName ? Promise.resolve(library) : import(spec));
  const req = (spec: string): unknown => (spec === modules.packageName ? library : nodeRequire(spec));
  const assertEqual = (actual: unknown, expected: unknown, line: number): void => {
    expect(actual, `${block.file}:${line}`).toEqual(expected);
  };
  const assertThrows = async (run: () => Promise<unknown>, name: string, line: number): Promise<void> => {
    let error: unknown;
    let threw = false;
    try {
      await run();
    } catch (e) {
      threw = true;
      error = e;
    }
    expect(threw, `${block.file}:${line}: expected to throw ${name}`).toBe(true);
    if (name !== '') {
      const errorName = error instanceof Error ? error.name : typeof error;
      expect(errorName, `${block.file}:${line}: error name`).toBe(name.split(/[\s:]/, 1)[0]);
    }
  };
  await fn(load, assertEqual, assertThrows, req);
}

import { describe, expect, test } from 'vitest';
import { ExampleSyntaxError, rewriteAssertions, rewriteImports, stripTypes, toFunctionBody } from './transform.js';

describe('rewriteAssertions', () => {
  test('turns EXPRESSION; // => VALUE into an assertion with the example line', () => {
    expect(rewriteAssertions("f('a'); // => 'b'", 10)).toBe("__expect((f('a')), ('b'\n), 10);");
  });

  test('handles a multi-line expression and a missing semicolon', () => {
    expect(rewriteAssertions('f(\n  1,\n) // => [1, 2]', 1)).toBe('__expect((f(\n  1,\n)), ([1, 2]\n), 3);');
  });

  test('asserts on the name declared by `const name = ...; // => VALUE`', () => {
    expect(rewriteAssertions('const n = f(); // => 3', 1)).toBe('const n = f(); __expect(n, (3\n), 1);');
  });

  test('turns // throws Name into an async throw assertion', () => {
    expect(rewriteAssertions('f(42); // throws TypeError', 5)).toBe('await __throws(async () => (f(42)), "TypeError", 5);');
  });

  test('leaves other comments and statements alone, including // => inside strings', () => {
    const code = "const s = 'a // => b';\n// just a note\nf(); // note";
    expect(rewriteAssertions(code)).toBe(code);
  });

  test('rewrites assertions nested in blocks', () => {
    expect(rewriteAssertions('for (const x of [1]) {\n  x; // => 1\n}')).toBe('for (const x of [1]) {\n  __expect((x), (1\n), 2);\n}');
  });

  test('rejects a shown value that is not one expression', () => {
    expect(() => rewriteAssertions('f(); // => 1, ; 2', 1, 'doc.md')).toThrow(ExampleSyntaxError);
    expect(() => rewriteAssertions('f(); // => 1; 2', 1, 'doc.md')).toThrow(/doc\.md:1: the shown value/);
  });

  test('rejects an assertion comment that does not follow a statement on its line', () => {
    expect(() => rewriteAssertions('f();\n// => 1', 1, 'doc.md')).toThrow(/doc\.md:2: .* must follow a statement/);
    expect(() => rewriteAssertions('// throws TypeError\nf();', 1, 'doc.md')).toThrow(/must follow a statement/);
  });

  test('rejects assertions on destructuring or multiple declarations and // throws on a declaration', () => {
    expect(() => rewriteAssertions('const { a } = f(); // => 1')).toThrow(ExampleSyntaxError);
    expect(() => rewriteAssertions('const a = 1, b = 2; // => 1')).toThrow(ExampleSyntaxError);
    expect(() => rewriteAssertions('const a = f(); // throws TypeError')).toThrow(ExampleSyntaxError);
  });

  test('rejects nested assertions', () => {
    expect(() => rewriteAssertions('[1].map((x) => {\n  x; // => 1\n  return x;\n}); // => [1]')).toThrow(/nested assertions/);
  });
});

describe('stripTypes', () => {
  test('removes annotations, interfaces and type-only imports', () => {
    const js = stripTypes("import { f, type T } from 'tanqih';\nimport type { U } from 'tanqih';\ninterface I { a: number }\nconst x: T = f('a' as string);\n");
    expect(js).toContain("import { f } from 'tanqih';");
    expect(js).not.toMatch(/interface|type |as string|: T/);
  });

  test('throws on a syntax error, naming the file', () => {
    expect(() => stripTypes('f(;', 'docs/a.md')).toThrow(/docs\/a\.md: /);
  });
});

describe('rewriteImports', () => {
  test('binds named, renamed, default and namespace imports from __import', () => {
    const out = rewriteImports("import { a, b as c } from 'tanqih';\nimport * as t from 'tanqih';\nimport d, { e } from 'x';\nimport 'y';\nexport {};\nuse(a);");
    expect(out).toBe(
      [
        'const { a, b: c } = await __import("tanqih");',
        'const t = await __import("tanqih");',
        'const { default: d, e } = await __import("x");',
        'await __import("y");',
        '',
        'use(a);',
      ].join('\n'),
    );
  });

  test('drops inline type specifiers and keeps a namespace import combined with a default one', () => {
    expect(rewriteImports("import { type T, f } from 'm';")).toBe('const { f } = await __import("m");');
    expect(rewriteImports("import d, * as ns from 'm';")).toBe('const ns = await __import("m"); const { default: d } = await __import("m");');
  });
});

describe('toFunctionBody', () => {
  test('produces a function body with assertions, bindings and a source URL', () => {
    const body = toFunctionBody("import { f } from 'tanqih';\nconst n: number = f(1); // => 2", 7, 'docs/a.md');
    expect(body).toContain('const { f } = await __import("tanqih");');
    expect(body).toMatch(/__expect\(n, \(2\s*\), 8\);/);
    expect(body).toContain('//# sourceURL=docs/a.md:7');
  });
});

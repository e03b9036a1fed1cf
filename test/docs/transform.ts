// Turns a documentation example into the body of an async function that can be evaluated:
//
// - `EXPRESSION; // => VALUE` becomes an assertion that EXPRESSION deep-equals VALUE
//   (`const name = EXPRESSION; // => VALUE` asserts on `name`);
// - `EXPRESSION; // throws TypeError` asserts that evaluating EXPRESSION throws (or rejects with)
//   an error of that name;
// - TypeScript syntax is removed (typescript's transpileModule, no type checking);
// - `import ... from 'x'` becomes `const ... = await __import('x')`; `import type` disappears.
//
// Every other line runs as written. Declarations stay local to the function, so examples never see
// each other's names.
import ts from 'typescript';

/** The names the generated function body expects as parameters, in order. */
export const RUNTIME_PARAMS: readonly string[] = ['__import', '__expect', '__throws', 'require'];

const ASSERT_COMMENT = /^\/\/\s*=>\s*(\S.*)$/;
const THROWS_COMMENT = /^\/\/\s*throws\b(.*)$/;
const STRAY_ASSERT_COMMENT = /^\/\/\s*(?:=>|throws\b)/;

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** An example that cannot be turned into a test, with the example's line where it happened. */
export class ExampleSyntaxError extends Error {
  override readonly name = 'ExampleSyntaxError';
}

function parse(code: string, fileName: string): ts.SourceFile {
  return ts.createSourceFile(fileName, code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

/** Throws when `value` is not a single JS expression. */
function checkValue(value: string, where: string): void {
  const probe = `(${value}\n);`;
  const diagnostics = ts.transpileModule(probe, { reportDiagnostics: true, fileName: 'value.ts' }).diagnostics ?? [];
  const file = parse(probe, 'value.ts');
  const only = file.statements.length === 1 ? file.statements[0] : undefined;
  if (diagnostics.length > 0 || only === undefined || !ts.isExpressionStatement(only)) {
    throw new ExampleSyntaxError(`${where}: the shown value \`${value}\` is not a JavaScript expression`);
  }
}

/** Rewrites the `// =>` and `// throws` comments of `code` into runtime assertions. */
export function rewriteAssertions(code: string, firstLine = 1, file = 'example'): string {
  const source = parse(code, 'example.ts');
  const edits: Edit[] = [];
  const consumed = new Set<number>();
  const seen = new Map<number, string>();
  const lineOf = (pos: number): number => source.getLineAndCharacterOfPosition(pos).line + firstLine;

  const collectComments = (node: ts.Node): void => {
    for (const r of [...(ts.getLeadingCommentRanges(code, node.pos) ?? []), ...(ts.getTrailingCommentRanges(code, node.end) ?? [])]) {
      if (r.kind === ts.SyntaxKind.SingleLineCommentTrivia) seen.set(r.pos, code.slice(r.pos, r.end));
    }
  };

  const visit = (node: ts.Node): void => {
    collectComments(node);
    if (ts.isExpressionStatement(node) || ts.isVariableStatement(node)) {
      const comment = (ts.getTrailingCommentRanges(code, node.end) ?? [])[0];
      if (comment?.kind === ts.SyntaxKind.SingleLineCommentTrivia) {
        const text = code.slice(comment.pos, comment.end).trimEnd();
        const line = lineOf(comment.pos);
        const where = `${file}:${line}`;
        const shown = ASSERT_COMMENT.exec(text);
        const throws = shown === null ? THROWS_COMMENT.exec(text) : null;
        if (shown !== null || throws !== null) {
          consumed.add(comment.pos);
          edits.push({ start: node.end, end: comment.end, text: '' });
          edits.push(assertionEdit(node, shown?.[1]?.trim(), throws?.[1]?.trim(), line, where));
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(source, visit);
  collectComments(source.endOfFileToken);

  for (const [pos, text] of seen) {
    if (!consumed.has(pos) && STRAY_ASSERT_COMMENT.test(text)) {
      throw new ExampleSyntaxError(
        `${file}:${lineOf(pos)}: \`${text.trim()}\` must follow a statement on the same line (EXPRESSION; // => VALUE)`,
      );
    }
  }
  return applyEdits(code, edits, file);
}

function assertionEdit(
  node: ts.ExpressionStatement | ts.VariableStatement,
  value: string | undefined,
  throws: string | undefined,
  line: number,
  where: string,
): Edit {
  const start = node.getStart();
  if (ts.isExpressionStatement(node)) {
    const expr = node.expression.getText();
    if (value !== undefined) {
      checkValue(value, where);
      return { start, end: node.end, text: `__expect((${expr}), (${value}\n), ${line});` };
    }
    return { start, end: node.end, text: `await __throws(async () => (${expr}), ${JSON.stringify(throws ?? '')}, ${line});` };
  }
  const declarations = node.declarationList.declarations;
  const only = declarations.length === 1 ? declarations[0] : undefined;
  if (value === undefined || only === undefined || !ts.isIdentifier(only.name)) {
    throw new ExampleSyntaxError(
      `${where}: a shown value after a declaration needs exactly one plain \`const name = ...\` (and \`// =>\`, not \`// throws\`)`,
    );
  }
  checkValue(value, where);
  return { start: node.end, end: node.end, text: ` __expect(${only.name.text}, (${value}\n), ${line});` };
}

function applyEdits(code: string, edits: readonly Edit[], file: string): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new ExampleSyntaxError(`${file}: nested assertions (// => inside an asserted statement) are not supported`);
    out += code.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + code.slice(at);
}

/** Transpiles TypeScript to JavaScript (types removed, no type checking). Throws on syntax errors. */
export function stripTypes(code: string, file = 'example'): string {
  const out = ts.transpileModule(code, {
    fileName: 'example.ts',
    reportDiagnostics: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      verbatimModuleSyntax: false,
      isolatedModules: true,
      removeComments: false,
    },
  });
  const errors = out.diagnostics ?? [];
  if (errors.length > 0) {
    const first = errors[0]!;
    throw new ExampleSyntaxError(`${file}: ${ts.flattenDiagnosticMessageText(first.messageText, '\n')}`);
  }
  return out.outputText;
}

/** Replaces the static import declarations of JavaScript `code` with `await __import(...)` bindings. */
export function rewriteImports(code: string): string {
  const source = parse(code, 'example.js');
  const edits: Edit[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      edits.push({ start: statement.getStart(), end: statement.end, text: importReplacement(statement) });
    } else if (ts.isExportDeclaration(statement) && statement.exportClause !== undefined && ts.isNamedExports(statement.exportClause) && statement.exportClause.elements.length === 0) {
      // `export {};`, which the transpiler adds to a module without imports or exports.
      edits.push({ start: statement.getStart(), end: statement.end, text: '' });
    }
  }
  return applyEdits(code, edits, 'example');
}

function importReplacement(node: ts.ImportDeclaration): string {
  const spec = (node.moduleSpecifier as ts.StringLiteral).text;
  const load = `await __import(${JSON.stringify(spec)})`;
  const clause = node.importClause;
  if (clause === undefined) return `${load};`;
  const parts: string[] = [];
  const bindings = clause.namedBindings;
  if (bindings !== undefined && ts.isNamespaceImport(bindings)) {
    parts.push(`const ${bindings.name.text} = ${load};`);
  }
  const named: string[] = [];
  if (clause.name !== undefined) named.push(`default: ${clause.name.text}`);
  if (bindings !== undefined && ts.isNamedImports(bindings)) {
    for (const el of bindings.elements) {
      if (el.isTypeOnly) continue;
      named.push(el.propertyName === undefined ? el.name.text : `${el.propertyName.getText()}: ${el.name.text}`);
    }
  }
  if (named.length > 0) parts.push(`const { ${named.join(', ')} } = ${load};`);
  return parts.join(' ');
}

/**
 * The complete transformation: an example's code (TypeScript or JavaScript) to the body of an async
 * function taking {@link RUNTIME_PARAMS}.
 */
export function toFunctionBody(code: string, firstLine = 1, file = 'example'): string {
  const asserted = rewriteAssertions(code, firstLine, file);
  const js = stripTypes(asserted, file);
  return `${rewriteImports(js)}\n//# sourceURL=${encodeURI(`${file}:${firstLine}`)}\n`;
}

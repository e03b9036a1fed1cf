// Type-checks documentation examples against the library's own types, the way a TypeScript user
// would compile them: each ```ts block becomes a virtual module in one program where 'tanqih' maps to
// src/index.ts, compiled with the repository's strict settings. Reports the errors in the examples
// only (errors inside src/ are the type checker's concern, not the documentation's).
import { dirname, join } from 'node:path';
import ts from 'typescript';
import type { DocBlock } from './extract.js';

/** A type error in an example, at its line in the documentation file. */
export interface ExampleTypeError {
  readonly line: number;
  readonly message: string;
}

/** Fence languages that are type-checked (JavaScript examples are run but not type-checked). */
export const TYPED_LANGS: ReadonlySet<string> = new Set(['ts', 'typescript']);

/** Reads the compiler options of a tsconfig.json. */
export function readCompilerOptions(tsconfigPath: string): ts.CompilerOptions {
  const read = ts.readConfigFile(tsconfigPath, (p) => ts.sys.readFile(p));
  if (read.error !== undefined) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(tsconfigPath));
  return parsed.options;
}

/**
 * Type-checks the TypeScript blocks among `blocks`. `libraryEntry` is the file 'tanqih' resolves
 * to. Returns, for each checked block (by index in `blocks`), its type errors.
 */
export function typecheckBlocks(
  blocks: readonly DocBlock[],
  libraryEntry: string,
  options: ts.CompilerOptions,
  packageName = 'tanqih',
): Map<number, ExampleTypeError[]> {
  const root = dirname(libraryEntry);
  const virtual = new Map<string, { index: number; text: string }>();
  blocks.forEach((block, index) => {
    if (!TYPED_LANGS.has(block.lang)) return;
    // `export {}` makes every example a module, so examples never share top-level names.
    virtual.set(join(root, `__doc_example_${index}.ts`), { index, text: `${block.code}\nexport {};\n` });
  });
  const compilerOptions: ts.CompilerOptions = {
    ...options,
    noEmit: true,
    // The examples use top-level await.
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    paths: { [packageName]: [libraryEntry] },
    // Examples may iterate web streams with `for await`, as Node and modern browsers allow.
    lib: [...new Set([...(options.lib ?? ['lib.es2023.d.ts', 'lib.dom.d.ts']), 'lib.dom.asynciterable.d.ts'])],
    isolatedDeclarations: false,
    declaration: false,
  };
  const host = ts.createCompilerHost(compilerOptions, true);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const v = virtual.get(fileName);
    return v === undefined ? getSourceFile(fileName, languageVersion, onError, shouldCreate) : ts.createSourceFile(fileName, v.text, languageVersion, true);
  };
  host.fileExists = (fileName) => virtual.has(fileName) || fileExists(fileName);
  host.readFile = (fileName) => virtual.get(fileName)?.text ?? readFile(fileName);

  const program = ts.createProgram({ rootNames: [...virtual.keys()], options: compilerOptions, host });
  const result = new Map<number, ExampleTypeError[]>();
  for (const [fileName, { index }] of virtual) {
    const block = blocks[index]!;
    const file = program.getSourceFile(fileName);
    const diagnostics = file === undefined ? [] : [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
    result.set(
      index,
      diagnostics.map((d) => ({
        line: block.line + (d.file !== undefined && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0),
        message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
      })),
    );
  }
  return result;
}

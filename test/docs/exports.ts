// Lists the public exports of the library entry and whether each one's doc comment has an @example.
import ts from 'typescript';

/** One exported name and what its documentation provides. */
export interface ExportDoc {
  readonly name: string;
  /** Where it is declared (path as given to the compiler) and the 1-based line. */
  readonly location: string;
  readonly hasDocComment: boolean;
  readonly hasExample: boolean;
}

/** The exports of `entry` (following re-exports), with the state of their doc comments. */
export function listExportDocs(entry: string, options: ts.CompilerOptions): ExportDoc[] {
  const program = ts.createProgram({ rootNames: [entry], options: { ...options, noEmit: true, types: [] } });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`cannot read the exports of ${entry}`);
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = symbol.getDeclarations() ?? [];
    const first = declarations[0];
    const file = first?.getSourceFile();
    const location = first === undefined || file === undefined ? '?' : `${file.fileName}:${file.getLineAndCharacterOfPosition(first.getStart()).line + 1}`;
    const docNodes = declarations.flatMap((d) => ts.getJSDocCommentsAndTags(ts.isVariableDeclaration(d) ? d.parent.parent : d));
    const tags = declarations.flatMap((d) => ts.getJSDocTags(d));
    return {
      name: exported.name,
      location,
      hasDocComment: docNodes.length > 0,
      hasExample: tags.some((t) => t.tagName.text === 'example'),
    };
  });
}

import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Issue 7: every public symbol has TSDoc, so editors show it. Reads the entries' exports through the type checker
// (re-exports resolved to their declarations) and lists every exported name whose declaration has no doc comment.
const root = path.resolve(__dirname, '../..');
const ENTRIES = [
  'src/index.ts',
  'src/v2/index.ts',
  'src/core/index.ts',
  'src/testing/index.ts',
  'src/pg-docs/index.ts',
  'src/server/index.ts',
];

function undocumentedExports(): Record<string, string[]> {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(root, 'tsconfig.build.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('tsconfig.build.json could not be read');
  const program = ts.createProgram(
    ENTRIES.map((entry) => path.join(root, entry)),
    config.options,
  );
  const checker = program.getTypeChecker();
  const missing: Record<string, string[]> = {};
  for (const entry of ENTRIES) {
    const source = program.getSourceFile(path.join(root, entry));
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`${entry}: no module symbol`);
    missing[entry] = checker
      .getExportsOfModule(moduleSymbol)
      .filter((exported) => {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        return symbol.getDocumentationComment(checker).length === 0;
      })
      .map((symbol) => symbol.getName())
      .sort();
  }
  return missing;
}

describe('public API documentation', () => {
  it('every symbol exported by the main, v2, core, testing, pg-docs and server entries has a TSDoc comment', () => {
    expect(undocumentedExports()).toEqual(Object.fromEntries(ENTRIES.map((entry) => [entry, []])));
  }, 30_000);
});

// The TypeScript snippets of the README and the guides as modules of one TypeScript program against the library's
// sources (snippets.test.tsx compiles and runs them). A snippet may leave out imports a reader would write (a fragment
// of a page): a name it uses without defining comes from the library entry its guide imported last, then the test kit,
// the server entry, /core, Testing Library, React and styled-components; the shop's own names (a router, a toast, the
// member) are declared in snippet-context.ts. Blocks copied from an example shop (`<!-- from examples/… -->`) are
// checked against that file instead (docs-text.test.ts).
import path from 'node:path';
import ts from 'typescript';
import { type CodeBlock, codeBlocks, DOC_FILES, ROOT } from './markdown';
import { SHOP_GLOBALS, SHOP_MODULES } from './snippet-context';

export const ENTRIES: Readonly<Record<string, string>> = {
  'react-billing-key': 'src/index.ts',
  'react-billing-key/v2': 'src/v2/index.ts',
  'react-billing-key/testing': 'src/testing/index.ts',
  'react-billing-key/server': 'src/server/index.ts',
  'react-billing-key/core': 'src/core/index.ts',
  'react-billing-key/pg-docs': 'src/pg-docs/index.ts',
};
/** Where a name a snippet uses without importing it comes from, after its guide's library entry. */
export const FALLBACK_MODULES = [
  'react-billing-key/testing',
  'react-billing-key/server',
  'react-billing-key/core',
  '@testing-library/react',
  'react',
  'styled-components',
];
export const DEFAULT_IMPORTS: Readonly<Record<string, string>> = { userEvent: '@testing-library/user-event' };

/** The snippets live, in memory only, in this folder; the shop's modules beside them. */
const SNIPPETS = path.join(ROOT, 'test/docs/__snippets__');
const GLOBALS_FILE = path.join(SNIPPETS, 'shop-globals.d.ts');
/** Loads every module a name may be taken from, so the checker can list their exports. */
const MODULES_FILE = path.join(SNIPPETS, 'modules.ts');
/** A script (no imports): the global scope is read from it. */
const SCOPE_FILE = path.join(SNIPPETS, 'scope.ts');

export interface Snippet {
  block: CodeBlock;
  fileName: string;
  /** The library entry a name without an import is taken from: the snippet's own, else the last one its guide imported. */
  entry: string;
}

const LIBRARY_IMPORT = /from '(react-billing-key(?:\/v2)?)'/;

export function collectSnippets(): Snippet[] {
  return DOC_FILES.flatMap((file) => {
    let entry = 'react-billing-key';
    return codeBlocks(file)
      .filter((block) => (block.lang === 'ts' || block.lang === 'tsx') && !block.copiedFrom)
      .map((block) => {
        entry = LIBRARY_IMPORT.exec(block.code)?.[1] ?? entry;
        const fileName = path.join(SNIPPETS, `${file.replace(/\//g, '~')}-L${block.line}.${block.lang}`);
        return { block, fileName, entry };
      });
  });
}

function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), (file) => ts.sys.readFile(file));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const paths: Record<string, string[]> = { '@/*': [path.join(SNIPPETS, '*')] };
  for (const [specifier, file] of Object.entries(ENTRIES)) paths[specifier] = [path.join(ROOT, file)];
  return { ...options, noEmit: true, paths };
}

const parsedFiles = new Map<string, ts.SourceFile | undefined>();

function createProgram(files: ReadonlyMap<string, string>, options: ts.CompilerOptions, oldProgram?: ts.Program) {
  const host = ts.createCompilerHost(options, true);
  const { getSourceFile, fileExists, readFile, directoryExists } = host;
  host.fileExists = (file) => files.has(file) || fileExists.call(host, file);
  host.readFile = (file) => files.get(file) ?? readFile.call(host, file);
  host.directoryExists = (dir) => dir.startsWith(SNIPPETS) || (directoryExists?.call(host, dir) ?? true);
  host.getSourceFile = (file, language, onError, shouldCreate) => {
    const text = files.get(file);
    if (text !== undefined) return ts.createSourceFile(file, text, language, true);
    // Both programs parse the same libraries and sources once.
    let parsed = parsedFiles.get(file);
    if (!parsed) parsedFiles.set(file, (parsed = getSourceFile.call(host, file, language, onError, shouldCreate)));
    return parsed;
  };
  return ts.createProgram({ rootNames: [...files.keys()], options, host, oldProgram });
}

/** The names each module exports, and whether each is a type only (imported with `type`). */
function exportsOf(program: ts.Program, options: ts.CompilerOptions) {
  const checker = program.getTypeChecker();
  const modules = new Map<string, Map<string, boolean>>();
  for (const specifier of [...Object.keys(ENTRIES), ...FALLBACK_MODULES]) {
    const resolved = ts.resolveModuleName(specifier, MODULES_FILE, options, ts.sys).resolvedModule;
    const source = resolved && program.getSourceFile(resolved.resolvedFileName);
    const symbol = source && checker.getSymbolAtLocation(source);
    const names = new Map<string, boolean>();
    for (const exported of symbol ? checker.getExportsOfModule(symbol) : []) {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      names.set(exported.name, (target.flags & ts.SymbolFlags.Value) === 0);
    }
    modules.set(specifier, names);
  }
  return modules;
}

/** Names the page has as DOM globals that a snippet means as Testing Library's. */
const SHADOWED_GLOBALS = new Set(['screen']);

/**
 * The names a snippet uses but neither imports nor declares at its top level: every identifier, less its own
 * imports and top-level declarations. Property names count too; importing a name a snippet does not use costs nothing.
 */
function freeNames(code: string, lang: string): Set<string> {
  const source = ts.createSourceFile(`snippet.${lang}`, code, ts.ScriptTarget.Latest, true);
  const used = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node)) used.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  for (const statement of source.statements) {
    const declared = ts.isImportDeclaration(statement)
      ? importedNames(statement)
      : ts.isVariableStatement(statement)
        ? statement.declarationList.declarations.flatMap((declaration) => bindingNames(declaration.name))
        : 'name' in statement && statement.name && ts.isIdentifier(statement.name as ts.Node)
          ? [(statement.name as ts.Identifier).text]
          : [];
    for (const name of declared) used.delete(name);
  }
  return used;
}

function importedNames(statement: ts.ImportDeclaration): string[] {
  const clause = statement.importClause;
  if (!clause) return [];
  const bindings = clause.namedBindings;
  return [
    ...(clause.name ? [clause.name.text] : []),
    ...(bindings && ts.isNamespaceImport(bindings) ? [bindings.name.text] : []),
    ...(bindings && ts.isNamedImports(bindings) ? bindings.elements.map((element) => element.name.text) : []),
  ];
}

function bindingNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : bindingNames(element.name)));
}

/** Import lines for the names a snippet uses without defining them, from the first module that exports each. */
function importsFor(snippet: Snippet, modules: Map<string, Map<string, boolean>>, globals: ts.SymbolTable): string[] {
  const bySource = new Map<string, string[]>();
  for (const name of freeNames(snippet.block.code, snippet.block.lang)) {
    const defaultSource = DEFAULT_IMPORTS[name];
    if (defaultSource) {
      bySource.set(`default:${defaultSource}`, [name]);
      continue;
    }
    if (globals.has(ts.escapeLeadingUnderscores(name)) && !SHADOWED_GLOBALS.has(name)) continue;
    const source = [snippet.entry, ...FALLBACK_MODULES].find((specifier) => modules.get(specifier)?.has(name));
    if (!source) continue;
    const typeOnly = modules.get(source)!.get(name)!;
    bySource.set(source, [...(bySource.get(source) ?? []), typeOnly ? `type ${name}` : name]);
  }
  return [...bySource].map(([source, list]) =>
    source.startsWith('default:')
      ? `import ${list[0]} from '${source.slice('default:'.length)}';`
      : `import { ${list.join(', ')} } from '${source}';`,
  );
}

/** A snippet as the module it is compiled as: the imports it was given, then its code. */
export interface SnippetModule {
  snippet: Snippet;
  /** The import lines it was given for the names it left out. */
  imports: readonly string[];
  text: string;
}

/**
 * Compiles every snippet as one program: the problems found (`file:line: TS… message`, lines of the Markdown file) and
 * each snippet's module.
 */
export function compileSnippets(snippets: readonly Snippet[]): { problems: string[]; modules: SnippetModule[] } {
  const options = compilerOptions();
  const files = new Map<string, string>([
    [GLOBALS_FILE, SHOP_GLOBALS],
    [SCOPE_FILE, ';'],
    [MODULES_FILE, [...Object.keys(ENTRIES), ...FALLBACK_MODULES].map((m) => `import '${m}';`).join('\n')],
    ...Object.entries(SHOP_MODULES).map(([file, text]) => [path.join(SNIPPETS, file), text] as const),
  ]);
  // The modules' export lists first (binding only, no snippet is checked yet), then one program with the snippets.
  const modulesOnly = createProgram(files, options);
  const modules = exportsOf(modulesOnly, options);
  const globals = globalNames(modulesOnly);

  const given = new Map<string, string[]>();
  for (const snippet of snippets) {
    const imports = importsFor(snippet, modules, globals);
    given.set(snippet.fileName, imports);
    files.set(snippet.fileName, [...imports, snippet.block.code, 'export {};'].join('\n'));
  }
  const program = createProgram(files, options, modulesOnly);

  const problems = snippets.flatMap(({ block, fileName }) => {
    const source = program.getSourceFile(fileName)!;
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    return diagnostics.map((diagnostic) => {
      const line = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line - given.get(fileName)!.length;
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
      return `${block.file}:${block.line + 1 + line}: TS${diagnostic.code} ${message}`;
    });
  });
  const compiled = snippets.map((snippet) => ({
    snippet,
    imports: given.get(snippet.fileName)!,
    text: files.get(snippet.fileName)!,
  }));
  return { problems, modules: compiled };
}

/** The global scope's names (DOM, Node, vitest globals, the shop's), which a snippet uses without importing. */
function globalNames(program: ts.Program): ts.SymbolTable {
  const checker = program.getTypeChecker();
  const table: ts.SymbolTable = new Map();
  for (const symbol of checker.getSymbolsInScope(program.getSourceFile(SCOPE_FILE)!, ts.SymbolFlags.Value | ts.SymbolFlags.Type))
    table.set(symbol.escapedName, symbol);
  return table;
}

// The import graph of src/, type imports counted (`import type`, `import('…')` in types): ESLint's import-x/no-cycle
// skips type imports, so this test is where a type cycle or a back edge inside core fails.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../../src');
const CORE_ORDER = ['vocabulary', 'rules', 'request', 'outcome', 'page', 'flows'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string, files: Set<string>): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => files.has(candidate));
}

/** file → the files it imports, every kind of import counted. */
function importGraph(): Map<string, string[]> {
  const files = new Set(sourceFiles(SRC));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles.map(({ fileName }) => resolveImport(file, fileName, files));
    graph.set(file, [...new Set(targets.filter((target): target is string => target !== undefined))]);
  }
  return graph;
}

/** Every cycle, as the files of one strongly connected component (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component);
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found.map((component) => component.map((file) => relative(SRC, file)).sort());
}

/** The core folder a file belongs to, by its place in CORE_ORDER; undefined outside core's folders. */
function coreLevel(file: string): number | undefined {
  const match = /^core\/([^/]+)\//.exec(relative(SRC, file));
  const level = match ? CORE_ORDER.indexOf(match[1]!) : -1;
  return level === -1 ? undefined : level;
}

describe('the import graph of src/ (type imports counted)', () => {
  const graph = importGraph();

  it('reads the whole of src/ (the graph is not empty by mistake)', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get(join(SRC, 'core/flows/v2-return.ts'))).toContain(join(SRC, 'core/vocabulary/v2-wire.ts'));
  });

  it('has no import cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('finds a cycle made only of type imports (the check itself works)', () => {
    const a = join(SRC, 'a.ts');
    const b = join(SRC, 'b.ts');
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts']]);
  });

  it(`keeps core's inner order: ${CORE_ORDER.join(' → ')} (each folder imports only the ones before it)`, () => {
    const backEdges: string[] = [];
    for (const [file, targets] of graph) {
      const level = coreLevel(file);
      if (level === undefined) continue;
      for (const target of targets) {
        const targetLevel = coreLevel(target);
        if (targetLevel !== undefined && targetLevel > level) backEdges.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
      }
    }
    expect(backEdges).toEqual([]);
  });

  it('puts every file of core in one of its folders (besides the entry)', () => {
    const loose = [...graph.keys()]
      .map((file) => relative(SRC, file))
      .filter((file) => file.startsWith('core/') && file !== 'core/index.ts' && coreLevel(join(SRC, file)) === undefined);
    expect(loose).toEqual([]);
  });
});

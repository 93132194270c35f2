// Benchmark (not a test): how much of <CardFilter> re-renders when the buyer toggles one company.
// Bundles a small entry with esbuild (React's profiling build), renders it in jsdom under <Profiler>, clicks one
// checkbox per round and prints how many rows re-rendered and the commit durations.
//   npm run bench:card-filter [-- --rounds 20]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { JSDOM } from 'jsdom';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 10;

const entry = `
import { Profiler, createElement as h } from 'react';
import { createRoot } from 'react-dom/profiling';
import { flushSync } from 'react-dom';
import { CardFilter } from './src/components/CardFilter';
export function mount(container, onRender) {
  const root = createRoot(container);
  flushSync(() => root.render(h(Profiler, { id: 'CardFilter', onRender }, h(CardFilter, {}))));
  return () => root.unmount();
}
`;

const dir = mkdtempSync(path.join(tmpdir(), 'bench-card-filter-'));
const outfile = path.join(dir, 'bench.mjs');
try {
  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'js', sourcefile: 'bench-entry.js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });

  // A browser-like global scope for React and styled-components, set up before the bundle is imported.
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { pretendToBeVisual: true });
  const g = globalThis;
  for (const key of [
    'window',
    'document',
    'HTMLElement',
    'HTMLInputElement',
    'Node',
    'Event',
    'MouseEvent',
    'getComputedStyle',
  ]) {
    Object.defineProperty(g, key, { value: key === 'window' ? dom.window : dom.window[key], configurable: true, writable: true });
  }
  Object.defineProperty(g, 'navigator', { value: dom.window.navigator, configurable: true });

  // Count re-rendered rows the way React DevTools does: a memo row that bailed out keeps its previous props object.
  const ROW = 'CardFilterRow';
  let lastProps = new Map();
  let rowsRendered = 0;
  const walk = (fiber, seen) => {
    for (let f = fiber; f; f = f.sibling) {
      if (f.type?.name === ROW) {
        if (lastProps.has(f.key) && lastProps.get(f.key) !== f.memoizedProps) rowsRendered++;
        seen.set(f.key, f.memoizedProps);
      }
      walk(f.child, seen);
    }
  };
  g.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, fiberRoot) {
      const seen = new Map();
      walk(fiberRoot.current.child, seen);
      lastProps = seen;
    },
  };

  const { mount } = await import(pathToFileURL(outfile).href);
  const commits = [];
  const container = document.createElement('div');
  document.body.append(container);
  const unmount = mount(container, (_id, phase, actualDuration, baseDuration) =>
    commits.push({ phase, actualDuration, baseDuration }),
  );

  const boxes = Array.from(container.querySelectorAll('input[type="checkbox"]'));
  const mountCommit = commits.at(-1);
  const results = [];
  for (let i = 0; i < rounds; i++) {
    const box = boxes[i % boxes.length];
    rowsRendered = 0;
    const before = commits.length;
    box.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true, cancelable: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const commit = commits.slice(before);
    results.push({
      code: box.value,
      checked: box.checked,
      rowsRendered,
      commits: commit.length,
      actualMs: commit.reduce((sum, c) => sum + c.actualDuration, 0),
      baseMs: commit.reduce((sum, c) => sum + c.baseDuration, 0),
    });
  }
  unmount();

  const fmt = (n) => n.toFixed(3);
  console.log(`CardFilter: ${boxes.length} rows; React profiling build in jsdom; ${rounds} toggles`);
  console.log(`mount: actualDuration ${fmt(mountCommit.actualDuration)} ms`);
  console.table(
    results.map((r) => ({
      toggled: `${r.code} → ${r.checked ? 'on' : 'off'}`,
      'rows re-rendered': `${r.rowsRendered} / ${boxes.length}`,
      commits: r.commits,
      'actual ms': fmt(r.actualMs),
      'base ms (no memo)': fmt(r.baseMs),
    })),
  );
  const avg = (key) => results.reduce((sum, r) => sum + r[key], 0) / results.length;
  console.log(
    `average per toggle: ${avg('rowsRendered').toFixed(2)} rows re-rendered, actual ${fmt(avg('actualMs'))} ms ` +
      `vs base ${fmt(avg('baseMs'))} ms (the cost of re-rendering the whole tree)`,
  );
  const extra = results.filter((r) => r.rowsRendered !== 1);
  if (extra.length > 0) {
    console.log(`WARNING: ${extra.length} toggle(s) re-rendered other than exactly one row`);
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

#!/usr/bin/env node
// `npm run size` — what react-billing-key costs in a merchant's bundle, measured as issue 7 says:
// esbuild --bundle --minify (ESM, browser) of a small app importing the BUILT package, with react, react-dom and
// styled-components external, then gzip -9. Prints each scenario without NODE_ENV defined (the method, the
// figure the budgets apply to), with NODE_ENV=production and with NODE_ENV=development, beside the peers' figures.
//
//   node scripts/size.mjs            measure dist/ (rebuilt first when missing or older than src/)
//   node scripts/size.mjs --check    also exit 1 when a budget is exceeded (npm run size:check)
//   node scripts/size.mjs --guard    also exit 1 when a scenario grows past its ceiling (npm run size:guard; CI runs it)
//   node scripts/size.mjs --src      measure src/index.ts directly (no build; quick while shrinking code)
//   node scripts/size.mjs --top=N    how many modules to list per budgeted scenario (default 12)
//
// The per-module list (esbuild metafile) shows minified bytes before gzip; gzip shrinks repetitive text more.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const guard = args.includes('--guard');
const fromSrc = args.includes('--src');
const top = Number(args.find((a) => a.startsWith('--top='))?.slice(6) ?? 12);

const PEERS = [
  ['@stripe/react-stripe-js 7.0.1', 6551],
  ['@paypal/react-paypal-js 10.5', 8082],
  ['@portone/browser-sdk/v2 0.1.11', 8026],
];

/**
 * name, import lines (`$MAIN` / `$TESTING` stand for the package entries), budget (issue 7's target, gzip bytes, or null)
 * and ceiling: the size measured when it was last lowered, plus a little headroom. The ceilings only ever go down: CI
 * fails when a change makes a scenario grow past its ceiling, while the budgets say where the package has to get to.
 */
const SCENARIOS = [
  ['whole entry (import *)', `import * as X from '$MAIN'; console.log(X);`, 6000, 9700],
  [
    'IamportProvider + useBillingKey',
    `import { IamportProvider, useBillingKey } from '$MAIN'; console.log(IamportProvider, useBillingKey);`,
    2500,
    4800,
  ],
  [
    'IamportProvider + BillingKeyButton',
    `import { IamportProvider, BillingKeyButton } from '$MAIN'; console.log(IamportProvider, BillingKeyButton);`,
    null,
    7050,
  ],
  ['CardFilter only', `import { CardFilter } from '$MAIN'; console.log(CardFilter);`, null, 3350],
  ['testing entry (import *)', `import * as T from '$TESTING'; console.log(T);`, null, 4300],
];

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function ensureDist() {
  const built = path.join(root, 'dist/index.js');
  const stale =
    !existsSync(built) ||
    statSync(built).mtimeMs < Math.max(newestMtime(path.join(root, 'src')), statSync(path.join(root, 'vite.config.ts')).mtimeMs);
  if (!stale) return;
  console.log('dist/ is missing or older than src/: running vite build …');
  const run = spawnSync(path.join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const work = mkdtempSync(path.join(tmpdir(), 'rbk-size-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

async function bundle(name, code, entries, nodeEnv) {
  const file = path.join(work, `${name.replace(/\W+/g, '-')}.js`);
  writeFileSync(file, code.replace('$MAIN', entries.main).replace('$TESTING', entries.testing));
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: ['react', 'react/*', 'react-dom', 'react-dom/*', 'styled-components', 'styled-components/*'],
    define: nodeEnv ? { 'process.env.NODE_ENV': JSON.stringify(nodeEnv) } : {},
    // The scenario files sit in a temp dir; resolve TS sources the way the package's own build does.
    jsx: 'automatic',
    absWorkingDir: root,
  });
  const out = result.outputFiles[0].contents;
  return { min: out.length, gzip: gzipSync(out, { level: 9 }).length, metafile: result.metafile };
}

function errorText(error) {
  return (error.errors?.[0]?.text ?? String(error.message ?? error)).split('\n')[0];
}

if (!fromSrc) ensureDist();
const dist = { main: path.join(root, 'dist/index.js'), testing: path.join(root, 'dist/testing.js') };
const src = { main: path.join(root, 'src/index.ts'), testing: path.join(root, 'src/testing/index.ts') };
const measured = fromSrc ? src : dist;

const rows = [];
let over = false;
let grown = false;
for (const [name, code, budget, ceiling] of SCENARIOS) {
  try {
    const plain = await bundle(name, code, measured);
    const prod = await bundle(`${name}-prod`, code, measured, 'production');
    const dev = await bundle(`${name}-dev`, code, measured, 'development');
    const ok = budget == null || plain.gzip <= budget;
    if (!ok) over = true;
    const held = plain.gzip <= ceiling;
    if (!held) grown = true;
    rows.push({ name, code, budget, ceiling, held, plain, prod, dev, status: budget == null ? 'info' : ok ? 'OK' : 'OVER' });
  } catch (error) {
    rows.push({ name, code, budget, ceiling, held: false, error: errorText(error), status: budget == null ? 'n/a' : 'OVER' });
    if (budget != null) over = true;
    grown = true;
  }
}

const fmt = (n) => (n == null ? '' : n.toLocaleString('en-US'));
const table = [
  ['scenario', 'min B', 'gzip B', 'budget', 'status', 'ceiling', 'guard', 'prod gzip B', 'dev gzip B'],
  ...rows.map((r) => {
    const guardCell = r.held ? 'held' : 'GREW';
    return r.error
      ? [r.name, '—', '—', fmt(r.budget), r.status, fmt(r.ceiling), guardCell, '—', `(${r.error})`]
      : [
          r.name,
          fmt(r.plain.min),
          fmt(r.plain.gzip),
          fmt(r.budget),
          r.status,
          fmt(r.ceiling),
          guardCell,
          fmt(r.prod.gzip),
          fmt(r.dev.gzip),
        ];
  }),
  ...PEERS.map(([name, gzip]) => [`peer: ${name}`, '', fmt(gzip), '', 'ref', '', '', '', '']),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
const line = (row) =>
  row.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');

console.log(`\nreact-billing-key size — ${fromSrc ? 'src/index.ts (unbuilt)' : 'dist/ (built package)'}`);
console.log('esbuild --bundle --minify, esm, browser; react, react-dom, styled-components external; gzip -9.');
console.log('Budgets apply to "gzip B" (NODE_ENV not defined, as issue 7 measures). esbuild itself then defines it as');
console.log('"production" (browser platform + minify), so "prod" (defined explicitly) matches; "dev" = NODE_ENV=development.');
console.log("Budgets are issue 7's targets (--check fails when one is exceeded). Ceilings are the sizes reached so far, plus");
console.log('a little headroom; they only go down, and --guard (CI) fails when a change makes a scenario grow past one.');
console.log('Peer figures are quoted from issue 7 (same method), not measured here.\n');
console.log(line(table[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table.slice(1)) console.log(line(row));

// Where the bytes go, for the budgeted scenarios: esbuild's metafile of the same bundle (dist/ keeps one file per module).
for (const r of rows.filter((row) => row.budget != null && row.plain)) {
  const output = Object.values(r.plain.metafile.outputs)[0];
  const inputs = Object.entries(output.inputs)
    .map(([file, { bytesInOutput }]) => [path.relative(root, path.resolve(root, file)), bytesInOutput])
    .filter(([file, bytes]) => bytes > 0 && !file.includes('rbk-size-'))
    .sort((a, b) => b[1] - a[1]);
  const total = inputs.reduce((sum, [, bytes]) => sum + bytes, 0);
  console.log(`\nTop modules — ${r.name} (minified bytes, ${fmt(total)} B in ${inputs.length} modules):`);
  for (const [file, bytes] of inputs.slice(0, top)) {
    console.log(`  ${fmt(bytes).padStart(7)}  ${((bytes / total) * 100).toFixed(1).padStart(5)}%  ${file}`);
  }
}

console.log('');
console.log(over ? 'size: a budget is exceeded.' : 'size: all budgets met.');
console.log(grown ? 'size: a scenario grew past its ceiling.' : 'size: every scenario is within its ceiling.');
if ((check && over) || (guard && grown)) process.exit(1);

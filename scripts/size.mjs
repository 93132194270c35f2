#!/usr/bin/env node
// `npm run size` — what react-billing-key costs in a merchant's production bundle, beside what the peers cost, measured in
// one run with one method: esbuild --bundle --minify (ESM, browser, process.env.NODE_ENV = "production") of a few import
// lines, with react, react-dom and styled-components external, then gzip -9. Ours are measured against the BUILT package
// (dist/, rebuilt first when missing or older than src/).
//
// The goal (issue: "relative to the peers"): IamportProvider + useBillingKey stays below react-stripe-js (Elements + hooks +
// loadStripe) and react-paypal-js (PayPalScriptProvider + PayPalButtons), and no scenario grows by more than it needs:
// each has a ceiling in scripts/size-ceilings.json (the size measured when it was set, plus a stated headroom). The guard
// enforces the ceilings and what a bundle must not contain; the peer goal is printed as a `goal:` line, met or not.
//
//   node scripts/size.mjs                     measure and print the table and the verdict (exit 0)
//   node scripts/size.mjs --guard             also exit 1 when the verdict is not OK (npm run size:guard; CI runs it)
//   node scripts/size.mjs --update-ceilings   rewrite size-ceilings.json: ceiling = measured × (1 + headroom %). Raising a
//                                             ceiling is a deliberate change: its commit says why.
//   node scripts/size.mjs --top=N             also list the N biggest modules of each scenario (minified bytes, pre-gzip)
//   node scripts/size.mjs --src               measure src/ instead of dist/ (no build; quick while shrinking; no ceilings)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CEILINGS_FILE = path.join(root, 'scripts/size-ceilings.json');
const DEFAULT_HEADROOM_PERCENT = 3;

const args = process.argv.slice(2);
const guard = args.includes('--guard');
const updateCeilings = args.includes('--update-ceilings');
const fromSrc = args.includes('--src');
const top = Number(args.find((a) => a.startsWith('--top='))?.slice(6) ?? 0);
if (fromSrc && (guard || updateCeilings)) {
  console.error('size: --src measures unbuilt sources; the ceilings apply to dist/ only (drop --src).');
  process.exit(2);
}

// ─── What we measure ─────────────────────────────────────────────────────────────────────────────────────────────────
//
// A scenario is what a merchant's app imports, written as they would write it (`from 'react-billing-key/…'`; resolved
// through package.json "exports" to dist/). A scenario whose entry is not built yet prints "n/a (entry not built)".
//
// mustNotContain (optional) — what must not end up in that bundle:
//   strings: text searched in the minified output (string literals and property names survive minification),
//   modules: module paths, checked in esbuild's metafile: a bundled file whose path (relative to the repository) has it
//            at the start of a path segment ('pg-docs' matches dist/pg-docs.js and dist/core/pg-docs.js; 'dist/v2'
//            matches dist/v2.js and dist/v2/…), or an external import of that package ('styled-components').
// belowPeers (optional) — the scenario the goal compares with react-stripe-js and react-paypal-js.

/**
 * Developer details of INVALID_PARAMS and the development warnings: production builds must drop them (`dev && '…'`,
 * with `dev` declared first in its function so the minifier can fold it).
 */
const DEV_DETAILS = ['for this PG', '[react-billing-key]', 'must be an array of card codes', 'must be a channel key'];
/** v1 code only: no v2 SDK calls, URLs, query keys or modules (entry, hooks, components, v2-* core), no developer notes, no test doubles. */
const V1_CHECKOUT = {
  strings: ['requestIssueBillingKey', 'cdn.portone.io', 'rbk_issue_id', 'billingIssueToken', ...DEV_DETAILS],
  modules: ['dist/v2', 'react/v2', 'components/v2', 'v2-', '@portone/browser-sdk', 'pg-docs', 'dist/testing'],
};
/** v2 code only: no v1 SDK URL, call or fields, no v1 modules (rules, request, protocol, provider, hooks, components), no developer notes, no test doubles. */
const V2_CHECKOUT = {
  strings: ['cdn.iamport.kr', 'request_pay', 'customer_uid', 'm_redirect_url', ...DEV_DETAILS],
  modules: [
    'v1-',
    'rules/pg-lookup',
    'rules/notices',
    'rules/cards',
    'page/iamport-sdk',
    'react/IamportProvider',
    'react/iamport-context',
    'react/useBillingKey',
    'react/useIamport',
    'components/BillingKeyButton',
    'components/PgNotice',
    'components/CardFilter',
    '@portone/browser-sdk',
    'pg-docs',
    'dist/testing',
  ],
};
const NO_REACT = { modules: ['react', 'react-dom', 'styled-components'] };

const SCENARIOS = [
  {
    name: 'whole entry (import *)',
    code: `import * as X from 'react-billing-key'; console.log(X);`,
    mustNotContain: V1_CHECKOUT,
  },
  {
    name: 'IamportProvider + useBillingKey',
    code: `import { IamportProvider, useBillingKey } from 'react-billing-key'; console.log(IamportProvider, useBillingKey);`,
    belowPeers: true,
    mustNotContain: { ...V1_CHECKOUT, modules: [...V1_CHECKOUT.modules, 'dist/components/', 'styled-components'] },
  },
  {
    name: 'IamportProvider + BillingKeyButton',
    code: `import { IamportProvider, BillingKeyButton } from 'react-billing-key'; console.log(IamportProvider, BillingKeyButton);`,
    mustNotContain: V1_CHECKOUT,
  },
  {
    name: 'CardFilter only',
    code: `import { CardFilter } from 'react-billing-key'; console.log(CardFilter);`,
    mustNotContain: V1_CHECKOUT,
  },
  {
    name: 'testing entry (import *)',
    code: `import * as T from 'react-billing-key/testing'; console.log(T);`,
    mustNotContain: NO_REACT,
  },
  {
    name: 'v2: whole entry (import *)',
    code: `import * as V2 from 'react-billing-key/v2'; console.log(V2);`,
    mustNotContain: V2_CHECKOUT,
  },
  {
    name: 'v2: PortOneProvider + useBillingKey',
    code: `import { PortOneProvider, useBillingKey } from 'react-billing-key/v2'; console.log(PortOneProvider, useBillingKey);`,
    mustNotContain: { ...V2_CHECKOUT, modules: [...V2_CHECKOUT.modules, 'dist/components/', 'styled-components'] },
  },
  {
    name: 'v2: PortOneProvider + BillingKeyButton',
    code: `import { PortOneProvider, BillingKeyButton } from 'react-billing-key/v2'; console.log(PortOneProvider, BillingKeyButton);`,
    mustNotContain: V2_CHECKOUT,
  },
  {
    name: 'core entry (import *)',
    code: `import * as C from 'react-billing-key/core'; console.log(C);`,
    mustNotContain: NO_REACT,
  },
];

/** The peers, measured the same way in the same run. `compare`: the goal's yardsticks; the others are for reference. */
const PEERS = [
  {
    name: 'react-stripe-js',
    imports: 'Elements, useStripe, useElements + loadStripe',
    packages: ['@stripe/react-stripe-js', '@stripe/stripe-js'],
    code: `import { Elements, useStripe, useElements } from '@stripe/react-stripe-js';
import { loadStripe } from '@stripe/stripe-js';
console.log(Elements, useStripe, useElements, loadStripe);`,
    compare: true,
  },
  {
    name: 'react-paypal-js',
    imports: 'PayPalScriptProvider, PayPalButtons',
    packages: ['@paypal/react-paypal-js'],
    code: `import { PayPalScriptProvider, PayPalButtons } from '@paypal/react-paypal-js';
console.log(PayPalScriptProvider, PayPalButtons);`,
    compare: true,
  },
  {
    // loadScript is internal to @portone/browser-sdk/v2 (not exported); requestIssueBillingKey loads the SDK through it.
    name: 'PortOne browser-sdk/v2',
    imports: 'requestIssueBillingKey (it loads the SDK script itself)',
    packages: ['@portone/browser-sdk'],
    code: `import { requestIssueBillingKey } from '@portone/browser-sdk/v2';
console.log(requestIssueBillingKey);`,
    compare: false,
  },
];

// ─── Measuring ───────────────────────────────────────────────────────────────────────────────────────────────────────

const APP_FILE = 'app.js'; // the scenario's import lines, bundled from stdin
const EXTERNAL = ['react', 'react-dom', 'styled-components'];
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/** The file `react-billing-key[/sub]` resolves to: package.json "exports" (import condition) for dist/, or src/. */
function entryFile(specifier) {
  const sub = specifier.slice(pkg.name.length).replace(/^\//, '');
  if (fromSrc) {
    const base = path.join(root, 'src', sub || 'index');
    return [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((file) => existsSync(file)) ?? `${base}.ts`;
  }
  const target = pkg.exports?.[sub ? `./${sub}` : '.'];
  const file = typeof target === 'string' ? target : (target?.import?.default ?? target?.import ?? target?.default);
  return path.join(root, typeof file === 'string' ? file : `dist/${sub || 'index'}.js`);
}

const ownSpecifiers = (code) =>
  [...code.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]).filter((s) => s === pkg.name || s.startsWith(`${pkg.name}/`));

/** Resolves our own package name to the built files (esbuild would otherwise look for it in node_modules). */
const ownPackage = {
  name: 'own-package',
  setup(b) {
    const filter = new RegExp(`^${pkg.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/.*)?$`);
    b.onResolve({ filter }, ({ path: specifier }) => ({ path: entryFile(specifier) }));
  },
};

async function measure(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, sourcefile: APP_FILE, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    external: EXTERNAL.flatMap((name) => [name, `${name}/*`]),
    plugins: [ownPackage],
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: root,
  });
  const out = result.outputFiles[0];
  return { min: out.contents.length, gzip: gzipSync(out.contents, { level: 9 }).length, text: out.text, meta: result.metafile };
}

/** What the bundle contains of `rules` (see mustNotContain above), as readable findings. */
function forbidden({ text, meta }, rules = {}) {
  const found = [];
  for (const marker of rules.strings ?? []) if (text.includes(marker)) found.push(`text "${marker}"`);
  // Only what is left in the output: esbuild lists tree-shaken modules and imports among the inputs too.
  const [output] = Object.values(meta.outputs);
  const inputs = Object.entries(output.inputs)
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([file]) => path.relative(root, path.resolve(root, file)).split(path.sep).join('/'));
  const externals = new Set(output.imports.filter((i) => i.external).map((i) => i.path));
  for (const module of rules.modules ?? []) {
    const bundled = inputs.filter((file) => file.startsWith(module) || file.includes(`/${module}`));
    const imported = [...externals].filter((spec) => spec === module || spec.startsWith(`${module}/`));
    if (bundled.length) found.push(`module ${bundled.slice(0, 3).join(', ')}${bundled.length > 3 ? ', …' : ''}`);
    if (imported.length) found.push(`import of ${imported.join(', ')}`);
  }
  return found;
}

const errorText = (error) => (error.errors?.[0]?.text ?? String(error.message ?? error)).split('\n')[0];

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function ensureDist() {
  const built = path.join(root, 'dist/index.js');
  const sources = Math.max(newestMtime(path.join(root, 'src')), statSync(path.join(root, 'vite.config.ts')).mtimeMs);
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  console.log('dist/ is missing or older than src/: running vite build …');
  const run = spawnSync(path.join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

function version(name) {
  try {
    return JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

function readCeilings() {
  if (!existsSync(CEILINGS_FILE)) return { scenarios: {} };
  return JSON.parse(readFileSync(CEILINGS_FILE, 'utf8'));
}

// ─── Run ─────────────────────────────────────────────────────────────────────────────────────────────────────────────

if (!fromSrc) ensureDist();
const ceilings = readCeilings();

const ours = [];
for (const scenario of SCENARIOS) {
  const missing = ownSpecifiers(scenario.code).filter((specifier) => !existsSync(entryFile(specifier)));
  if (missing.length) {
    ours.push({ ...scenario, missing: missing.map((s) => path.relative(root, entryFile(s))) });
    continue;
  }
  try {
    const size = await measure(scenario.code);
    ours.push({ ...scenario, size, leaks: forbidden(size, scenario.mustNotContain) });
  } catch (error) {
    ours.push({ ...scenario, error: errorText(error) });
  }
}

const peers = [];
for (const peer of PEERS) {
  const label = peer.packages.map((name) => `${name} ${version(name)}`).join(' + ');
  try {
    peers.push({ ...peer, label, size: await measure(peer.code) });
  } catch (error) {
    peers.push({ ...peer, label, error: errorText(error) });
  }
}

if (updateCeilings) {
  const next = { about: ceilings.about, scenarios: {} };
  for (const row of ours.filter((r) => r.size)) {
    const headroomPercent = ceilings.scenarios[row.name]?.headroomPercent ?? DEFAULT_HEADROOM_PERCENT;
    const ceiling = Math.ceil(row.size.gzip * (1 + headroomPercent / 100));
    next.scenarios[row.name] = { measured: row.size.gzip, headroomPercent, ceiling };
    const before = ceilings.scenarios[row.name]?.ceiling;
    if (before !== ceiling) console.log(`ceiling: ${row.name}: ${before ?? 'none'} → ${ceiling} B`);
  }
  for (const name of Object.keys(ceilings.scenarios)) {
    if (!next.scenarios[name]) console.log(`ceiling: ${name}: dropped (not measured in this run)`);
  }
  next.about ??=
    'Ceilings for `npm run size:guard` (production gzip bytes): ceiling = measured × (1 + headroomPercent / 100), written by ' +
    '`npm run size -- --update-ceilings`. A commit that raises a ceiling says why.';
  writeFileSync(CEILINGS_FILE, `${JSON.stringify(next, null, 2)}\n`);
  Object.assign(ceilings, next);
  console.log(`wrote ${path.relative(root, CEILINGS_FILE)}`);
}

// ─── Report ──────────────────────────────────────────────────────────────────────────────────────────────────────────

const fmt = (n) => n.toLocaleString('en-US');
const problems = [];

if (top > 0) {
  for (const row of [...ours, ...peers].filter((r) => r.size)) {
    const [output] = Object.values(row.size.meta.outputs);
    const inputs = Object.entries(output.inputs)
      .filter(([file, { bytesInOutput }]) => bytesInOutput > 0 && file !== APP_FILE)
      .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
    console.log(`\nTop modules — ${row.label ?? row.name} (minified bytes before gzip, ${inputs.length} modules):`);
    for (const [file, { bytesInOutput }] of inputs.slice(0, top)) {
      const share = ((bytesInOutput / row.size.min) * 100).toFixed(1);
      console.log(`  ${fmt(bytesInOutput).padStart(7)}  ${share.padStart(5)}%  ${path.relative(root, path.resolve(root, file))}`);
    }
  }
}

const table = [['', 'min B', 'gzip B', 'ceiling', 'status']];
const section = (title) => table.push([title, '', '', '', '']);
section(`react-billing-key ${pkg.version} (${fromSrc ? 'src/, unbuilt' : 'dist/'})`);
for (const row of ours) {
  const name = `  ${row.name}`;
  if (row.missing) {
    table.push([name, 'n/a', '', '', `n/a (entry not built: ${row.missing.join(', ')})`]);
    if (ceilings.scenarios[row.name] && !fromSrc) {
      problems.push(`${row.name}: has a ceiling but its entry is not built (${row.missing.join(', ')})`);
    }
    continue;
  }
  if (row.error) {
    table.push([name, '—', '—', '', `ERROR: ${row.error}`]);
    problems.push(`${row.name}: ${row.error}`);
    continue;
  }
  const ceiling = fromSrc ? undefined : ceilings.scenarios[row.name];
  let verdict;
  if (fromSrc) verdict = '(src)';
  else if (!ceiling) {
    verdict = 'NO CEILING';
    problems.push(`${row.name}: no ceiling yet (npm run size -- --update-ceilings, and say why in the commit)`);
  } else if (row.size.gzip > ceiling.ceiling) {
    verdict = `OVER by ${fmt(row.size.gzip - ceiling.ceiling)} B`;
    problems.push(`${row.name}: ${fmt(row.size.gzip)} B is over its ceiling of ${fmt(ceiling.ceiling)} B`);
  } else verdict = `ok (${fmt(ceiling.ceiling - row.size.gzip)} B to spare)`;
  if (row.leaks.length) {
    verdict += `; CONTAINS ${row.leaks.join('; ')}`;
    problems.push(`${row.name}: must not contain ${row.leaks.join('; ')}`);
  }
  table.push([name, fmt(row.size.min), fmt(row.size.gzip), ceiling ? fmt(ceiling.ceiling) : '', verdict]);
}
section('peers (same method, same run)');
for (const peer of peers) {
  const role = peer.compare ? 'yardstick' : 'for reference';
  if (peer.error) {
    table.push([`  ${peer.label}`, '—', '—', '', `ERROR: ${peer.error}`]);
    if (peer.compare) problems.push(`peer ${peer.name}: ${peer.error}`);
  } else table.push([`  ${peer.label}`, fmt(peer.size.min), fmt(peer.size.gzip), '', `${role}: ${peer.imports}`]);
}

const widths = table[0].map((_, i) => Math.max(...table.map((row) => (row[1] === '' && i === 0 ? 0 : row[i].length))));
const line = (row) =>
  row[1] === '' && row[2] === ''
    ? row[0]
    : row.map((cell, i) => (i === 0 || i === 4 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');

console.log(`\nreact-billing-key size — production bundles of each scenario, measured now`);
console.log(
  'esbuild --bundle --minify, ESM, browser, NODE_ENV=production; react, react-dom, styled-components external; gzip -9.',
);
console.log(`Ceilings: ${path.relative(root, CEILINGS_FILE)} (measured size + stated headroom).\n`);
console.log(line(table[0]).trimEnd());
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table.slice(1)) console.log(line(row).trimEnd());

// The goal: the provider + hook checkout weighs less than each yardstick peer.
const goals = [];
for (const row of ours.filter((r) => r.belowPeers)) {
  const yardsticks = peers.filter((p) => p.compare && p.size);
  if (!row.size) continue;
  const above = yardsticks.filter((p) => row.size.gzip >= p.size.gzip);
  const versus = yardsticks.map((p) => `${p.name} ${fmt(p.size.gzip)} B`).join(' and ');
  goals.push({
    met: above.length === 0,
    text: `${row.name} ${fmt(row.size.gzip)} B ${above.length ? 'is NOT below' : 'is below'} ${versus}`,
  });
}
// The peer goal is reported, not enforced: the guard enforces the ceilings (no scenario grows past what it needs).
const goalsMet = goals.every((goal) => goal.met);

console.log('');
for (const goal of goals) console.log(`goal: ${goal.text}`);
for (const row of ours.filter((r) => r.size && ceilings.scenarios[r.name])) {
  const { ceiling, headroomPercent } = ceilings.scenarios[row.name];
  const wanted = Math.ceil(row.size.gzip * (1 + headroomPercent / 100));
  if (!fromSrc && wanted < ceiling - Math.ceil(ceiling * 0.01)) {
    console.log(`note: ${row.name} shrank; its ceiling can come down to ${fmt(wanted)} B (--update-ceilings)`);
  }
}
if (problems.length) {
  console.log(`\nsize: NOT OK — ${problems.length} problem(s):`);
  for (const problem of problems) console.log(`  - ${problem}`);
} else {
  const measured = ours.filter((r) => r.size).length;
  console.log(
    `\nsize: OK — ${measured} scenario(s) within their ceilings and free of what they must not contain; peer goal ${goalsMet ? 'met' : 'NOT met (see goal: above)'}.`,
  );
}
if (guard && problems.length) process.exit(1);

#!/usr/bin/env node
// Node smoke test of the BUILT package (run `npm run build` first; `npm run check:package` does both).
// In plain Node, with no DOM: the ESM and CJS builds of every entry (main, v2, testing, pg-docs, core, server) load, export the public API, touch no browser
// global while loading, and do nothing observable (no globals, no timers, no output) — `"sideEffects": false` in fact.
// Modules that use React client APIs start with the "use client" directive; core modules and the barrels do not.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const require = createRequire(import.meta.url);
let checks = 0;
const ok = (what) => {
  checks += 1;
  console.log(`  ok  ${what}`);
};

// Browser globals: any read while our dist loads is a bug (SSR would crash, or a bundler could not drop the import).
// Peers (styled-components, react-dom) may probe them, also while our modules call them at load (styled-components'
// keyframes() checks `navigator` behind a typeof guard); only reads made by our own code (the reading frame in dist/) count.
const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'self'];
const touched = [];
for (const name of BROWSER_GLOBALS) {
  if (name in globalThis) continue; // Node 21+ has navigator; do not hide it.
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      const stack = new Error().stack ?? '';
      if (stack.split('\n')[2]?.includes(dist)) touched.push(`${name}\n${stack.split('\n').slice(2, 6).join('\n')}`);
      return undefined;
    },
  });
}

// Load the peers first, so what follows measures our modules only.
await import('react');
await import('styled-components');
require('react');
require('styled-components');

const globalsBefore = new Set(Reflect.ownKeys(globalThis));
// Timers, immediates, sockets… (pending file reads of the module loader itself are not ours).
const resources = () =>
  process
    .getActiveResourcesInfo()
    .filter((kind) => !kind.startsWith('FSReq'))
    .sort();
const resourcesBefore = resources();
const output = [];
for (const method of ['log', 'info', 'warn', 'error', 'debug']) {
  const original = console[method];
  console[method] = (...args) => output.push([method, args]);
  console[`__${method}`] = original;
}

const esmMain = await import(pathToFileURL(path.join(dist, 'index.js')).href);
const esmTesting = await import(pathToFileURL(path.join(dist, 'testing.js')).href);
const cjsMain = require(path.join(dist, 'index.cjs'));
const cjsTesting = require(path.join(dist, 'testing.cjs'));
const esmDocs = await import(pathToFileURL(path.join(dist, 'pg-docs.js')).href);
const cjsDocs = require(path.join(dist, 'pg-docs.cjs'));
const esmCore = await import(pathToFileURL(path.join(dist, 'core.js')).href);
const cjsCore = require(path.join(dist, 'core.cjs'));
const esmV2 = await import(pathToFileURL(path.join(dist, 'v2.js')).href);
const cjsV2 = require(path.join(dist, 'v2.cjs'));
const esmServer = await import(pathToFileURL(path.join(dist, 'server.js')).href);
const cjsServer = require(path.join(dist, 'server.cjs'));

for (const method of ['log', 'info', 'warn', 'error', 'debug']) {
  console[method] = console[`__${method}`];
  delete console[`__${method}`];
}
const addedGlobals = Reflect.ownKeys(globalThis).filter((key) => !globalsBefore.has(key));
const resourcesAfter = resources();

console.log('react-billing-key smoke test (plain Node, no DOM)');

assert.deepEqual(touched, [], `dist read a browser global while loading:\n${touched.join('\n\n')}`);
ok('loading touches no browser global (window, document, location, storage, …)');
assert.deepEqual(output, [], 'loading printed something');
ok('loading prints nothing');
assert.deepEqual(addedGlobals, [], 'loading added globals');
ok('loading adds no global');
assert.deepEqual(resourcesAfter, resourcesBefore, 'loading left timers or handles behind');
ok('loading starts no timer or handle');

const MAIN = {
  function: [
    'IamportProvider',
    'useIamport',
    'useBillingKey',
    'BillingKeyButton',
    'PgNotice',
    'isBillingKeyError',
    'getPgRule',
    'toCardDetail',
    'createBillingTheme',
    'BillingKeyError',
    'verifyWith',
  ],
  object: ['PG_RULES', 'CARD_COMPANIES', 'defaultBillingTheme'],
};
for (const [label, mod] of [
  ['ESM dist/index.js', esmMain],
  ['CJS dist/index.cjs', cjsMain],
]) {
  for (const [type, names] of Object.entries(MAIN)) {
    for (const name of names) {
      // styled/memo components are objects in some React versions; accept both for components.
      const actual = typeof mod[name];
      const expected = /^[A-Z][a-z]/.test(name) && actual === 'object' ? 'object' : type;
      assert.equal(actual, expected, `${label}: ${name} should be a ${type}, is ${actual}`);
    }
  }
  assert.ok(Object.keys(mod.PG_RULES).length > 0, `${label}: PG_RULES is empty`);
  ok(`${label} exports the main API (${MAIN.function.length + MAIN.object.length} names checked)`);
}
const names = (mod) =>
  Object.keys(mod)
    .filter((key) => key !== 'default' && key !== '__esModule')
    .sort();
assert.deepEqual(names(cjsMain), names(esmMain), 'ESM and CJS main entries export different names');
ok(`ESM and CJS main entries export the same ${names(esmMain).length} names`);

// The v2 entry (react-billing-key/v2): its own provider, hooks, components and rules, none of v1's.
const V2 = {
  function: [
    'PortOneProvider',
    'usePortOne',
    'useBillingKey',
    'useBillingKeyRedirect',
    'BillingKeyButton',
    'BillingKeyRedirect',
    'PgNotice',
    'BillingKeyError',
    'isBillingKeyError',
    'getPgRule',
    'createBillingTheme',
    'verifyWith',
  ],
  object: ['PG_RULES', 'REFUSED_PGS', 'defaultBillingTheme'],
};
for (const [label, mod] of [
  ['ESM dist/v2.js', esmV2],
  ['CJS dist/v2.cjs', cjsV2],
]) {
  for (const [type, names] of Object.entries(V2)) {
    for (const name of names) {
      const actual = typeof mod[name];
      const expected = /^[A-Z][a-z]/.test(name) && actual === 'object' ? 'object' : type;
      assert.equal(actual, expected, `${label}: ${name} should be a ${type}, is ${actual}`);
    }
  }
  assert.ok('tosspayments' in mod.PG_RULES && !('html5_inicis' in mod.PG_RULES), `${label}: PG_RULES is not the v2 table`);
  for (const v1Name of ['IamportProvider', 'useIamport', 'CardFilter', 'CARD_COMPANIES']) {
    assert.equal(mod[v1Name], undefined, `${label}: the v2 entry should not export v1's ${v1Name}`);
  }
  ok(`${label} exports the v2 API (${V2.function.length + V2.object.length} names checked) and none of v1's`);
}
assert.deepEqual(names(cjsV2), names(esmV2), 'ESM and CJS v2 entries export different names');
ok(`ESM and CJS v2 entries export the same ${names(esmV2).length} names`);
assert.equal(esmMain.PortOneProvider, undefined, 'the main (v1) entry should not export PortOneProvider');
ok('the main entry does not carry the v2 provider');
const v2Error = new esmV2.BillingKeyError('PG_FAILED', 'failed', { pgCode: 'E1' });
assert.ok(esmMain.isBillingKeyError(v2Error) && cjsV2.isBillingKeyError(v2Error), 'v1 and v2 disagree on BillingKeyError');
ok('a BillingKeyError is one shape for v1 and v2 (ESM and CJS)');

for (const [label, mod] of [
  ['ESM dist/testing.js', esmTesting],
  ['CJS dist/testing.cjs', cjsTesting],
]) {
  assert.equal(typeof mod.installMockIamport, 'function', `${label}: installMockIamport missing`);
  assert.equal(typeof mod.installMockPortOne, 'function', `${label}: installMockPortOne missing`);
  ok(`${label} exports installMockIamport and installMockPortOne`);
}
assert.deepEqual(names(cjsTesting), names(esmTesting), 'ESM and CJS testing entries export different names');
ok('ESM and CJS testing entries export the same names');

for (const [label, mod] of [
  ['ESM dist/pg-docs.js', esmDocs],
  ['CJS dist/pg-docs.cjs', cjsDocs],
]) {
  assert.deepEqual(
    Object.keys(mod.PG_DOCS ?? {}),
    Object.keys(esmMain.PG_RULES),
    `${label}: PG_DOCS should have a row per PG_RULES row`,
  );
  ok(`${label} exports PG_DOCS, one row per PG`);
}
for (const [label, mod] of [
  ['ESM dist/core.js', esmCore],
  ['CJS dist/core.cjs', cjsCore],
]) {
  for (const name of [
    'prepareRequest',
    'toOutcome',
    'createMerchantUid',
    'createRequestController',
    'getPgNotices',
    'pgCodeOf',
    'prepareV2Request',
    'toV2Outcome',
  ]) {
    assert.equal(typeof mod[name], 'function', `${label}: ${name} missing`);
  }
  const prepared = mod.prepareRequest({ pg: 'html5_inicis', customerUid: 'member_1_card_1' }, { messages: mod.CORE_MESSAGES.ko });
  assert.equal(prepared.params.customer_uid, 'member_1_card_1', `${label}: prepareRequest does not build the request`);
  ok(`${label} exports the framework-free helpers, and prepareRequest runs in plain Node`);
}
assert.deepEqual(names(cjsCore), names(esmCore), 'ESM and CJS core entries export different names');
for (const name of ['prepareRequest', 'toOutcome', 'createMerchantUid']) {
  assert.equal(esmMain[name], undefined, `${name} belongs to react-billing-key/core, not the main entry`);
}
ok('the framework-free helpers live in react-billing-key/core, not the main entry');
assert.equal(esmMain.PG_DOCS, undefined, 'PG_DOCS should not be in the main entry (checkout bundles would carry it)');
ok('the main entry does not carry PG_DOCS');

const error = new esmMain.BillingKeyError('INVALID_PARAMS', 'customerUid is required', { field: 'customerUid' });
assert.ok(esmMain.isBillingKeyError(error) && error.field === 'customerUid', 'ESM BillingKeyError is not recognised');
assert.ok(cjsMain.isBillingKeyError(new cjsMain.BillingKeyError('BUSY', 'busy')), 'CJS BillingKeyError is not recognised');
ok('BillingKeyError round-trips through isBillingKeyError (ESM and CJS)');

// The server entry (react-billing-key/server): loads without @portone/server-sdk (the optional peer is loaded by the
// first v2 call), builds its servers and handler, and carries none of the browser entries' React code.
const SERVER = [
  'createIamportServer',
  'createPortOneServer',
  'createVerifyHandler',
  'BillingServerError',
  'isBillingServerError',
];
for (const [label, mod] of [
  ['ESM dist/server.js', esmServer],
  ['CJS dist/server.cjs', cjsServer],
]) {
  for (const name of SERVER) assert.equal(typeof mod[name], 'function', `${label}: ${name} missing`);
  const v1 = mod.createIamportServer({ apiKey: 'key', apiSecret: 'secret' });
  const v2 = mod.createPortOneServer({ apiSecret: 'secret' });
  assert.equal(typeof mod.createVerifyHandler(v1, { authorize: () => null }), 'function', `${label}: no handler`);
  assert.deepEqual([v1.generation, v2.generation], ['v1', 'v2'], `${label}: servers not built`);
  for (const reactName of ['IamportProvider', 'BillingKeyButton', 'verifyWith']) {
    assert.equal(mod[reactName], undefined, `${label}: the server entry should not export ${reactName}`);
  }
  ok(`${label} exports the server API (${SERVER.length} names checked) and builds v1 and v2 servers`);
}
assert.deepEqual(names(cjsServer), names(esmServer), 'ESM and CJS server entries export different names');
const serverLoaded = Object.keys(require.cache).filter((file) => file.includes(`${path.sep}@portone${path.sep}server-sdk`));
assert.deepEqual(serverLoaded, [], 'loading the server entry loaded @portone/server-sdk');
ok('the server entry loads without requiring @portone/server-sdk (ESM and CJS export the same names)');
// The first v2 call loads the SDK (a dynamic import, also from the CJS build) and goes through it: port 9 on loopback
// refuses the connection, so the call ends as NETWORK without leaving the machine.
for (const [label, mod] of [
  ['ESM', esmServer],
  ['CJS', cjsServer],
]) {
  const v2 = mod.createPortOneServer({ apiSecret: 'secret', baseUrl: 'http://127.0.0.1:9' });
  const error = await v2.verifyBillingKey('billing-key-1').then(
    () => undefined,
    (e) => e,
  );
  assert.equal(error?.code, 'NETWORK', `${label}: a v2 call through @portone/server-sdk should end as NETWORK, got ${error}`);
}
ok('a v2 call loads @portone/server-sdk on first use and runs through it (ESM and CJS)');
for (const file of readdirSync(path.join(dist, 'server')).filter((f) => /\.c?js$/.test(f))) {
  const code = readFileSync(path.join(dist, 'server', file), 'utf8');
  assert.doesNotMatch(code, /["']use client["']|from ["']react["']|styled-components/, `server/${file} carries React code`);
}
ok('no server module is a client module or imports React');

// "use client": first statement of every built module that uses React client APIs, and of no core module.
const files = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((file) => /\.(c?js)$/.test(file));
const clientFiles = files.filter((file) => /^(components|react)[\\/]/.test(file));
assert.ok(clientFiles.length > 0, 'no component modules found in dist/ — was it built with preserveModules?');
for (const file of clientFiles) {
  const code = readFileSync(path.join(dist, file), 'utf8');
  assert.match(code, /^(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use client["'];/, `${file} does not start with "use client"`);
}
ok(`"use client" is the first statement of all ${clientFiles.length} component/hook modules (ESM and CJS)`);
for (const file of files.filter((f) => /^(core|i18n|theme|server)[\\/]/.test(f))) {
  const code = readFileSync(path.join(dist, file), 'utf8');
  assert.doesNotMatch(code, /["']use client["']/, `${file} (no React) should not be a client module`);
}
ok('core, i18n and theme modules carry no "use client" (server code may import PG_RULES, prepareRequest, …)');

// Every import of a built module names what it takes: a bare `import "./x.js"` (left when the build inlined the only
// thing taken from x) makes merchants' bundlers warn ("ignored-bare-import": the package says it has no side effects).
for (const file of files) {
  const code = readFileSync(path.join(dist, file), 'utf8');
  assert.doesNotMatch(
    code,
    /^(?:import ["']\.|require\(["']\.[^"']*["']\);)/m,
    `${file} keeps a bare import of one of our modules`,
  );
}
ok(`no built module (${files.length}, ESM and CJS) keeps a bare import of another`);

// A Server Component calls the theme helpers directly (Next.js refuses to call a function from a client module).
const themeModule = await import(pathToFileURL(path.join(dist, 'theme/theme.js')).href);
assert.equal(themeModule.createBillingTheme({ colors: { primary: '#000000' } }).billingKey.colors.primary, '#000000');
ok('the theme helpers load and run from their own server-safe module');

console.log(`smoke: all ${checks} checks passed`);

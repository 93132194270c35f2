#!/usr/bin/env node
// `npm run e2e` — the example storefronts, built from the packed package and driven in Chromium:
//
//  0. check that the Next.js and Vite guides' code is the examples' (e2e/readme.mjs);
//  1. build the library, `npm pack` it into .pack/, `npm ci` in examples/vite-app and examples/next-app
//     (scripts/examples.mjs; skipped with --no-install);
//  2. build each example for production twice: as a merchant would (the bundle must not contain the stand-in SDK of
//     react-billing-key/testing) and for this test (`vite build --mode e2e`, `BILLING_MOCK=1 next build`);
//  3. start `vite preview`, `next start` and `next dev` in turn on free loopback ports, run the checks of
//     e2e/storefront.mjs against each with Playwright driving Debian's Chromium, and stop each server by its PID; the
//     Next shop's server talks to a fake PortOne on loopback (scripts/fake-portone.mjs), and e2e/verify.mjs drives a
//     registration through its verify route and its payment-method routes;
//  4. print `e2e: N passed, N failed` (exit 1 when anything failed).
//
// Logs of the builds and servers go to .e2e/ (git-ignored). CHROMIUM_PATH overrides /usr/bin/chromium.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { exampleDir, installExamples, root } from '../scripts/examples.mjs';
import { assert, closeBrowser, createConsoleLog, freePort, results, startServer, stopAll, tail, test } from './harness.mjs';
import { readmeDrift } from './readme.mjs';
import { nextChecks, storefrontChecks, v2StorefrontChecks } from './storefront.mjs';
import { SHOP_PORTONE, seedPortOne, shopEnv, verifyChecks } from './verify.mjs';
import { startFakePortOne } from '../scripts/fake-portone.mjs';

const args = process.argv.slice(2);
const logDir = path.join(root, '.e2e');
const vite = exampleDir('vite-app');
const next = exampleDir('next-app');
const started = Date.now();
const ENV = { NEXT_TELEMETRY_DISABLED: '1' };

// Strings only the stand-in SDK (react-billing-key/testing) and the examples' mock set-up put into a bundle.
const MOCK_MARKERS = ['rbk-mock-window', '결제창 (테스트)', '__billingKeyMock'];

function section(title) {
  console.log(`\n== e2e: ${title} (${Math.round((Date.now() - started) / 1000)} s)`);
}

/** Runs an npm script of an example with its output in .e2e/<log>; throws with the log's tail when it fails. */
function npmRun(cwd, script, log, env = {}) {
  const file = path.join(logDir, log);
  const fd = openSync(file, 'w');
  const result = spawnSync('npm', ['run', script], { cwd, env: { ...process.env, ...ENV, ...env }, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  if (result.status !== 0) throw new Error(`npm run ${script} failed (${result.status ?? result.signal}):\n${tail(file)}`);
}

/** Which mock markers the .js files under `dir` contain, as "file: marker". */
function mockMarkersIn(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const code = readFileSync(file, 'utf8');
    for (const marker of MOCK_MARKERS) if (code.includes(marker)) found.push(`${path.relative(root, file)}: ${marker}`);
  }
  return found;
}

/** The production build must have none of the markers; the e2e build (the control) must have them all. */
function assertMockOnlyInE2e(production, e2e) {
  assert(production.length === 0, `the production bundle contains the stand-in SDK:\n${production.join('\n')}`);
  const missing = MOCK_MARKERS.filter((marker) => !e2e.some((hit) => hit.endsWith(`: ${marker}`)));
  assert(missing.length === 0, `the e2e bundle lacks ${missing.join(', ')}: is the search still looking for the right strings?`);
}

function report(label, log) {
  console.log(
    `  ${label} console: ${log.errors.length} errors, ${log.hydration.length} hydration warnings, ` +
      `${log.warnings.length} other warnings, ${log.external.length} requests off the server` +
      (log.devAdvice.length ? `, ${log.devAdvice.length} development advice from the library (allowed in dev)` : ''),
  );
  return [log.errors.length, log.hydration.length];
}

/** Starts a server, runs `checks` against it, stops it (also when a check throws). */
async function against(name, options, checks) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = await startServer({
    name,
    url: `${origin}/`,
    logFile: path.join(logDir, `${name.replace(/\W+/g, '-')}.log`),
    env: ENV,
    ...options,
    args: options.args(port),
  });
  const log = createConsoleLog();
  try {
    await checks({ label: name, origin, log, dev: name.includes('dev') });
  } finally {
    await server.stop();
    console.log(`  stopped ${name} (pid ${server.pid})`);
  }
  const stillUp = await fetch(origin, { signal: AbortSignal.timeout(5000) }).then(
    () => true,
    () => false,
  );
  assert(!stillUp, `${origin} still answers after ${name} (pid ${server.pid}) was stopped`);
  return report(name, log);
}

async function main() {
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });
  const console_ = { errors: 0, hydration: 0 };
  const add = ([errors, hydration]) => {
    console_.errors += errors;
    console_.hydration += hydration;
  };

  section('README');
  await test("guides: the README's install, docs/nextjs.md and docs/vite.md; their code matches the examples", () => {
    const drift = readmeDrift(root);
    assert(drift.length === 0, drift.join('\n'));
  });

  if (!args.includes('--no-install')) {
    section('pack the library and install the examples from the tarball');
    let installed = false;
    await test('install: npm run build, npm pack, npm ci in each example', () => {
      installExamples();
      installed = true;
    });
    if (!installed) return console_;
  }

  section('Vite example');
  let viteBuilt = false;
  await test('vite: production build (tsc, vite build) has no stand-in SDK; the e2e build has it', () => {
    npmRun(vite, 'build', 'vite-build.log');
    npmRun(vite, 'build:e2e', 'vite-build-e2e.log');
    viteBuilt = true;
    assertMockOnlyInE2e(mockMarkersIn(path.join(vite, 'dist')), mockMarkersIn(path.join(vite, 'dist-e2e')));
  });
  if (viteBuilt) {
    await test('vite preview: starts on a loopback port and stops by PID', async () => {
      add(
        await against(
          'vite preview',
          {
            cwd: vite,
            script: 'node_modules/vite/bin/vite.js',
            args: (port) => ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', 'dist-e2e'],
          },
          async (target) => {
            await storefrontChecks(target);
            await v2StorefrontChecks(target, '/v2.html');
          },
        ),
      );
    });
  }

  section('Next.js example');
  let nextBuilt = false;
  await test('next: production build has no stand-in SDK; the BILLING_MOCK=1 build has it', () => {
    npmRun(next, 'build', 'next-build.log');
    const production = mockMarkersIn(path.join(next, '.next', 'static'));
    npmRun(next, 'build', 'next-build-e2e.log', { BILLING_MOCK: '1' });
    nextBuilt = true;
    assertMockOnlyInE2e(production, mockMarkersIn(path.join(next, '.next', 'static')));
  });
  // The shop's server checks every key with PortOne: a fake PortOne on loopback stands in for it, stopped by its handle.
  const fake = await startFakePortOne({ v1: SHOP_PORTONE });
  console.log(`  started the fake PortOne on ${fake.url}`);
  seedPortOne(fake);
  const nextServer = (mode) => ({
    cwd: next,
    script: 'node_modules/next/dist/bin/next',
    args: (port) => [mode, '--hostname', '127.0.0.1', '--port', String(port)],
    env: { ...ENV, ...shopEnv(fake) },
  });
  const allNextChecks = async (target) => {
    await storefrontChecks({ ...target, reseed: () => seedPortOne(fake) });
    await v2StorefrontChecks(target, '/v2');
    await nextChecks(target);
    await verifyChecks({ ...target, fake });
  };
  try {
    if (nextBuilt) {
      await test('next start: starts on a loopback port and stops by PID', async () =>
        add(await against('next start', nextServer('start'), allNextChecks)));
    }
    await test('next dev: starts on a loopback port and stops by PID', async () =>
      add(await against('next dev', nextServer('dev'), allNextChecks)));
  } finally {
    await fake.close();
    console.log('  stopped the fake PortOne');
  }

  return console_;
}

const stop = async (signal) => {
  await stopAll();
  await closeBrowser();
  process.exit(signal === 'SIGINT' ? 130 : 143);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

let totals = { errors: 0, hydration: 0 };
try {
  totals = await main();
} catch (error) {
  results.failed += 1;
  console.error(error);
} finally {
  await stopAll();
  await closeBrowser();
}
section('summary');
if (results.failures.length) console.log(`failed:\n${results.failures.map((name) => `  - ${name}`).join('\n')}`);
console.log(`logs in ${path.relative(root, logDir)}/`);
console.log(`e2e console: ${totals.errors} errors, ${totals.hydration} hydration warnings`);
console.log(`e2e time: ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`e2e: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 ? 1 : 0);

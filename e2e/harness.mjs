// The e2e check's small toolkit: a test runner that counts, servers started and stopped by PID, and pages in Debian's
// Chromium (through the `playwright` library; Playwright's own browser downloads are not used) that record every
// console error and warning, uncaught error and request leaving the loopback server.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

// ---- the runner -----------------------------------------------------------------------------------------------------

export const results = { passed: 0, failed: 0, failures: [] };

/** Runs one check; an exception is its failure. Never throws. */
export async function test(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.passed += 1;
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.failed += 1;
    results.failures.push(name);
    console.log(
      `  ✗ ${name} (${Date.now() - started} ms)\n      ${String(error?.stack ?? error)
        .split('\n')
        .slice(0, 6)
        .join('\n      ')}`,
    );
  }
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export function assertEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

// ---- servers ----------------------------------------------------------------------------------------------------

/** A port that is free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const running = new Set();

/**
 * Starts a server (`node <script> …args`) in its own process group, logging to `logFile`, and waits until `url`
 * answers. Returns `{ pid, url, stop() }`; `stop()` ends the group by the PID this function started.
 */
export async function startServer({ name, cwd, script, args, env, url, logFile, timeoutMs = 120_000 }) {
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [script, ...args], {
    cwd,
    env: { ...process.env, ...env },
    detached: true, // its own process group: `next dev` and `next start` run workers of their own
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = null;
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve((exited = code ?? signal))));
  const server = {
    name,
    pid: child.pid,
    url,
    logFile,
    async stop() {
      running.delete(server);
      if (exited !== null) return;
      killGroup(child.pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000);
      await exit;
      clearTimeout(timer);
      killGroup(child.pid, 'SIGKILL'); // any worker that outlived the leader
    },
  };
  running.add(server);
  console.log(`  started ${name} (pid ${child.pid}) on ${url}`);

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited !== null) throw new Error(`${name} exited (${exited}) before answering; log:\n${tail(logFile)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      if (response.ok) return server;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`${name} did not answer ${url} within ${timeoutMs} ms; log:\n${tail(logFile)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** Stops every server still running (also on Ctrl-C or a crash of the runner). */
export async function stopAll() {
  await Promise.all([...running].map((server) => server.stop()));
}

export function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

// ---- the browser ------------------------------------------------------------------------------------------------

let browser = null;

export async function launchBrowser() {
  browser ??= await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  return browser;
}

export async function closeBrowser() {
  await browser?.close();
  browser = null;
}

export const MOBILE = {
  viewport: { width: 375, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
};

/** What the pages of one server said in the console, across all its checks. */
export function createConsoleLog() {
  return { errors: [], hydration: [], warnings: [], devAdvice: [], external: [] };
}

// The library's own development-only advice (`console.warn('[react-billing-key] …')`, e.g. that Inicis only shows the
// amount): expected in development servers, counted apart, never in production builds.
const DEV_ADVICE = /^\[react-billing-key\] /;
const HYDRATION = /hydrat|did not match|server rendered HTML/i;

/**
 * A new browser context and page on `origin` that records console errors and warnings, uncaught errors and requests to
 * any other origin into `log`. `page.problems()` lists this page's own problems (dev advice allowed when `devAdvice`).
 */
export async function openPage(origin, log, { mobile = false, devAdvice = false } = {}) {
  const context = await (
    await launchBrowser()
  ).newContext({
    ...(mobile ? MOBILE : { viewport: { width: 1024, height: 900 } }),
    locale: 'ko-KR',
  });
  const page = await context.newPage();
  const own = [];
  const record = (kind, text) => {
    const list = kind === 'advice' ? log.devAdvice : kind !== 'external' && HYDRATION.test(text) ? log.hydration : log[kind];
    list.push(text);
    if (kind !== 'advice' || !devAdvice) own.push(`${kind}: ${text}`);
  };
  page.on('console', (message) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warning') return;
    const text = message.text();
    if (type === 'warning' && DEV_ADVICE.test(text)) record('advice', text);
    else record(type === 'error' ? 'errors' : 'warnings', text);
  });
  page.on('pageerror', (error) => record('errors', `uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) record('external', url);
  });
  page.problems = () => own;
  page.done = () => context.close();
  return page;
}

/** Waits until the element is hydrated (React has attached its props to it), so a click reaches React. */
export async function waitForHydration(locator) {
  await locator.waitFor();
  await locator.evaluate(
    (element) =>
      new Promise((resolve) => {
        const check = () =>
          Object.keys(element).some((key) => key.startsWith('__reactProps$')) ? resolve() : setTimeout(check, 25);
        check();
      }),
  );
}

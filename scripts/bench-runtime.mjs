// Benchmark (not a test): what a click, a status change, a card toggle and a first notice cost in a real browser.
// Bundles a small page with esbuild (React's profiling build, the library from src/), opens it in Chromium through
// Playwright, drives it with real input events and prints what it measured:
//   1. the SDK call stays inside the click's task when the SDK is ready (no await or timer before `IMP.request_pay`);
//   2. one React commit per status change of a request (useBillingKey and BillingKeyButton);
//   3. one CardFilter row re-rendered per toggle on a controlled filter, focus moving with the arrow keys;
//   4. no `Intl` formatting for a notice whose text shows no amount (the first formatting of a page loads ICU data).
//   npm run bench:runtime [-- --rounds 10]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 10;

// The page: four independent mounts, each started by the script through window.bench.
const entry = `
import { Profiler, createElement as h, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/profiling';
import { flushSync } from 'react-dom';
import { IamportProvider, BillingKeyButton, CardFilter, PgNotice, useBillingKey } from './src/index.ts';

const log = (window.benchLog = { sdkCalls: [], commits: [], statuses: [] });
let clickTaskOpen = false;
let clickAt = 0;
// A click opens a task: anything the page does before the next task (the click's handlers and their microtasks) is in it.
document.addEventListener('click', () => {
  clickTaskOpen = true;
  clickAt = performance.now();
  setTimeout(() => (clickTaskOpen = false), 0);
}, true);

// A ready v1 SDK on the page: request_pay records where it was called from and answers after 30 ms.
window.IMP = {
  init() {},
  request_pay(params, callback) {
    log.sdkCalls.push({
      inClickDispatch: window.event !== undefined && window.event.type === 'click',
      inClickTask: clickTaskOpen,
      msAfterClick: performance.now() - clickAt,
    });
    setTimeout(() => callback({ success: true, imp_uid: 'imp_' + Date.now(), merchant_uid: params.merchant_uid, customer_uid: params.customer_uid }), 30);
  },
};

const onRender = (id) => log.commits.push(id);
const verify = () => new Promise((resolve) => setTimeout(() => resolve(true), 30));
let request = 0;

function HookProbe() {
  const billingKey = useBillingKey();
  useEffect(() => void log.statuses.push(billingKey.status), [billingKey.status]);
  if (billingKey.error) log.error = billingKey.error.message;
  return h('button', { id: 'hook', type: 'button', onClick: () => void billingKey.request({ pg: 'kcp_billing', customerUid: 'member_' + ++request }).catch(() => {}) }, 'hook: ' + billingKey.status);
}

function ControlledFilter() {
  const [cards, setCards] = useState(['361', '364', '365', '366', '367', '368', '369', '370', '371', '372', '373', '374', '381']);
  return h(CardFilter, { value: cards, onChange: setCards });
}

window.bench = {
  mount(which) {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const tree = {
      hook: () => h(IamportProvider, { userCode: 'imp12345678', verify }, h(Profiler, { id: 'hook', onRender }, h(HookProbe))),
      button: () => h(IamportProvider, { userCode: 'imp12345678', verify }, h(Profiler, { id: 'button', onRender }, h(BillingKeyButton, { id: 'button', pg: 'kcp_billing', customerUid: 'member_button' }))),
      filter: () => h(Profiler, { id: 'filter', onRender }, h(ControlledFilter)),
      notice: () => h(PgNotice, { pg: window.noticePg, amount: window.noticeAmount }),
    }[which];
    // Rendered and committed synchronously, so the time is the render's own.
    const started = performance.now();
    flushSync(() => root.render(tree()));
    return performance.now() - started;
  },
};
`;

// Counts re-rendered CardFilter rows the way React DevTools does: a memo row that bailed out keeps its props object.
const devtoolsHook = `
window.rowsRendered = 0;
(() => {
  let lastProps = new Map();
  const walk = (fiber, seen) => {
    for (let f = fiber; f; f = f.sibling) {
      if (f.type && f.type.name === 'CardFilterRow') {
        if (lastProps.has(f.key) && lastProps.get(f.key) !== f.memoizedProps) window.rowsRendered++;
        seen.set(f.key, f.memoizedProps);
      }
      walk(f.child, seen);
    }
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, renderers: new Map(), inject: () => 1, checkDCE() {},
    onScheduleFiberRoot() {}, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, fiberRoot) { const seen = new Map(); walk(fiberRoot.current.child, seen); lastProps = seen; },
  };
})();
// Counts amount formatting: Number#toLocaleString and Intl.NumberFormat (what formatAmount uses).
window.intlCalls = 0;
window.intlMs = 0;
(() => {
  const timed = (run) => { const started = performance.now(); try { return run(); } finally { window.intlCalls++; window.intlMs += performance.now() - started; } };
  const toLocale = Number.prototype.toLocaleString;
  Number.prototype.toLocaleString = function (...args) { return timed(() => toLocale.apply(this, args)); };
  const NumberFormat = Intl.NumberFormat;
  Intl.NumberFormat = function (...args) { return timed(() => new NumberFormat(...args)); };
})();
`;

const bundle = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'js', sourcefile: 'bench-runtime-entry.js' },
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  write: false,
  logLevel: 'error',
});
const script = bundle.outputFiles[0].text;

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
/** A fresh page (a fresh renderer: the first Intl call of a page pays for ICU data) with the bench loaded. */
async function freshPage() {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && console.error(`page console: ${message.text()}`));
  // An http page (the v1 request's default m_redirect_url is the page's address), served by Playwright: no network.
  await page.route('http://bench.test/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="ko"><head><meta charset="utf-8"></head><body></body></html>',
    }),
  );
  await page.goto('http://bench.test/checkout');
  await page.addScriptTag({ content: devtoolsHook });
  await page.addScriptTag({ content: script });
  return page;
}
const settle = (page, ms = 120) => page.waitForTimeout(ms);

try {
  // 1 + 2: the hook. Each round: a click, then idle → pending → verifying → success.
  {
    const page = await freshPage();
    await page.evaluate(() => window.bench.mount('hook'));
    await settle(page);
    const perRound = [];
    for (let i = 0; i < rounds; i++) {
      await page.evaluate(() => ((window.benchLog.commits.length = 0), (window.benchLog.statuses.length = 0)));
      await page.click('#hook');
      await page
        .waitForFunction(() => window.benchLog.statuses.at(-1) === 'success', null, { timeout: 3000 })
        .catch(async () => {
          throw new Error(
            `no success: ${JSON.stringify(await page.evaluate(() => ({ ...window.benchLog, text: document.body.textContent })))}`,
          );
        });
      await settle(page, 50);
      perRound.push(
        await page.evaluate(() => ({ commits: window.benchLog.commits.length, statuses: [...window.benchLog.statuses] })),
      );
    }
    const calls = await page.evaluate(() => window.benchLog.sdkCalls);
    console.log(`\n1. SDK call inside the click's task (v1, SDK ready, ${calls.length} clicks on useBillingKey's request)`);
    console.table(
      calls.map((c) => ({
        'in click dispatch': c.inClickDispatch,
        "in the click's task": c.inClickTask,
        'ms after click': c.msAfterClick.toFixed(2),
      })),
    );
    console.log(`\n2a. commits per status change, useBillingKey (${rounds} requests)`);
    console.table(
      perRound.map((r) => ({ statuses: r.statuses.join(' → '), 'status changes': r.statuses.length, commits: r.commits })),
    );
    if (calls.some((c) => !c.inClickTask)) process.exitCode = 1;
    if (perRound.some((r) => r.commits !== r.statuses.length)) process.exitCode = 1;
    await page.close();
  }

  // 2: the button (its status is its label and aria-busy: pending, verifying, then idle again after success).
  {
    const page = await freshPage();
    await page.evaluate(() => window.bench.mount('button'));
    await settle(page);
    const perRound = [];
    for (let i = 0; i < rounds; i++) {
      await page.evaluate(() => (window.benchLog.commits.length = 0));
      await page.click('#button');
      await page.waitForFunction(
        () => window.benchLog.sdkCalls.length > 0 && document.getElementById('button').getAttribute('aria-busy') === 'false',
      );
      await settle(page, 80);
      perRound.push(await page.evaluate(() => window.benchLog.commits.length));
    }
    console.log(`\n2b. commits per request, BillingKeyButton (pending → verifying → success: 3 status changes)`);
    console.log(`commits per request: ${perRound.join(', ')}`);
    if (perRound.some((n) => n !== 3)) process.exitCode = 1;
    await page.close();
  }

  // 3: a controlled CardFilter, driven by the keyboard: Tab into the list, then per round ArrowDown and Space.
  {
    const page = await freshPage();
    await page.evaluate(() => window.bench.mount('filter'));
    await settle(page);
    await page.locator('input[type="checkbox"]').first().focus();
    const rows = await page.locator('input[type="checkbox"]').count();
    const results = [];
    for (let i = 0; i < rounds; i++) {
      await page.evaluate(() => (window.rowsRendered = 0));
      await page.keyboard.press('ArrowDown');
      await settle(page, 30);
      const moved = await page.evaluate(() => window.rowsRendered);
      await page.evaluate(() => ((window.rowsRendered = 0), (window.benchLog.commits.length = 0)));
      await page.keyboard.press('Space');
      await settle(page, 30);
      const toggled = await page.evaluate(() => ({
        rows: window.rowsRendered,
        commits: window.benchLog.commits.length,
        focused: document.activeElement && document.activeElement.value,
        checked: document.activeElement && document.activeElement.checked,
      }));
      results.push({ moved, ...toggled });
    }
    console.log(`\n3. controlled CardFilter (${rows} rows), keyboard: ArrowDown moves focus, Space toggles`);
    console.table(
      results.map((r) => ({
        toggled: `${r.focused} → ${r.checked ? 'on' : 'off'}`,
        'rows re-rendered by the toggle': r.rows,
        commits: r.commits,
        'rows re-rendered by the focus move': r.moved,
      })),
    );
    if (results.some((r) => r.rows !== 1)) process.exitCode = 1;
    await page.close();
  }

  // 4: the first notice of a page, without and with an amount in its text (each on a fresh page).
  {
    const rowsOut = [];
    for (const [label, pg, amount] of [
      ['PAYCO: "choose the method in the window" (no amount)', 'payco', 0],
      ['KICC 9,900: "9,900원 is not charged now" (an amount)', 'kicc', 9900],
    ]) {
      const page = await freshPage();
      await page.evaluate(([p, a]) => ((window.noticePg = p), (window.noticeAmount = a)), [pg, amount]);
      const ms = await page.evaluate(() => window.bench.mount('notice'));
      const { calls, intlMs, text } = await page.evaluate(() => ({
        calls: window.intlCalls,
        intlMs: window.intlMs,
        text: document.querySelector('[role="note"]')?.textContent,
      }));
      rowsOut.push({
        notice: label,
        'Intl calls': calls,
        'ms in Intl': intlMs.toFixed(1),
        'first render, ms': ms.toFixed(1),
        text: text.slice(0, 24) + '…',
      });
      if (amount === 0 && calls !== 0) process.exitCode = 1;
      await page.close();
    }
    console.log('\n4. the first notice of a page: amount formatting only when the text shows an amount');
    console.table(rowsOut);
  }
} finally {
  await browser.close();
}
if (process.exitCode) console.log('\nWARNING: a measurement is not what the library promises (see above)');

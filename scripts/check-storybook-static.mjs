#!/usr/bin/env node
// `npm run check:storybook-static` — is storybook-static/ (from `npm run build-storybook`) a showroom that can be deployed?
//
//   1. index.html (the manager), iframe.html (the preview) and index.json exist.
//   2. index.json lists every story and docs page of the repository. The expected ids are derived here from the sources,
//      independently of the build, with Storybook's own tools: the `stories` globs of .storybook/main.ts, loadCsf for
//      every CSF file (its stories, and its autodocs page when tagged) and analyzeMdx for every MDX file.
//   3. Every story renders and plays as deployed: storybook-static/ is served on a loopback port by a small static server
//      (stopped at the end), and headless Chromium opens iframe.html?id=<story> for each story (or only --story=<id>) and
//      waits for Storybook's own "story finished" signal: the play function passed, no page errors, no console errors, no
//      failed loads, a non-empty story root, no error display. The static build is a production build, so this catches
//      what the development-mode story tests cannot (e.g. a check on a development-only text). A story tagged
//      `sdk-offline` shows the SDK failing to load on purpose: its failed loads under /__offline__/ are expected.
//      Then index.html: the manager loads and its sidebar lists the first story.
//
//   node scripts/check-storybook-static.mjs [--dir=storybook-static] [--story=<id>] [--limit=<n>] [--workers=<n>]
//
// Run it with NODE_OPTIONS='--import ./scripts/node-compat.mjs' (npm run does): Storybook's modules target Node 22.
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadMainConfig, normalizeStories } from 'storybook/internal/common';
import { analyzeMdx } from 'storybook/internal/core-server';
import { combineTags, storyNameFromExport, toId } from 'storybook/internal/csf';
import { loadCsf, readConfig } from 'storybook/internal/csf-tools';
import { userOrAutoTitleFromSpecifier } from 'storybook/internal/preview-api';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const outDir = path.resolve(root, option('dir') ?? 'storybook-static');
const configDir = path.join(root, '.storybook');

const problems = [];
const fail = (message) => problems.push(message);
const rel = (file) => path.relative(root, file);

// 1. The files a static host serves.
for (const file of ['index.html', 'iframe.html', 'index.json']) {
  if (!existsSync(path.join(outDir, file))) fail(`${rel(outDir)}/${file} is missing`);
}
let index = { entries: {} };
if (existsSync(path.join(outDir, 'index.json'))) {
  try {
    index = JSON.parse(readFileSync(path.join(outDir, 'index.json'), 'utf8'));
  } catch (error) {
    fail(`${rel(outDir)}/index.json is not JSON: ${error.message}`);
  }
}
const built = index.entries ?? {};

// 2. What index.json should hold, derived from the stories themselves (as Storybook's StoryIndexGenerator does).
const main = await loadMainConfig({ configDir });
const specifiers = normalizeStories(main.stories, { configDir, workingDir: root });
const docsName = main.docs?.defaultName ?? 'Docs';
const projectTags = await readProjectTags();

/** The project's `tags` in .storybook/preview.*, read statically (e.g. ['autodocs'] gives every CSF file a docs page). */
async function readProjectTags() {
  const preview = readdirSync(configDir).find((file) => /^preview\.[cm]?[jt]sx?$/.test(file));
  if (!preview) return [];
  const tags = (await readConfig(path.join(configDir, preview))).getFieldValue(['tags']);
  return Array.isArray(tags) ? tags : [];
}

/** Every file under `dir`, as the './stories/…' import paths Storybook's matchers expect. */
function importPaths(dir) {
  const abs = path.resolve(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true })
    .map((file) => path.join(abs, String(file)))
    .filter((file) => statSync(file).isFile())
    .map((file) => `./${path.relative(root, file).split(path.sep).join('/')}`);
}

const expected = new Map(); // id -> { type, title, name, file }
const csfByFile = new Map(); // absolute path without extension -> { title, metaId }
const mdxFiles = [];
const seen = new Set();
for (const specifier of specifiers) {
  for (const importPath of importPaths(specifier.directory)) {
    if (!specifier.importPathMatcher.test(importPath) || seen.has(importPath)) continue;
    seen.add(importPath);
    if (importPath.endsWith('.mdx')) {
      mdxFiles.push({ importPath, specifier });
      continue;
    }
    const makeTitle = (userTitle) => userOrAutoTitleFromSpecifier(importPath, specifier, userTitle);
    const code = readFileSync(path.resolve(root, importPath), 'utf8');
    const { indexInputs } = loadCsf(code, { fileName: importPath, makeTitle }).parse();
    for (const input of indexInputs) {
      const title = input.title ?? makeTitle();
      const id = input.__id ?? toId(input.metaId ?? title, storyNameFromExport(input.exportName));
      const name = input.name ?? storyNameFromExport(input.exportName);
      expected.set(id, { type: 'story', title, name, file: importPath });
    }
    const [first] = indexInputs;
    if (!first) continue;
    const title = first.title ?? makeTitle();
    csfByFile.set(path.resolve(root, importPath).replace(/\.[^./]+$/, ''), { title, metaId: first.metaId, importPath });
    if (combineTags(...projectTags, ...(first.tags ?? [])).includes('autodocs')) {
      expected.set(toId(first.metaId ?? title, docsName), { type: 'docs', title, name: docsName, file: importPath });
    }
  }
}
for (const { importPath, specifier } of mdxFiles) {
  const mdx = await analyzeMdx(readFileSync(path.resolve(root, importPath), 'utf8'));
  if (mdx.isTemplate) continue;
  let csf;
  if (mdx.of) {
    const target = path.resolve(root, path.dirname(importPath), mdx.of).replace(/\.(stories\.)?[jt]sx?$/, '');
    csf = csfByFile.get(target) ?? csfByFile.get(`${target}.stories`);
    if (!csf) {
      fail(`${importPath}: <Meta of={…}> points at ${mdx.of}, which is not one of the indexed CSF files`);
      continue;
    }
  }
  const title = csf?.title ?? userOrAutoTitleFromSpecifier(importPath, specifier, mdx.title);
  const base = (file) => path.basename(file).split('.')[0];
  const name = mdx.name || (csf && base(importPath) !== base(csf.importPath) ? base(importPath) : docsName);
  const id = toId(csf?.metaId ?? mdx.id ?? title, name);
  expected.set(id, { type: 'docs', title, name, file: importPath });
}

if (expected.size === 0) fail('no stories found in the files matched by .storybook/main.ts `stories`');
let missing = 0;
for (const [id, want] of expected) {
  const entry = built[id];
  if (!entry) {
    missing += 1;
    fail(`index.json lacks ${want.type} "${want.title} / ${want.name}" (${id}) from ${want.file}`);
  } else if (entry.type !== want.type) {
    fail(`index.json has ${id} as a ${entry.type}, expected a ${want.type}`);
  }
}
const extra = Object.keys(built).filter((id) => !expected.has(id));
const storyCount = [...expected.values()].filter((e) => e.type === 'story').length;
const docsCount = expected.size - storyCount;
console.log(
  `index.json: ${expected.size - missing}/${expected.size} expected entries present (${storyCount} stories, ${docsCount} docs pages)` +
    (extra.length ? `; ${extra.length} more not derived here: ${extra.join(', ')}` : ''),
);

// 3. Serve storybook-static/ on a loopback port and render one story in headless Chromium.
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

function serve(dir) {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = path.join(dir, decodeURIComponent(pathname).replace(/\/$/, '/index.html'));
    if (!file.startsWith(dir + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // Cacheable, as a static host serves Storybook's hashed assets: the stories' pages share them instead of reloading.
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'max-age=600',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** Opens `url` in `browser`; collects page errors, failed loads and console errors while `inspect(page)` runs. */
async function openPage(browser, url, inspect, { expectedFailures = () => false } = {}) {
  const page = await browser.newPage();
  const errors = [];
  const failedUrls = new Map(); // url -> why: one line per resource, however many events report it
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) failedUrls.set(response.url(), `HTTP ${response.status()}`);
  });
  page.on('requestfailed', (request) => {
    if (!failedUrls.has(request.url())) failedUrls.set(request.url(), request.failure()?.errorText ?? 'failed');
  });
  const consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push({ text: message.text(), source: message.location()?.url ?? '' });
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    const result = await inspect(page, errors);
    await page.waitForLoadState('networkidle');
    for (const [failed, why] of failedUrls) if (!expectedFailures(failed)) errors.push(`${why} for ${failed}`);
    for (const { text, source } of consoleErrors) {
      // A failed load is reported above, with its URL. Chromium also asks every page for /favicon.ico on its own, and
      // iframe.html does not link one: that 404 is not the showroom's.
      if (failedUrls.has(source) || source.endsWith('/favicon.ico')) continue;
      errors.push(`console error: ${text}${source ? ` (${source})` : ''}`);
    }
    return { errors, ...result };
  } finally {
    await page.close();
  }
}

// Before the preview starts: hear Storybook's channel say how the story ended (rendered and played, or failed).
function listenForStoryEnd() {
  let channel;
  window.__storyEnd = new Promise((resolve) => {
    Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
      configurable: true,
      get: () => channel,
      set(value) {
        channel = value;
        value.on('storyFinished', ({ status }) => resolve({ status }));
        for (const event of ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing'])
          value.on(event, (detail) =>
            resolve({ status: 'error', event, detail: String(detail?.message ?? detail?.title ?? '') }),
          );
      },
    });
  });
}

/**
 * The story alone (iframe.html, as the manager and the Vitest runner load it), in a page of its own (its own
 * sessionStorage): rendered and played, no error display.
 */
async function renderStory(context, baseUrl, entry) {
  const offline = (entry.tags ?? []).includes('sdk-offline');
  return openPage(
    context,
    `${baseUrl}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story`,
    async (tab, errors) => {
      // Awaited inside the page (a polling waitForFunction runs on animation frames, which pages in the background get
      // rarely): the story's end, or a time-out.
      const end = await tab
        .evaluate(() =>
          Promise.race([
            window.__storyEnd,
            new Promise((resolve) => setTimeout(() => resolve({ status: 'error', event: 'no end within 60 s' }), 60_000)),
          ]),
        )
        .catch((error) => ({ status: 'error', event: `the page failed: ${error.message}` }));
      if (end.status !== 'success')
        errors.push(`the story did not pass: ${end.event ?? 'storyFinished with errors'} ${end.detail ?? ''}`.trim());
      const state = await tab.evaluate(() => ({
        text: document.querySelector('#storybook-root')?.textContent?.trim() ?? '',
        filled: (document.querySelector('#storybook-root')?.childElementCount ?? 0) > 0,
        errorShown: document.body.classList.contains('sb-show-errordisplay'),
        errorText: document.querySelector('#error-message')?.textContent?.trim() ?? '',
      }));
      if (!state.filled) errors.push('the story root (#storybook-root) stayed empty');
      if (state.errorShown) errors.push(`Storybook shows its error display: ${state.errorText}`);
      return { text: state.text };
    },
    { expectedFailures: (url) => offline && new URL(url).pathname.startsWith('/__offline__/') },
  );
}

/** The manager (index.html, what a visitor opens): it loads, and its sidebar lists the story. */
const openManager = (browser, baseUrl, id) =>
  openPage(browser, `${baseUrl}/index.html?path=/story/${encodeURIComponent(id)}`, async (page, errors) => {
    const listed = await page
      .waitForSelector(`[data-item-id="${id}"]`, { timeout: 15_000 })
      .then(() => true)
      .catch(() => false);
    if (!listed) errors.push(`the sidebar does not list ${id}`);
    return { items: await page.locator('[data-item-id]').count() };
  });

const stories = Object.values(built).filter((entry) => entry.type === 'story');
const only = option('story');
const toRender = (only ? stories.filter((entry) => entry.id === only) : stories).slice(0, Number(option('limit') ?? Infinity));
const storyId = toRender[0]?.id;
let rendered = 'not rendered';
if (existsSync(path.join(outDir, 'iframe.html')) && storyId) {
  const server = await serve(outDir);
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    // Every story of the showroom, each in a page of its own.
    let next = 0;
    let passed = 0;
    const durations = [];
    const worker = async () => {
      const context = await browser.newContext();
      await context.addInitScript(listenForStoryEnd);
      while (next < toRender.length) {
        const entry = toRender[next++];
        const startedAt = Date.now();
        const story = await renderStory(context, baseUrl, entry);
        durations.push([Date.now() - startedAt, entry.id]);
        for (const error of story.errors) fail(`iframe.html?id=${entry.id}: ${error}`);
        if (story.errors.length === 0) passed += 1;
      }
      await context.close();
    };
    // As many pages at a time as there are CPUs (at most 4): a story's page is CPU-bound (Storybook's preview, axe).
    const workers = Number(option('workers') ?? Math.min(4, Math.max(1, availableParallelism())));
    await Promise.all(Array.from({ length: workers }, worker));
    rendered = `${passed}/${toRender.length} stories rendered and played in Chromium`;
    const slowest = durations.sort((x, y) => y[0] - x[0]).slice(0, 5);
    console.log(
      `iframe.html: ${rendered}; slowest: ${slowest.map(([ms, id]) => `${id} ${(ms / 1000).toFixed(1)} s`).join(', ')}`,
    );
    if (existsSync(path.join(outDir, 'index.html'))) {
      const manager = await openManager(browser, baseUrl, storyId);
      for (const error of manager.errors) fail(`index.html: ${error}`);
      if (manager.errors.length === 0) console.log(`index.html: the manager loads; its sidebar shows ${manager.items} items`);
    }
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
} else if (!storyId) {
  fail('index.json has no story to render');
}

if (problems.length) {
  console.error(`\n${problems.length} problem(s):`);
  for (const problem of problems.slice(0, 20)) console.error(`  - ${problem}`);
  if (problems.length > 20) console.error(`  … and ${problems.length - 20} more`);
  console.error(`check:storybook-static: FAILED — ${rel(outDir)}/ is not a deployable showroom.`);
  process.exit(1);
}
console.log(
  `check:storybook-static: OK — ${rel(outDir)}/ has index.html, iframe.html and index.json with all ${expected.size} entries (${storyCount} stories, ${docsCount} docs pages); ${rendered}.`,
);

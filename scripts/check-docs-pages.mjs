// The showroom's docs pages (the guides, README, PG matrix: index.json entries of type "docs"), which Storybook's
// test-runner does not visit: each must render its text with no console error, no failed load and no request that
// leaves the machine. Markdown that GitHub reads and Storybook's renderer does not (an HTML table row without <tbody>,
// `<Tag …` in an inline code span broken over two lines) shows up here as a React nesting error. Used by
// scripts/check-storybook-static.mjs after the stories.
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

/** Visits every docs page of the showroom at `url`; resolves the problems found, one line each. */
export async function checkDocsPages(url) {
  const index = await (await fetch(new URL('index.json', url))).json();
  const ids = Object.values(index.entries)
    .filter((entry) => entry.type === 'docs')
    .map((entry) => entry.id);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const problems = [];
  try {
    const page = await browser.newPage();
    let found = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        found.push(`console error: ${message.text().split('\n')[0]}`);
      }
    });
    page.on('pageerror', (error) => found.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) found.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
    page.on('request', (request) => {
      const { hostname, protocol } = new URL(request.url());
      if (protocol.startsWith('http') && hostname !== new URL(url).hostname) found.push(`left the machine: ${request.url()}`);
    });
    for (const id of ids) {
      found = [];
      await page.goto(new URL(`iframe.html?viewMode=docs&id=${id}`, url).href, { waitUntil: 'networkidle' });
      // Every guide starts with its title: the page rendered once it is there.
      const title = page.locator('#storybook-docs h1').first();
      if (
        !(await title.waitFor({ timeout: 30_000 }).then(
          () => true,
          () => false,
        ))
      )
        found.push('no title rendered');
      else if ((await page.locator('#storybook-docs').innerText()).trim().length < 200) found.push('rendered almost nothing');
      problems.push(...found.map((problem) => `${id}: ${problem}`));
    }
  } finally {
    await browser.close();
  }
  return { pages: ids.length, problems };
}

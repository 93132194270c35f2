#!/usr/bin/env node
// `npm run check:storybook-static`: plays every story of the built showroom (storybook-static/, from
// `npm run build-storybook`) as deployed, with Storybook's own test-runner in Debian Chromium
// (.storybook/test-runner-jest.config.js). The static build is a production build, so this catches what the
// development-mode story tests of `npm test` cannot. .storybook/test-runner.ts adds the two checks the runner lacks:
// no console error and no failed load per story. Then every docs page (the guides) is opened the same way
// (scripts/check-docs-pages.mjs), which the runner does not do. This script serves the folder on a loopback port meanwhile.
//
//   node scripts/check-storybook-static.mjs [test-storybook options, e.g. --maxWorkers=1]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { checkDocsPages } from './check-docs-pages.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'storybook-static');
if (!existsSync(path.join(outDir, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run npm run build-storybook first');
  process.exit(1);
}

const server = await preview({
  root,
  configFile: false,
  logLevel: 'warn',
  build: { outDir },
  preview: { host: '127.0.0.1', port: 0, open: false },
});
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.httpServer.address().port}/`;
const runner = spawn('npx', ['test-storybook', '--url', url, '--index-json', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
const code = await new Promise((resolve) => runner.on('close', (status) => resolve(status ?? 1)));
const docs = await checkDocsPages(url).finally(() => server.close());
for (const problem of docs.problems) console.error(problem);
console.log(`docs pages: ${docs.pages} visited, ${docs.problems.length} problem(s)`);
process.exit(code || (docs.problems.length > 0 ? 1 : 0));

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// REACT_VERSION=18: the unit and SSR tests run against React 18 installed in .ci/react18 (see .ci/run), to keep the
// `react >= 18` peer range honest. The libraries that import React are taken from their ESM builds and inlined, so their
// `react` import goes through the same alias (their CJS builds would `require` the root React 19).
const react18 = process.env.REACT_VERSION === '18' ? path.join(dirname, '.ci/react18/node_modules') : undefined;
const react18Alias = react18
  ? [
      { find: /^(react|react-dom)(\/.*)?$/, replacement: `${react18}/$1$2` },
      {
        find: /^styled-components$/,
        replacement: path.join(dirname, 'node_modules/styled-components/dist/styled-components.esm.js'),
      },
      {
        find: /^@testing-library\/react$/,
        replacement: path.join(dirname, 'node_modules/@testing-library/react/dist/@testing-library/react.esm.js'),
      },
    ]
  : [];

export default defineConfig({
  plugins: [react()],
  resolve: { alias: react18Alias },
  test: {
    server: react18 ? { deps: { inline: [/@testing-library\/react/, /styled-components/] } } : {},
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/ssr/**', 'test/server/**'],
          // The warning check first: its afterEach runs last, after the cleanup that may still warn.
          setupFiles: ['test/setup-dev-warnings.ts', 'test/setup.ts'],
          restoreMocks: true,
          // A time-out catches a hang, never slowness: on a loaded 2-core machine the full run makes a DOM-heavy test
          // (a whole CardFilter or checkout queried by role) take several times its lone 2 s. Waits inside tests keep
          // their own limits.
          testTimeout: 20_000,
        },
      },
      {
        // Server rendering in plain Node: no window, no DOM, no jsdom setup.
        extends: true,
        test: {
          name: 'ssr',
          environment: 'node',
          globals: true,
          include: ['test/ssr/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup-dev-warnings.ts'],
          restoreMocks: true,
        },
      },
      {
        // react-billing-key/server against a fake PortOne over real HTTP, in plain Node (no DOM).
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          globals: true,
          include: ['test/server/**/*.test.ts'],
          restoreMocks: true,
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        test: {
          name: 'storybook',
          setupFiles: ['test/setup-dev-warnings.ts'],
          // Each story's test includes the axe check of what it rendered: the whole-matrix stories take ~13 s alone and
          // more under load; a time-out is for a hang, not for speed.
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});

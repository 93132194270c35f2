// @storybook/test-runner's Jest config (`npm run check:storybook-static`), with the Debian Chromium of scripts/chromium.mjs
// instead of a browser downloaded by Playwright.
import { getJestConfig } from '@storybook/test-runner';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

const config = getJestConfig();
const playwright = config.testEnvironmentOptions?.['jest-playwright'] ?? {};

export default {
  ...config,
  // A story's play function waits for simulated windows and redirects; a busy CI machine needs more than 15 s.
  testTimeout: 60_000,
  testEnvironmentOptions: {
    'jest-playwright': { ...playwright, launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } },
  },
};

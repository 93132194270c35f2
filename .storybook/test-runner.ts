import type { TestRunnerConfig } from '@storybook/test-runner';
import type { ConsoleMessage, Page, Response } from 'playwright';

// What @storybook/test-runner does not check by itself, for the static build: a story logs no console error and loads
// nothing that fails (a 404 is a missing asset of the deployed showroom). The showroom's SDK addresses under
// /__offline__/ are missing on purpose (nothing is ever fetched from PortOne's CDN; some stories show the SDK failing or
// hanging), so their 404s are expected; Chromium's own "Failed to load resource" line repeats a failed load, which the
// response check already reports with its path.
const problems = new WeakMap<Page, string[]>();

const config: TestRunnerConfig = {
  async preVisit(page) {
    const found: string[] = [];
    problems.set(page, found);
    page.removeAllListeners('console');
    page.removeAllListeners('response');
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        found.push(`console error: ${message.text()}`);
      }
    });
    page.on('response', (response: Response) => {
      const { pathname } = new URL(response.url());
      if (response.status() >= 400 && !pathname.startsWith('/__offline__/')) found.push(`${response.status()} ${pathname}`);
    });
  },
  async postVisit(page, context) {
    const found = problems.get(page) ?? [];
    if (found.length > 0) throw new Error(`${context.id}:\n${found.join('\n')}`);
  },
};

export default config;

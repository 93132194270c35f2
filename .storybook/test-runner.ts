import type { TestRunnerConfig } from '@storybook/test-runner';
import { getStoryContext } from '@storybook/test-runner';
import type { ConsoleMessage, Page, Response } from 'playwright';

// What @storybook/test-runner does not check by itself, for the static build: a story logs no console error and loads
// nothing that fails (a 404 is a missing asset of the deployed showroom). A story tagged `sdk-offline` shows the SDK
// failing to load on purpose: its failed loads under /__offline__/ are expected.
const problems = new WeakMap<Page, string[]>();

const config: TestRunnerConfig = {
  async preVisit(page) {
    const found: string[] = [];
    problems.set(page, found);
    page.removeAllListeners('console');
    page.removeAllListeners('response');
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') found.push(`console error: ${message.text()}`);
    });
    page.on('response', (response: Response) => {
      if (response.status() >= 400) found.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
  },
  async postVisit(page, context) {
    const { tags } = await getStoryContext(page, context);
    const offline = tags.includes('sdk-offline');
    const found = (problems.get(page) ?? []).filter(
      (problem) => !(offline && (problem.includes('/__offline__/') || /Failed to load resource/.test(problem))),
    );
    if (found.length > 0) throw new Error(`${context.id}:\n${found.join('\n')}`);
  },
};

export default config;

// Stories open idle: a story's play function (its interaction test) runs when a test runner plays the story — Vitest's
// browser mode through @storybook/addon-vitest (`npm test`), or Storybook's test-runner against the static build — or
// when the "Play" toolbar is on. Storybook itself would play it on every open, so a checkout would open already
// approved.

/** True when the story is played by a test runner (the same checks Storybook uses for its own test environment). */
export function underTest(): boolean {
  const vitestBrowser = '__vitest_browser__' in globalThis;
  const testRunner = /StorybookTestRunner/.test(globalThis.navigator?.userAgent ?? '');
  return vitestBrowser || testRunner;
}

/** The toolbar global that plays stories on open for a human watching (`?globals=play:on` in a story's address). */
export const PLAY_GLOBAL = 'play';

/** Wraps a play function so it runs only under a test runner or with the "Play" toolbar on. */
export function whenTesting<Context extends { globals: Record<string, unknown> }>(
  play: (context: Context) => Promise<void> | void,
): (context: Context) => Promise<void> {
  return async (context) => {
    if (underTest() || context.globals[PLAY_GLOBAL] === 'on') await play(context);
  };
}

// The rule behind a quiet `npm test`: the library's development warnings (console.warn / console.error lines starting
// with `[react-billing-key]`) never reach the output. A test that expects one says so with `expectDevWarning`; any other
// fails the test that caused it (test/setup-dev-warnings.ts installs the check for the unit tests and the stories). Other
// console output passes through untouched. No test-runner import here: the showroom's preview uses expectDevWarning too.

const PREFIX = '[react-billing-key]';

type Level = 'warn' | 'error';

interface Expected {
  pattern: RegExp | string;
  seen: string[];
}

interface GuardState {
  expected: Expected[];
  unexpected: string[];
}

// One console wrapper per worker process, shared by every test file's copy of this module: test files run in fresh
// module graphs but share `console`, so the state lives on globalThis instead of in this module.
const KEY = Symbol.for('react-billing-key.dev-warning-guard');
type GuardHolder = { [KEY]?: GuardState };

function state(): GuardState {
  const holder = globalThis as GuardHolder;
  if (!holder[KEY]) {
    const fresh: GuardState = { expected: [], unexpected: [] };
    holder[KEY] = fresh;
    for (const level of ['warn', 'error'] as const) wrap(level, fresh);
  }
  return holder[KEY];
}

function wrap(level: Level, guard: GuardState): void {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (!text.startsWith(PREFIX)) return original(...args);
    const match = guard.expected.find(({ pattern }) =>
      typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text),
    );
    if (match) match.seen.push(text);
    else guard.unexpected.push(`console.${level}: ${text}`);
  };
}

/**
 * Declares that the current test expects a development warning (or error) matching `pattern`; it is kept out of the
 * output, and the test fails if none arrives. Returns the matching messages as they arrive, for closer assertions.
 */
export function expectDevWarning(pattern: RegExp | string): readonly string[] {
  const expected: Expected = { pattern, seen: [] };
  state().expected.push(expected);
  return expected.seen;
}

/** Starts a test: nothing expected, nothing caught yet. */
export function startDevWarningCheck(): void {
  const guard = state();
  guard.expected = [];
  guard.unexpected = [];
}

/** Ends a test: the problems to fail it with (a warning nobody expected, an expected warning that never came). */
export function finishDevWarningCheck(): string[] {
  const guard = state();
  const problems = guard.unexpected.map(
    (text) => `Unexpected development warning (capture it with expectDevWarning if the test means it): ${text}`,
  );
  for (const { pattern, seen } of guard.expected) {
    if (seen.length === 0) problems.push(`Expected a development warning matching ${String(pattern)}; none came.`);
  }
  guard.expected = [];
  guard.unexpected = [];
  return problems;
}

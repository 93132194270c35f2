// The rule behind a quiet `npm test` (test/setup-dev-warnings.ts): a library warning fails the test unless expected.
import { describe, expect, it } from 'vitest';
import { expectDevWarning, finishDevWarningCheck, startDevWarningCheck } from '../../support/dev-warnings';

// Each test checks the guard by hand and starts it afresh, so the real check after it sees a clean state.
function checkAround(body: () => void): string[] {
  startDevWarningCheck();
  body();
  const problems = finishDevWarningCheck();
  startDevWarningCheck();
  return problems;
}

describe('the development-warning guard', () => {
  it('an unexpected library warning or error is a problem, and is kept out of the output', () => {
    const problems = checkAround(() => {
      console.warn('[react-billing-key] jtnet is discontinued');
      console.error('[react-billing-key] pgRules.x is invalid');
    });
    expect(problems).toEqual([
      expect.stringContaining('console.warn: [react-billing-key] jtnet is discontinued'),
      expect.stringContaining('console.error: [react-billing-key] pgRules.x is invalid'),
    ]);
  });

  it('an expected warning is captured for the test to read; one that never comes is a problem', () => {
    let seen: readonly string[] = [];
    const problems = checkAround(() => {
      seen = expectDevWarning(/discontinued/);
      expectDevWarning('never printed');
      console.warn('[react-billing-key] chai is discontinued');
    });
    expect(seen).toEqual(['[react-billing-key] chai is discontinued']);
    expect(problems).toEqual(['Expected a development warning matching never printed; none came.']);
  });
});

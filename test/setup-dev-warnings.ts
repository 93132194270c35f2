import { afterEach, beforeEach } from 'vitest';
import { finishDevWarningCheck, startDevWarningCheck } from './support/dev-warnings';

// A library development warning fails the test that printed it, unless the test expected it (expectDevWarning).
beforeEach(startDevWarningCheck);
afterEach(() => {
  const problems = finishDevWarningCheck();
  if (problems.length > 0) throw new Error(problems.join('\n'));
});

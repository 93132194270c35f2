import { useEffect } from 'react';
import { errorOnce } from '../core/page/dev-notes';

/**
 * Development only: names every problem of a provider's `pgRules` when it mounts (and when they change), one error per
 * PG. Requests for a broken rule are refused with the same problems; nothing here throws, so a bad rule never breaks
 * the render. Providers pass `problemsOf` only in development, so production bundles do not carry the rule checker.
 */
export function useRuleCheck(pgRules: unknown, problemsOf: ((rule: unknown) => string[]) | undefined): void {
  useEffect(() => {
    // One condition around the whole body, so production builds drop it (and the texts) entirely.
    if (process.env.NODE_ENV !== 'production' && problemsOf && pgRules !== undefined) {
      if (typeof pgRules !== 'object' || pgRules === null || Array.isArray(pgRules)) {
        errorOnce('pgRules must be an object keyed by PG name; it is ignored.');
      } else {
        for (const [code, rule] of Object.entries(pgRules)) {
          const problems = problemsOf(rule);
          if (problems.length > 0)
            errorOnce(`pgRules.${code} is invalid, so requests for it are refused: ${problems.join('; ')}`);
        }
      }
    }
  }, [pgRules, problemsOf]);
}

import type { CoreMessages } from '../vocabulary/core-messages';
import {
  classifySafely,
  DEFAULT_VERIFY_TIMEOUT_MS,
  verifyOutcome,
  type BillingKeyOutcome,
  type VerifyBillingKey,
} from '../outcome/outcome';
import { recordAnswer } from '../page/completed-ids';
import { attemptClaim, claimRedirect, recordReported, runningRedirect, trackRedirect } from '../page/redirect-claims';
import { timeLimit } from '../page/timeouts';
import { callSafely } from './call-safely';
import { withConsentRecord } from './consent-protocol';
import type { ReturnProtocol } from './protocol';

/** The page's address, read and replaced (`window.location` and `history.replaceState` in a browser). */
export interface PageLocation {
  readonly href: string;
  replace(url: string): void;
}

/** What {@link startRedirectFlow} needs. */
export interface RedirectFlowOptions<TResult> {
  readonly protocol: ReturnProtocol<TResult>;
  readonly messages: CoreMessages;
  readonly location: PageLocation;
  readonly verify?: VerifyBillingKey<TResult> | undefined;
  /** How long `verify` may take, in ms (default 30000; `Infinity`: no limit). */
  readonly verifyTimeoutMs?: number | undefined;
  /** Called once the result is verified (the redirect page's own callbacks), by the flow that reports it. */
  readonly onOutcome?: (outcome: BillingKeyOutcome<TResult>) => void;
  /**
   * Called with the outcome by the flow that reports it and by every other start on the same result while it runs (a
   * page mounted again during `verify`): for the page's state, not for callbacks.
   */
  readonly onSettled?: (outcome: BillingKeyOutcome<TResult>) => void;
  /** Hears the outcome after `onOutcome` (the provider's `onResult`). */
  readonly report?: ((outcome: BillingKeyOutcome<TResult>) => void) | undefined;
  /** Called when `verify` starts. */
  readonly onVerifying?: () => void;
}

/**
 * The redirect flow, beside the callback flow of the request controller: on the page at the redirect URL, reads the
 * result the PG appended, recovers the request remembered before the window opened, classifies and verifies it like a
 * callback, reports it exactly once (also across remounts, StrictMode and reloads), then removes the generation's query
 * keys from the address (keeping the merchant's keys and hash route). Returns `null`, and leaves the URL alone, when the
 * URL carries no result; returns `null` after cleaning the URL when the result was already reported. A start while the
 * same result is still being verified follows that run (its `onVerifying` and `onSettled`, no second report).
 */
export function startRedirectFlow<TResult extends { verified: boolean; response: unknown }>(
  options: RedirectFlowOptions<TResult>,
): Promise<BillingKeyOutcome<TResult>> | null {
  const { protocol, messages, location } = options;
  const found = protocol.readRedirect(location.href, messages);
  if (!found) return null;
  // A browser that refuses to replace the address (history.replaceState's rate limit) leaves it as it is: the result
  // is recorded as reported, so it is still reported once.
  const clean = () => {
    try {
      const url = protocol.stripRedirect(location.href);
      if (url !== location.href) location.replace(url);
    } catch {
      // Nothing else to do: the exactly-once record keeps the result from being reported again.
    }
  };
  const attempt = attemptClaim(protocol.generation, found.attemptId);
  if (!claimRedirect(attempt, found.answerId)) {
    // A page mounted again while the result is verified follows that run, so it is not left 'idle'.
    const leader = runningRedirect(attempt, found.answerId) as Promise<BillingKeyOutcome<TResult>> | undefined;
    if (!leader) {
      clean();
      return null;
    }
    if (options.verify) options.onVerifying?.();
    return leader.then((outcome) => {
      callSafely(() => options.onSettled?.(outcome));
      return outcome;
    });
  }
  const record = protocol.recall(found.attemptId);
  const run = (async () => {
    // A consent given before the window opened travels with the key across the redirect too.
    const answer = withConsentRecord(
      classifySafely(record, () => found.toOutcome(record), messages),
      record?.consent,
    );
    recordAnswer(protocol.generation, found.attemptId, answer);
    const verifyTimeout = timeLimit(options.verifyTimeoutMs, DEFAULT_VERIFY_TIMEOUT_MS, 'verifyTimeoutMs');
    const outcome = await verifyOutcome(answer, options.verify, messages, () => options.onVerifying?.(), verifyTimeout);
    protocol.attempts.forget(found.attemptId);
    recordReported(attempt, found.answerId);
    callSafely(() => options.onSettled?.(outcome));
    callSafely(() => options.onOutcome?.(outcome));
    callSafely(() => options.report?.(outcome));
    clean();
    return outcome;
  })();
  trackRedirect(attempt, found.answerId, run);
  return run;
}

import type { CoreMessages } from '../messages';
import { verifyOutcome, type BillingKeyOutcome, type VerifyBillingKey } from '../outcome/outcome';
import { markCompleted } from '../page/completed-ids';
import { attemptClaim, claimRedirect, recordReported } from '../page/redirect-claims';
import { callSafely } from './call-safely';
import type { BillingKeyProtocol } from './protocol';

/** The page's address, read and replaced (`window.location` and `history.replaceState` in a browser). */
export interface PageLocation {
  readonly href: string;
  replace(url: string): void;
}

/** What {@link startRedirectFlow} needs. */
export interface RedirectFlowOptions<TResult> {
  readonly protocol: Pick<
    BillingKeyProtocol<unknown, TResult, unknown>,
    'generation' | 'pending' | 'readRedirect' | 'stripRedirect'
  >;
  readonly messages: CoreMessages;
  readonly location: PageLocation;
  readonly verify?: VerifyBillingKey<TResult> | undefined;
  /** Called once the result is verified (the redirect page's own callbacks). */
  readonly onOutcome?: (outcome: BillingKeyOutcome<TResult>) => void;
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
 * URL carries no result; returns `null` after cleaning the URL when the result was already reported.
 */
export function startRedirectFlow<TResult extends { verified: boolean; response: unknown }>(
  options: RedirectFlowOptions<TResult>,
): Promise<BillingKeyOutcome<TResult>> | null {
  const { protocol, messages, location } = options;
  const found = protocol.readRedirect(location.href, messages);
  if (!found) return null;
  const clean = () => {
    const url = protocol.stripRedirect(location.href);
    if (url !== location.href) location.replace(url);
  };
  const attempt = attemptClaim(protocol.generation, found.attemptId);
  if (!claimRedirect(attempt, found.answerId)) {
    clean();
    return null;
  }
  const pending = protocol.pending.peek(found.attemptId);
  return (async () => {
    const answer = found.toOutcome(pending);
    // The PG completed the attempt whatever verify says: PortOne refuses its id again (F1002).
    if (answer.status === 'success') markCompleted(protocol.generation, found.attemptId);
    const outcome = await verifyOutcome(answer, options.verify, messages, () => options.onVerifying?.());
    protocol.pending.forget(found.attemptId);
    recordReported(attempt, found.answerId);
    callSafely(() => options.onOutcome?.(outcome));
    callSafely(() => options.report?.(outcome));
    clean();
    return outcome;
  })();
}

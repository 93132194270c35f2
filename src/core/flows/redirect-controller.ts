import type { CoreMessages } from '../vocabulary/core-messages';
import type { BillingKeyError } from '../vocabulary/errors';
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
import { settled } from './settled';
import { createSnapshotStore } from './snapshot-store';

/** The page's address, read and replaced (`window.location` and `history.replaceState` in a browser). */
export interface PageLocation {
  readonly href: string;
  replace(url: string): void;
}

/** Where a redirect page stands: `'idle'` until (and unless) a result is found in the URL. */
export type RedirectStatus = 'idle' | 'verifying' | 'success' | 'failure';

/** The redirect controller's state: the status, and the result or error (`null` otherwise). */
export interface RedirectSnapshot<TResult> {
  readonly status: RedirectStatus;
  readonly result: TResult | null;
  readonly error: BillingKeyError | null;
}

/** What a redirect page needs: read when the page's URL is read, except `notify` and `report` (when reported). */
export interface RedirectEnvironment<TResult> {
  /** The generation's return protocol (`createIamportReturn`, `createPortOneReturn`). */
  readonly protocol: ReturnProtocol<TResult>;
  readonly messages: CoreMessages;
  readonly verify?: VerifyBillingKey<TResult> | undefined;
  /** How long `verify` may take, in ms (default 30000; `Infinity`: no limit). */
  readonly verifyTimeoutMs?: number | undefined;
  /** The redirect page's own callbacks (`onSuccess` / `onFailure`): told once, by the controller that reports. */
  readonly notify?: ((outcome: BillingKeyOutcome<TResult>) => void) | undefined;
  /** Hears the outcome after `notify` (the provider's `onResult`). */
  readonly report?: ((outcome: BillingKeyOutcome<TResult>) => void) | undefined;
  /** The page's address. Default: the browser's (`window.location`, replaced with `history.replaceState`). */
  readonly location?: PageLocation | undefined;
}

/**
 * One redirect page's flow (a hook or `BillingKeyRedirect`), framework-free and shaped like the request controller, so
 * React binds both the same way (`useSyncExternalStore`, `setEnvironment` after each render, `attach` / `detach`).
 */
export interface RedirectController<TResult> {
  /** The current state; the same object until it changes. */
  getSnapshot: () => RedirectSnapshot<TResult>;
  /** Calls `listener` on every state change; returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void;
  setEnvironment: (environment: RedirectEnvironment<TResult>) => void;
  /**
   * The page is there (mounted): the first call reads the result in its URL; later calls (React StrictMode's second
   * mount) change nothing. Nothing is read before, so a server and the first client render stay `'idle'`.
   */
  attach: () => void;
  /**
   * The page is gone: nothing stops. A result this controller read is still verified and reported once (to `notify`
   * and `report`), and a StrictMode re-mount, attached again, shows it.
   */
  detach: () => void;
}

const IDLE: RedirectSnapshot<never> = { status: 'idle', result: null, error: null };
const VERIFYING: RedirectSnapshot<never> = { status: 'verifying', result: null, error: null };

const browserLocation: PageLocation = {
  get href() {
    return window.location.href;
  },
  replace: (url) => window.history.replaceState(window.history.state, '', url),
};

/**
 * Creates a {@link RedirectController}. On `attach()`, beside the callback flow of the request controller: reads the
 * result the PG appended to the redirect URL, recovers the attempt remembered before the window opened, classifies and
 * verifies it like a callback, reports it exactly once (also across remounts, StrictMode and reloads), then removes the
 * generation's query keys from the address (keeping the merchant's keys and hash route). A URL without a result stays
 * `'idle'` and is left alone; a result already reported stays `'idle'` and its keys are removed. A page attached while
 * the same result is still being verified follows that run (its `'verifying'` and outcome, no second report).
 */
export function createRedirectController<TResult extends { verified: boolean; response: unknown }>(
  initial: RedirectEnvironment<TResult>,
): RedirectController<TResult> {
  let environment = initial;
  let started = false;
  const { getSnapshot, subscribe, publish } = createSnapshotStore<RedirectSnapshot<TResult>>(IDLE);

  const read = () => {
    const { protocol, messages, verify, location = browserLocation } = environment;
    const found = protocol.readRedirect(location.href, messages);
    if (!found) return;
    // A browser that refuses to replace the address (history.replaceState's rate limit) leaves it as it is: the
    // result is recorded as reported, so it is still reported once.
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
      if (!leader) return clean();
      if (verify) publish(VERIFYING);
      void leader.then((outcome) => publish(settled(outcome)));
      return;
    }
    const record = protocol.recall(found.attemptId);
    const run = (async () => {
      // A consent given before the window opened travels with the key across the redirect too.
      const answer = withConsentRecord(
        classifySafely(record, () => found.toOutcome(record), messages),
        record?.consent,
      );
      recordAnswer(protocol.generation, found.attemptId, answer);
      const verifyTimeout = timeLimit(
        environment.verifyTimeoutMs,
        DEFAULT_VERIFY_TIMEOUT_MS,
        process.env.NODE_ENV !== 'production' && 'verifyTimeoutMs',
      );
      const outcome = await verifyOutcome(answer, verify, messages, () => publish(VERIFYING), verifyTimeout);
      protocol.attempts.forget(found.attemptId);
      recordReported(attempt, found.answerId);
      callSafely(() => publish(settled(outcome)));
      callSafely(() => environment.notify?.(outcome));
      callSafely(() => environment.report?.(outcome));
      clean();
      return outcome;
    })();
    trackRedirect(attempt, found.answerId, run);
  };

  return {
    getSnapshot,
    subscribe,
    setEnvironment(next) {
      environment = next;
    },
    attach() {
      if (started) return;
      started = true;
      read();
    },
    detach() {
      // Nothing to stop: the result belongs to the page, not to the component, and is reported once whatever mounts.
    },
  };
}

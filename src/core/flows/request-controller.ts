import type { CoreMessages } from '../vocabulary/core-messages';
import { isBillingKeyError, type BillingKeyError } from '../vocabulary/errors';
import {
  DEFAULT_VERIFY_TIMEOUT_MS,
  errorFor,
  failureOf,
  pgFailure,
  verifyOutcome,
  type BillingKeyOutcome,
  type VerifyBillingKey,
} from '../outcome/outcome';
import { recordAnswer } from '../page/completed-ids';
import { onPageRestored } from '../page/page-restore';
import { attemptClaim, releaseRedirectClaims } from '../page/redirect-claims';
import type { SdkLoadOptions } from '../page/sdk-loader';
import { timeLimit } from '../page/timeouts';
import { acquireWindow, releaseWindow } from '../page/window-lock';
import { callSafely } from './call-safely';
import { settled } from './settled';
import type { BillingKeyProtocol } from './protocol';
import { createSnapshotStore } from './snapshot-store';

/** Where one hook's or button's request stands. */
export type BillingKeyStatus = 'idle' | 'loading' | 'pending' | 'verifying' | 'success' | 'failure';

/** The controller's state: the status, and the last result or error (`null` otherwise). */
export interface RequestSnapshot<TResult> {
  readonly status: BillingKeyStatus;
  readonly result: TResult | null;
  readonly error: BillingKeyError | null;
}

/** What a request needs besides the request itself; read when a request starts. */
export interface RequestEnvironment<TRequest, TResult, TSdk> {
  readonly protocol: BillingKeyProtocol<TRequest, TResult, TSdk>;
  readonly messages: CoreMessages;
  readonly loadOptions?: SdkLoadOptions;
  /** The merchant's `verify`; the one in force when the window answers decides (see {@link RequestController}). */
  readonly verify?: VerifyBillingKey<TResult> | undefined;
  /** How long `verify` may take, in ms, before the request fails `VERIFY_FAILED` (the key in `error.result`). Default 30000. */
  readonly verifyTimeoutMs?: number | undefined;
  /** Hears every final outcome (the provider's `onResult`), also a late answer after the request was abandoned. */
  readonly report?: ((outcome: BillingKeyOutcome<TResult>) => void) | undefined;
}

/**
 * One starter's request lifecycle (a hook or a button), framework-free: React binds it with `useSyncExternalStore`.
 * `request()` validates, takes the page's one window, loads the SDK if needed, opens the window, verifies and reports.
 * Nothing gets stuck: `reset()` or `abandon()` while a request is loading or waiting for its window abandons it (its
 * promise rejects `CANCELLED`, the page's window lock is released, the status goes back to `'idle'`), and so does a page
 * restored from the back-forward cache. Nothing is lost: the request remembered for a redirect return stays, and a
 * window that answers after its request was abandoned is still reported to `report`, exactly once.
 */
export interface RequestController<TRequest, TResult> {
  /** The current state; the same object until it changes. */
  getSnapshot: () => RequestSnapshot<TResult>;
  /** Calls `listener` on every state change; returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void;
  /**
   * Starts a request. When the SDK is ready the window opens before this returns (call it from a click handler).
   * Rejects with a `BillingKeyError`; `BUSY` without touching the state when this controller's own request is running.
   */
  request: (request: TRequest) => Promise<TResult>;
  /** Back to `'idle'`, forgetting the last result or error; abandons a running request. */
  reset: () => void;
  /** Abandons a running request (the starter is gone); the state goes back to `'idle'`. */
  abandon: () => void;
}

/**
 * A controller whose starter can go and come back (a component that unmounts, or StrictMode's re-mount): while it is
 * detached, `request()` rejects `CANCELLED` at once, opens nothing and takes no window lock.
 */
export interface AttachableController<TRequest, TResult> extends RequestController<TRequest, TResult> {
  /** The starter is there (mounted): requests start again. */
  attach: () => void;
  /** The starter is gone: abandons its running request and refuses new ones until `attach()`. */
  detach: () => void;
}

/** A {@link RequestController} with a replaceable environment (the provider's settings of the moment). */
export interface EnvironmentController<TRequest, TResult, TSdk> extends AttachableController<TRequest, TResult> {
  setEnvironment: (environment: RequestEnvironment<TRequest, TResult, TSdk>) => void;
}

interface Run<TResult> {
  readonly messages: CoreMessages;
  readonly report: ((outcome: BillingKeyOutcome<TResult>) => void) | undefined;
  readonly resolve: (result: TResult) => void;
  readonly reject: (error: BillingKeyError) => void;
  abandoned: boolean;
  /** The window was opened: from here on, an answer is real and must reach `report` even after abandonment. */
  windowOpened: boolean;
  finished: boolean;
  /** Releases the window lock and stops watching the back-forward cache. */
  release: () => void;
}

const IDLE: RequestSnapshot<never> = { status: 'idle', result: null, error: null };

/** Creates a {@link RequestController} for one starter. */
export function createRequestController<TRequest, TResult extends { verified: boolean; response: unknown }, TSdk>(
  initial: RequestEnvironment<TRequest, TResult, TSdk>,
): EnvironmentController<TRequest, TResult, TSdk> {
  let environment = initial;
  let active: Run<TResult> | null = null;
  let detached = false;
  const store = createSnapshotStore<RequestSnapshot<TResult>>(IDLE);
  const { publish } = store;

  const abandonRun = (run: Run<TResult>) => {
    if (active !== run) return;
    active = null;
    run.abandoned = true;
    run.release();
    publish(IDLE);
    // Local to the starter: the provider's report is not told of the abandonment.
    run.reject(errorFor('CANCELLED', run.messages));
  };

  const finish = (run: Run<TResult>, outcome: BillingKeyOutcome<TResult>) => {
    if (run.finished) return;
    run.finished = true;
    run.release();
    if (run.abandoned) {
      // A late answer from a window that did open: a key may have been issued, so the provider hears of it.
      if (run.windowOpened) callSafely(() => run.report?.(outcome));
      return;
    }
    active = null;
    publish(settled(outcome));
    callSafely(() => run.report?.(outcome));
    if (outcome.status === 'success') run.resolve(outcome.result);
    else run.reject(outcome.error);
  };

  const execute = async (run: Run<TResult>, request: TRequest, env: RequestEnvironment<TRequest, TResult, TSdk>) => {
    const { protocol, messages } = env;
    const phase = (status: 'loading' | 'pending' | 'verifying') => {
      if (active === run) publish({ status, result: null, error: null });
    };

    let attempt;
    try {
      attempt = protocol.prepare(request, messages);
    } catch (error) {
      return finish(
        run,
        failureOf(isBillingKeyError(error) ? error : errorFor('INVALID_PARAMS', messages, { field: 'request' })),
      );
    }
    if (!acquireWindow(run)) return finish(run, failureOf(errorFor('BUSY', messages)));
    const stopWatching = onPageRestored(() => abandonRun(run));
    run.release = () => {
      releaseWindow(run);
      stopWatching();
    };

    // No `await` before the window opens when the SDK is ready: the click handler must still be on the stack.
    let sdk = protocol.loader.getSdk();
    if (!sdk) {
      phase('loading');
      try {
        sdk = await protocol.loader.load(env.loadOptions);
      } catch (error) {
        const code = isBillingKeyError(error) && error.code === 'SDK_TIMEOUT' ? 'SDK_TIMEOUT' : 'SDK_LOAD_FAILED';
        return finish(run, failureOf(errorFor(code, messages)));
      }
      // Nobody waits for an abandoned request: its window must not open.
      if (run.abandoned) return;
    }

    // A retry under the same id (the merchant's own merchant_uid / issueId) returns a new result, not a repeat.
    releaseRedirectClaims(attemptClaim(protocol.generation, attempt.id));
    protocol.attempts.remember(attempt.record);
    phase('pending');
    run.windowOpened = true;
    let answer: BillingKeyOutcome<TResult> | undefined;
    try {
      answer = await attempt.open(sdk);
    } catch (error) {
      answer = failureOf(pgFailure(messages, { response: error }));
    }
    // The browser is leaving for the PG's redirect: the remembered request waits for the return.
    if (answer === undefined) return;
    protocol.attempts.forget(attempt.id);
    stopWatching();
    recordAnswer(protocol.generation, attempt.id, answer);
    // The verify in force when the window answers decides (one removed meanwhile: the key is reported unverified);
    // once running it is awaited to its end, or to its time limit, whatever the props do.
    const now = environment;
    const verifyTimeout = timeLimit(
      now.verifyTimeoutMs,
      DEFAULT_VERIFY_TIMEOUT_MS,
      process.env.NODE_ENV !== 'production' && 'verifyTimeoutMs',
    );
    const outcome = await verifyOutcome(answer, now.verify, messages, () => phase('verifying'), verifyTimeout);
    if (outcome.status === 'success') attempt.onSuccess?.(outcome.result);
    finish(run, outcome);
  };

  return {
    getSnapshot: store.getSnapshot,
    subscribe: store.subscribe,
    setEnvironment(next) {
      environment = next;
    },
    request(request) {
      const env = environment;
      // A starter that is gone opens nothing and holds nothing: a late click after unmount must not lock the page.
      if (detached) return Promise.reject(errorFor('CANCELLED', env.messages));
      if (active) {
        const error = errorFor('BUSY', env.messages);
        callSafely(() => env.report?.(failureOf(error)));
        return Promise.reject(error);
      }
      return new Promise<TResult>((resolve, reject) => {
        const run: Run<TResult> = {
          messages: env.messages,
          report: env.report,
          resolve,
          reject,
          abandoned: false,
          windowOpened: false,
          finished: false,
          release: () => {},
        };
        active = run;
        // Whatever goes wrong inside, the request settles and the window lock is freed.
        execute(run, request, env).catch((error: unknown) =>
          finish(run, failureOf(isBillingKeyError(error) ? error : pgFailure(env.messages, { response: error }))),
        );
      });
    },
    reset() {
      if (active) abandonRun(active);
      else publish(IDLE);
    },
    abandon() {
      if (active) abandonRun(active);
    },
    attach() {
      detached = false;
    },
    detach() {
      detached = true;
      if (active) abandonRun(active);
    },
  };
}

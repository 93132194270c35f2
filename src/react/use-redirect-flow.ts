import { useEffect, useState } from 'react';
import { type RedirectFlowOptions, startRedirectFlow } from '../core/flows/redirect-flow';
import type { BillingKeyError } from '../core/vocabulary/errors';
import type { BillingKeyOutcome } from '../core/outcome/outcome';
import { useLatest } from './use-latest';

/** Where a redirect page stands: `'idle'` until (and unless) a result is found in the URL. */
export type BillingKeyRedirectStatus = 'idle' | 'verifying' | 'success' | 'failure';

/** The state of a redirect page. */
export interface RedirectState<TResult> {
  status: BillingKeyRedirectStatus;
  result: TResult | null;
  error: BillingKeyError | null;
}

/** The redirect page's callbacks. */
export interface RedirectCallbacks<TResult> {
  onSuccess?: ((result: TResult) => void) | undefined;
  onFailure?: ((error: BillingKeyError) => void) | undefined;
}

type FlowSettings<TResult> = Omit<RedirectFlowOptions<TResult>, 'location' | 'onOutcome' | 'onSettled' | 'onVerifying'>;

/**
 * Runs the core redirect flow once per mount, in the browser: the page's URL is read after hydration, so the server
 * and the first client render agree (`'idle'`).
 */
export function useRedirectFlow<TResult extends { verified: boolean; response: unknown }>(
  settings: FlowSettings<TResult>,
  callbacks: RedirectCallbacks<TResult>,
): RedirectState<TResult> {
  const [state, setState] = useState<RedirectState<TResult>>({ status: 'idle', result: null, error: null });
  const latest = useLatest({ settings, callbacks });

  useEffect(() => {
    const { settings: flow } = latest.current;
    // No guard on unmount: StrictMode re-mounts the same component, which must still see the outcome.
    void startRedirectFlow({
      ...flow,
      location: {
        get href() {
          return window.location.href;
        },
        replace: (url) => window.history.replaceState(window.history.state, '', url),
      },
      onVerifying: () => setState({ status: 'verifying', result: null, error: null }),
      // Also when this mount follows a run that another mount of the page started (remounted during verify).
      onSettled: (outcome: BillingKeyOutcome<TResult>) =>
        setState(
          outcome.status === 'success'
            ? { status: 'success', result: outcome.result, error: null }
            : { status: 'failure', result: null, error: outcome.error },
        ),
      onOutcome: (outcome: BillingKeyOutcome<TResult>) => {
        const { callbacks: now } = latest.current;
        if (outcome.status === 'success') now.onSuccess?.(outcome.result);
        else now.onFailure?.(outcome.error);
      },
    });
    // `latest` keeps its identity: the flow runs once per mount.
  }, [latest]);

  return state;
}

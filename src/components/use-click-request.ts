import { useEffect, useRef, type MouseEvent } from 'react';
import type { BillingKeyError } from '../core/vocabulary/errors';
import { useLatest } from '../react/use-latest';

/** What a billing-key button's click needs: its request, its callbacks and the merchant's own `onClick`. */
export interface ClickRequestOptions<TResult> {
  /** Starts the request (the hook's `request` with the button's props). */
  start: () => Promise<TResult>;
  onSuccess?: ((result: TResult) => void) | undefined;
  onFailure?: ((error: BillingKeyError) => void) | undefined;
  onClick?: ((event: MouseEvent<HTMLButtonElement>) => void) | undefined;
}

/**
 * The click handler both generations' `BillingKeyButton` share: the merchant's `onClick` first (`preventDefault()`
 * there stops the request), one request at a time even for two clicks in the same tick, and callbacks only while the
 * button is mounted (an unmounted button's request is abandoned; the provider's `onResult` still hears a late answer).
 */
export function useClickRequest<TResult>(options: ClickRequestOptions<TResult>): (event: MouseEvent<HTMLButtonElement>) => void {
  const latest = useLatest(options);
  // A ref, not state: a second click in the same tick must see the first one.
  const working = useRef(false);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  return (event) => {
    // The click's own options: the request built from this render's props.
    options.onClick?.(event);
    if (event.defaultPrevented || working.current) return;
    working.current = true;
    options.start().then(
      (result) => {
        working.current = false;
        if (mounted.current) latest.current.onSuccess?.(result);
      },
      (error: BillingKeyError) => {
        working.current = false;
        if (mounted.current) latest.current.onFailure?.(error);
      },
    );
  };
}

import { useCallback, useMemo, useRef, useState } from 'react';
import type { BillingKeyError } from '../core/errors';
import { runBillingKeyRequest, type VerifyBillingKey } from '../core/run-request';
import type { BillingKeyRequest, BillingKeyResult } from '../core/types';
import { useIamportContext } from './context';
import { useLatest } from './use-latest';

/** Where a hook's request stands. */
export type BillingKeyStatus = 'idle' | 'loading' | 'pending' | 'verifying' | 'success' | 'failure';

/** Options of {@link useBillingKey}. */
export interface UseBillingKeyOptions {
  /** Overrides the provider's `verify` for this hook's requests. */
  verify?: VerifyBillingKey;
}

/** What {@link useBillingKey} returns. */
export interface UseBillingKeyValue {
  /**
   * Opens the PG window for `request`. When the SDK is ready, `IMP.request_pay` is called before this returns,
   * so call it straight from a click handler. Rejects with a {@link BillingKeyError}.
   */
  request: (request: BillingKeyRequest) => Promise<BillingKeyResult>;
  status: BillingKeyStatus;
  /** The last success, until `reset()` or the next request. */
  result: BillingKeyResult | null;
  /** The last failure, until `reset()` or the next request. */
  error: BillingKeyError | null;
  /** Back to `'idle'`, forgetting the last result or error. */
  reset: () => void;
}

interface HookState {
  status: BillingKeyStatus;
  result: BillingKeyResult | null;
  error: BillingKeyError | null;
}

const IDLE: HookState = { status: 'idle', result: null, error: null };

/** Issues billing keys from your own UI: call `request()` from a click handler and follow `status`. */
export function useBillingKey(options: UseBillingKeyOptions = {}): UseBillingKeyValue {
  const context = useIamportContext('useBillingKey');
  const [state, setState] = useState<HookState>(IDLE);
  const active = useRef(false);
  const latestOptions = useLatest(options);

  const request = useCallback(
    (billingKeyRequest: BillingKeyRequest): Promise<BillingKeyResult> => {
      const ownsState = !active.current;
      const promise = runBillingKeyRequest(
        billingKeyRequest,
        {
          userCode: context.userCode,
          messages: context.coreMessages,
          sdk: context.sdk,
          verify: latestOptions.current.verify ?? context.latest.current.verify,
          onResult: (outcome) => context.latest.current.onResult?.(outcome),
          currentUrl: typeof window === 'undefined' ? undefined : window.location.href,
        },
        (phase) => {
          active.current = true;
          setState({ status: phase, result: null, error: null });
        },
      );
      // A call refused because this hook's own request is running must not overwrite that request's state.
      if (!ownsState) return promise;
      return promise.then(
        (result) => {
          active.current = false;
          setState({ status: 'success', result, error: null });
          return result;
        },
        (error: BillingKeyError) => {
          active.current = false;
          setState({ status: 'failure', result: null, error });
          throw error;
        },
      );
    },
    [context, latestOptions],
  );

  const reset = useCallback(() => {
    if (!active.current) setState(IDLE);
  }, []);

  return useMemo(() => ({ request, reset, ...state }), [request, reset, state]);
}

/** True while a request is loading the SDK, has the window open, or is being verified. */
export function isBillingKeyBusy(status: BillingKeyStatus): boolean {
  return ['loading', 'pending', 'verifying'].includes(status);
}

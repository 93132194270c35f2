import { useMemo } from 'react';
import { createRequestController, type BillingKeyStatus, type RequestEnvironment } from '../core/flows/request-controller';
import type { VerifyBillingKey } from '../core/outcome/outcome';
import type { BillingKeyError } from '../core/vocabulary/errors';
import { useController } from './use-controller';

/** Options of `useBillingKey`, for either generation's result (each entry names it `UseBillingKeyOptions`). */
export interface BillingKeyHookOptions<TResult> {
  /** Overrides the provider's `verify` for this hook's requests. */
  verify?: VerifyBillingKey<TResult>;
}

/** What `useBillingKey` returns, for either generation (each entry names it `UseBillingKeyValue`). */
export interface BillingKeyHookValue<TRequest, TResult> {
  /**
   * Opens the PG window for `request`. When the SDK is ready, its call (v1 `IMP.request_pay`, v2
   * `PortOne.requestIssueBillingKey`) is made before this returns, so call it straight from a click handler. Rejects
   * with a {@link BillingKeyError}: `CANCELLED` also when the request is abandoned (`reset()`, unmount, a page restored
   * from the back-forward cache). While the browser is away for a redirect window it stays pending; the result arrives
   * on the return page (`useBillingKeyRedirect`).
   */
  request: (request: TRequest) => Promise<TResult>;
  /** `'idle' | 'loading' | 'pending' | 'verifying' | 'success' | 'failure'`. */
  status: BillingKeyStatus;
  /** The last success, until `reset()` or the next request. */
  result: TResult | null;
  /** The last failure, until `reset()` or the next request. */
  error: BillingKeyError | null;
  /** Back to `'idle'`, forgetting the last result or error; abandons a request that is loading or waiting for its window. */
  reset: () => void;
}

/**
 * Binds a core request controller to a component (see `useController`): a component that unmounts abandons its
 * request, so it never holds the page's window, and a late `request()` opens none. `verify` (a hook's or a
 * component's own) wins over the provider's. Both generations' `useBillingKey` are this over their provider.
 */
export function useRequestController<TRequest, TResult extends { verified: boolean; response: unknown }, TSdk>(
  provider: RequestEnvironment<TRequest, TResult, TSdk>,
  verify?: VerifyBillingKey<TResult>,
): BillingKeyHookValue<TRequest, TResult> {
  const inForce = verify ?? provider.verify;
  const environment = useMemo(() => ({ ...provider, verify: inForce }), [provider, inForce]);
  const [snapshot, controller] = useController(createRequestController<TRequest, TResult, TSdk>, environment);
  return useMemo(() => ({ ...snapshot, request: controller.request, reset: controller.reset }), [snapshot, controller]);
}

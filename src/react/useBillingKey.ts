import { useMemo } from 'react';
import type { BillingKeyStatus } from '../core/flows/request-controller';
import type { BillingKeyError } from '../core/vocabulary/errors';
import type { VerifyBillingKey } from '../core/outcome/outcome';
import type { BillingKeyResult } from '../core/outcome/v1-result';
import type { BillingKeyRequest } from '../core/request/v1-types';
import { useIamportContext } from './iamport-context';
import { useRequestController } from './use-request-controller';

/** Options of {@link useBillingKey}. */
export interface UseBillingKeyOptions {
  /** Overrides the provider's `verify` for this hook's requests. */
  verify?: VerifyBillingKey<BillingKeyResult>;
}

/** What {@link useBillingKey} returns. */
export interface UseBillingKeyValue {
  /**
   * Opens the PG window for `request`. When the SDK is ready, `IMP.request_pay` is called before this returns, so call
   * it straight from a click handler. Rejects with a {@link BillingKeyError}: `CANCELLED` also when the request is
   * abandoned (`reset()`, unmount, a page restored from the back-forward cache).
   */
  request: (request: BillingKeyRequest) => Promise<BillingKeyResult>;
  /** `'idle' | 'loading' | 'pending' | 'verifying' | 'success' | 'failure'`. */
  status: BillingKeyStatus;
  /** The last success, until `reset()` or the next request. */
  result: BillingKeyResult | null;
  /** The last failure, until `reset()` or the next request. */
  error: BillingKeyError | null;
  /** Back to `'idle'`, forgetting the last result or error; abandons a request that is loading or waiting for its window. */
  reset: () => void;
}

/**
 * Issues v1 billing keys from your own UI: call `request()` from a click handler and follow `status`. A request whose
 * component unmounts is abandoned, so it never holds the page's one window. Must be inside an `IamportProvider`.
 * @throws {Error} at render when there is no `IamportProvider` above.
 */
export function useBillingKey(options: UseBillingKeyOptions = {}): UseBillingKeyValue {
  const context = useIamportContext('useBillingKey');
  const verify = options.verify ?? context.verify;
  const environment = useMemo(() => ({ ...context, verify }), [context, verify]);
  return useRequestController(environment);
}

/** True while a request is loading the SDK, has the window open, or is being verified. */
export function isBillingKeyBusy(status: BillingKeyStatus): boolean {
  return status === 'loading' || status === 'pending' || status === 'verifying';
}

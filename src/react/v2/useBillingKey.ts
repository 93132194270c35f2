import { useMemo } from 'react';
import type { BillingKeyStatus } from '../../core/flows/request-controller';
import type { BillingKeyError } from '../../core/vocabulary/errors';
import type { VerifyBillingKey } from '../../core/outcome/outcome';
import type { V2BillingKeyResult } from '../../core/outcome/v2-result';
import type { V2BillingKeyRequest } from '../../core/request/v2-types';
import { useRequestController } from '../use-request-controller';
import { usePortOneContext } from './portone-context';

/** Options of the v2 {@link useBillingKey}. */
export interface UseBillingKeyOptions {
  /** Overrides the provider's `verify` for this hook's requests. */
  verify?: VerifyBillingKey<V2BillingKeyResult>;
}

/** What the v2 {@link useBillingKey} returns. */
export interface UseBillingKeyValue {
  /**
   * Opens the PG window for `request`. When the SDK is ready, `PortOne.requestIssueBillingKey` is called before this
   * returns, so call it straight from a click handler. Rejects with a {@link BillingKeyError}: `CANCELLED` also when the
   * request is abandoned (`reset()`, unmount, a page restored from the back-forward cache). While the browser is away
   * for a redirect window it stays pending; the result arrives on the return page (`useBillingKeyRedirect`).
   */
  request: (request: V2BillingKeyRequest) => Promise<V2BillingKeyResult>;
  /** `'idle' | 'loading' | 'pending' | 'verifying' | 'success' | 'failure'`. */
  status: BillingKeyStatus;
  /** The last success, until `reset()` or the next request. */
  result: V2BillingKeyResult | null;
  /** The last failure, until `reset()` or the next request. */
  error: BillingKeyError | null;
  /** Back to `'idle'`, forgetting the last result or error; abandons a request that is loading or waiting for its window. */
  reset: () => void;
}

/**
 * Issues v2 billing keys from your own UI: call `request()` from a click handler and follow `status`. The same
 * lifecycle as v1's hook: a request whose component unmounts is abandoned, so it never holds the page's one window.
 * Must be inside a `PortOneProvider`.
 * @throws {Error} at render when there is no `PortOneProvider` above.
 */
export function useBillingKey(options: UseBillingKeyOptions = {}): UseBillingKeyValue {
  const context = usePortOneContext('useBillingKey');
  const verify = options.verify ?? context.verify;
  const environment = useMemo(() => ({ ...context, verify }), [context, verify]);
  return useRequestController(environment);
}

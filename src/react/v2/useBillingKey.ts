import type { V2BillingKeyResult } from '../../core/outcome/v2-result';
import type { V2BillingKeyRequest } from '../../core/request/v2-types';
import { useRequestController, type BillingKeyHookOptions, type BillingKeyHookValue } from '../use-request-controller';
import { usePortOneContext } from './portone-context';

/** Options of the v2 {@link useBillingKey}: `verify` overrides the provider's for this hook's requests. */
export type UseBillingKeyOptions = BillingKeyHookOptions<V2BillingKeyResult>;

/**
 * What the v2 {@link useBillingKey} returns: `request(request)` (opens the window;
 * `PortOne.requestIssueBillingKey` is called before it returns when the SDK is ready), `status`, the last `result` /
 * `error`, and `reset()`.
 */
export type UseBillingKeyValue = BillingKeyHookValue<V2BillingKeyRequest, V2BillingKeyResult>;

/**
 * Issues v2 billing keys from your own UI: call `request()` from a click handler and follow `status`. The same
 * lifecycle as v1's hook: a request whose component unmounts is abandoned, so it never holds the page's one window.
 * Must be inside a `PortOneProvider`.
 * @throws {Error} at render when there is no `PortOneProvider` above.
 */
export function useBillingKey(options: UseBillingKeyOptions = {}): UseBillingKeyValue {
  return useRequestController(usePortOneContext('useBillingKey'), options.verify);
}

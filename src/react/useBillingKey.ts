import type { BillingKeyStatus } from '../core/flows/request-controller';
import type { BillingKeyResult } from '../core/outcome/v1-result';
import type { BillingKeyRequest } from '../core/request/v1-types';
import { useIamportContext } from './iamport-context';
import { useRequestController, type BillingKeyHookOptions, type BillingKeyHookValue } from './use-request-controller';

/** Options of {@link useBillingKey}: `verify` overrides the provider's for this hook's requests. */
export type UseBillingKeyOptions = BillingKeyHookOptions<BillingKeyResult>;

/**
 * What {@link useBillingKey} returns: `request(request)` (opens the window; `IMP.request_pay` is called before it
 * returns when the SDK is ready), `status`, the last `result` / `error`, and `reset()`.
 */
export type UseBillingKeyValue = BillingKeyHookValue<BillingKeyRequest, BillingKeyResult>;

/**
 * Issues v1 billing keys from your own UI: call `request()` from a click handler and follow `status`. A request whose
 * component unmounts is abandoned, so it never holds the page's one window. Must be inside an `IamportProvider`.
 * @throws {Error} at render when there is no `IamportProvider` above.
 */
export function useBillingKey(options: UseBillingKeyOptions = {}): UseBillingKeyValue {
  return useRequestController(useIamportContext('useBillingKey'), options.verify);
}

/** True while a request is loading the SDK, has the window open, or is being verified. */
export function isBillingKeyBusy(status: BillingKeyStatus): boolean {
  return status === 'loading' || status === 'pending' || status === 'verifying';
}

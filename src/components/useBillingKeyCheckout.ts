import type { BillingKeyResult } from '../core/outcome/v1-result';
import type { BillingKeyRequest } from '../core/request/v1-types';
import { useCheckoutHook, type CheckoutHookOptions, type CheckoutHookValue } from './method-page/Checkout';
import { V1_METHOD_PAGE, type CheckoutMethod, type CheckoutSharedRequest } from './method-page/v1-binding';

/** Options of the v1 {@link useBillingKeyCheckout}: the picker's, the consent's settings, `verify` and the shared request fields. */
export interface UseBillingKeyCheckoutOptions
  extends CheckoutHookOptions<CheckoutMethod, BillingKeyResult>, CheckoutSharedRequest {}

/** What the v1 {@link useBillingKeyCheckout} returns. */
export type UseBillingKeyCheckoutValue = CheckoutHookValue<CheckoutMethod, BillingKeyRequest, BillingKeyResult>;

/**
 * `BillingKeyCheckout` without its look: the picker's state and radio props, the consent's state, and `request()` for
 * the chosen method (call it from a click handler). A request while a required consent is not ticked rejects
 * `INVALID_PARAMS` on `consent` and opens nothing. Must be inside an `IamportProvider`.
 * @throws {Error} at render when there is no `IamportProvider` above.
 */
export function useBillingKeyCheckout(options: UseBillingKeyCheckoutOptions): UseBillingKeyCheckoutValue {
  return useCheckoutHook(V1_METHOD_PAGE, options);
}

import type { V2BillingKeyResult } from '../../core/outcome/v2-result';
import type { V2BillingKeyRequest } from '../../core/request/v2-types';
import { useCheckoutHook, type CheckoutHookOptions, type CheckoutHookValue } from '../method-page/Checkout';
import { V2_METHOD_PAGE, type CheckoutMethod, type CheckoutSharedRequest } from '../method-page/v2-binding';

/** Options of the v2 {@link useBillingKeyCheckout}: the picker's, the consent's settings, `verify` and the shared request fields. */
export interface UseBillingKeyCheckoutOptions
  extends CheckoutHookOptions<CheckoutMethod, V2BillingKeyResult>, CheckoutSharedRequest {}

/** What the v2 {@link useBillingKeyCheckout} returns. */
export type UseBillingKeyCheckoutValue = CheckoutHookValue<CheckoutMethod, V2BillingKeyRequest, V2BillingKeyResult>;

/**
 * The v2 `BillingKeyCheckout` without its look: the picker's state and radio props, the consent's state, and
 * `request()` for the chosen method (call it from a click handler). A request while a required consent is not ticked
 * rejects `INVALID_PARAMS` on `consent` and opens nothing. Must be inside a `PortOneProvider`.
 * @throws {Error} at render when there is no `PortOneProvider` above.
 */
export function useBillingKeyCheckout(options: UseBillingKeyCheckoutOptions): UseBillingKeyCheckoutValue {
  return useCheckoutHook(V2_METHOD_PAGE, options);
}

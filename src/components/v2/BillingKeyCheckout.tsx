import type { V2BillingKeyResult } from '../../core/outcome/v2-result';
import type { V2BillingKeyRequest } from '../../core/request/v2-types';
import {
  Checkout,
  useCheckoutHook,
  type CheckoutDivProps,
  type CheckoutHookOptions,
  type CheckoutHookValue,
  type CheckoutOwnProps,
} from '../method-page/Checkout';
import { V2_METHOD_PAGE, type CheckoutMethod } from '../method-page/v2-binding';

/** The request fields every method of a v2 checkout shares (`customer`, `issueName`…); a method's own win. */
export type CheckoutSharedRequest = Partial<Omit<V2BillingKeyRequest, 'pg' | 'channelKey' | 'billingKeyMethod'>>;

/** Props of the v2 {@link BillingKeyCheckout}: the methods, consent, callbacks, shared request fields and `<div>` attributes. */
export interface BillingKeyCheckoutProps
  extends
    CheckoutOwnProps<CheckoutMethod, V2BillingKeyResult>,
    CheckoutSharedRequest,
    Omit<CheckoutDivProps, keyof CheckoutSharedRequest> {}

/**
 * One checkout offering several v2 methods (each its own `pg` and `channelKey`): the same picker, notice, consent and
 * register button as v1's, over `PortOne.requestIssueBillingKey`; PayPal's own button for a `paypal_v2` method. The
 * shared props (`customer`, `verify`…) go to the chosen method; `result.pg` is its PG and `result.consent` the consent
 * given. Must be inside a `PortOneProvider`; never throws on odd props.
 */
export function BillingKeyCheckout(props: BillingKeyCheckoutProps) {
  return <Checkout binding={V2_METHOD_PAGE} props={props} />;
}

/** Options of the v2 {@link useBillingKeyCheckout}. */
export interface UseBillingKeyCheckoutOptions
  extends CheckoutHookOptions<CheckoutMethod, V2BillingKeyResult>, CheckoutSharedRequest {}

/** What the v2 {@link useBillingKeyCheckout} returns. */
export type UseBillingKeyCheckoutValue = CheckoutHookValue<CheckoutMethod, V2BillingKeyRequest, V2BillingKeyResult>;

/**
 * The v2 `BillingKeyCheckout` without its look; `request()` while a required consent is not ticked rejects
 * `INVALID_PARAMS` on `consent` and opens nothing.
 * @throws {Error} at render when there is no `PortOneProvider` above.
 */
export function useBillingKeyCheckout(options: UseBillingKeyCheckoutOptions): UseBillingKeyCheckoutValue {
  return useCheckoutHook(V2_METHOD_PAGE, options);
}

export type { CheckoutMethod };

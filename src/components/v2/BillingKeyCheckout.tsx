import type { V2BillingKeyResult } from '../../core/outcome/v2-result';
import { Checkout, type CheckoutProps } from '../method-page/Checkout';
import { V2_METHOD_PAGE, type CheckoutMethod, type CheckoutSharedRequest } from '../method-page/v2-binding';

export type { CheckoutMethod, CheckoutSharedRequest } from '../method-page/v2-binding';
export { useBillingKeyCheckout } from './useBillingKeyCheckout';
export type { UseBillingKeyCheckoutOptions, UseBillingKeyCheckoutValue } from './useBillingKeyCheckout';

/** Props of the v2 {@link BillingKeyCheckout}: the methods, consent, callbacks, shared request fields and `<div>` attributes. */
export type BillingKeyCheckoutProps = CheckoutProps<CheckoutMethod, CheckoutSharedRequest, V2BillingKeyResult>;

/**
 * One checkout offering several v2 methods (each its own `pg` and `channelKey`): the same picker, notice, consent and
 * register button as v1's, over `PortOne.requestIssueBillingKey`; PayPal's own button for a `paypal_v2` method. The
 * shared props (`customer`, `verify`…) go to the chosen method; `result.pg` is its PG and `result.consent` the consent
 * given. Must be inside a `PortOneProvider`; never throws on odd props.
 */
export function BillingKeyCheckout(props: BillingKeyCheckoutProps) {
  return <Checkout binding={V2_METHOD_PAGE} props={props} />;
}

import type { BillingKeyResult } from '../core/outcome/v1-result';
import { Checkout, type CheckoutProps } from './method-page/Checkout';
import { V1_METHOD_PAGE, type CheckoutMethod, type CheckoutSharedRequest } from './method-page/v1-binding';

export type { CheckoutMethod, CheckoutSharedRequest } from './method-page/v1-binding';
export { useBillingKeyCheckout } from './useBillingKeyCheckout';
export type { UseBillingKeyCheckoutOptions, UseBillingKeyCheckoutValue } from './useBillingKeyCheckout';

/** Props of {@link BillingKeyCheckout}: the methods, the consent, the callbacks, the shared request fields and `<div>` attributes. */
export type BillingKeyCheckoutProps = CheckoutProps<CheckoutMethod, CheckoutSharedRequest, BillingKeyResult>;

/**
 * One checkout offering several v1 methods (card, Kakao Pay, Naver Pay…, each its own `pg` / `channelKey`): the method
 * picker (a radio group), the chosen method's `PgNotice`, the recurring-payment consent, and one register button, or
 * PayPal's own button for a `paypal_v2` method. The shared props (`customerUid`, `buyer`, `amount`, `verify`…) go to
 * the chosen method; `result.pg` is its PG and `result.consent` the consent given. While a required consent is not
 * ticked the button is disabled and says why; while a window is open the choice is locked (one request at a time, the
 * answer belongs to the method that opened it). Must be inside an `IamportProvider`; never throws on odd props.
 */
export function BillingKeyCheckout(props: BillingKeyCheckoutProps) {
  return <Checkout binding={V1_METHOD_PAGE} props={props} />;
}

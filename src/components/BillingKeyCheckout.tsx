import type { BillingKeyResult } from '../core/outcome/v1-result';
import type { BillingKeyRequest } from '../core/request/v1-types';
import {
  Checkout,
  useCheckoutHook,
  type CheckoutDivProps,
  type CheckoutHookOptions,
  type CheckoutHookValue,
  type CheckoutOwnProps,
} from './method-page/Checkout';
import { V1_METHOD_PAGE, type CheckoutMethod } from './method-page/v1-binding';

/** The request fields every method of a v1 checkout shares (`customerUid`, `buyer`, `amount`…); a method's own win. */
export type CheckoutSharedRequest = Partial<Omit<BillingKeyRequest, 'pg' | 'channelKey' | 'payMethod'>>;

/** Props of {@link BillingKeyCheckout}: the methods, the consent, the callbacks, the shared request fields and `<div>` attributes. */
export interface BillingKeyCheckoutProps
  extends
    CheckoutOwnProps<CheckoutMethod, BillingKeyResult>,
    CheckoutSharedRequest,
    Omit<CheckoutDivProps, keyof CheckoutSharedRequest> {}

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

export type { CheckoutMethod };

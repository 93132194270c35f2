import type { ReactNode } from 'react';
import type { RequestEnvironment } from '../../core/flows/request-controller';
import type { BillingKeyError } from '../../core/vocabulary/errors';
import type { VerifyBillingKey } from '../../core/outcome/outcome';
import type { MethodBase, MethodBinding } from '../../react/method-page/methods';
import type { RequestReading } from '../request-props';

/**
 * The props the checkout gives a PayPal RT method's component: the method's request fields that DESIGN.md's
 * `PayPalBillingButton` takes (v1 `pg`, `channelKey`, `customerUid`, `merchantUid`, `name`, `customerId`, `buyer`,
 * `params`; v2 `pg`, `channelKey`, `issueId`, `issueName`, `displayAmount`, `currency`, `customer`, `params`; never
 * `amount`), the callbacks, and the checkout's `verify` when it has one. The generation's `PayPalBillingButton` has
 * this shape.
 */
export interface PayPalButtonProps<TResult> {
  readonly [field: string]: unknown;
  onSuccess: (result: TResult) => void;
  onFailure: (error: BillingKeyError) => void;
}

/** A component that renders PayPal RT's button from {@link PayPalButtonProps} (`PayPalBillingButton`). */
export type PayPalButtonComponent<TResult> = (props: PayPalButtonProps<TResult>) => ReactNode;

/**
 * What every method of a checkout adds to its request fields (each entry's `CheckoutMethod` is its request's fields
 * and these): an id, a name, and its `pg`, PayPal RT's (`paypal_v2`, `paypal_v2.<MID>`) included.
 */
export interface MethodFields<TPg> extends MethodBase {
  /** The method's PG; `paypal_v2` (or `paypal_v2.<MID>`) is PayPal RT, which renders PayPal's own button. */
  pg: TPg | 'paypal_v2' | `paypal_v2.${string}`;
}

/**
 * One generation's half of the payment-method page: how it reads methods and requests (the keys and notice its
 * `BillingKeyButton` reads too), its provider's request environment, and its PayPal RT component. The page's components and hooks are written once over this.
 */
export interface GenerationBinding<TMethod extends MethodBase, TRequest, TResult, TSdk>
  extends MethodBinding<TMethod, TRequest>, RequestReading<TRequest> {
  /** The provider's request environment. @throws {Error} at render without the generation's provider. */
  useEnvironment: (hook: string) => RequestEnvironment<TRequest, TResult, TSdk>;
  /** The provider's `verify`, or `undefined` (also without a provider: the saved list works without one). */
  useProviderVerify: () => VerifyBillingKey<TResult> | undefined;
  /** The request fields PayPal RT's component takes (`amount` is not one of them). */
  readonly payPalKeys: readonly string[];
  /** The generation's `PayPalBillingButton`, once the entry has one; a checkout's `payPalButton` prop wins. */
  PayPal?: PayPalButtonComponent<TResult> | undefined;
}

import type { ReactNode } from 'react';
import type { RequestEnvironment } from '../../core/flows/request-controller';
import type { BillingKeyError } from '../../core/vocabulary/errors';
import type { VerifyBillingKey } from '../../core/outcome/outcome';
import type { PgRules } from '../../core/rules/v1-pg-lookup';
import type { MethodBase, MethodBinding } from '../../react/method-page/methods';

/** What the checkout hands to a PayPal RT method's component (the generation's `PayPalBillingButton`). */
export interface PayPalSlotProps<TRequest, TResult> {
  /** The method's request with the shared fields (the component takes only the fields it knows). */
  request: TRequest;
  onSuccess: (result: TResult) => void;
  onFailure: (error: BillingKeyError) => void;
  verify?: VerifyBillingKey<TResult> | undefined;
}

/**
 * One generation's half of the payment-method page: how it reads methods, its provider's request environment, its
 * `PgNotice`, and its PayPal RT component. The page's components and hooks are written once over this.
 */
export interface GenerationBinding<TMethod extends MethodBase, TRequest, TResult, TSdk> extends MethodBinding<TMethod, TRequest> {
  /** The provider's request environment. @throws {Error} at render without the generation's provider. */
  useEnvironment: (hook: string) => RequestEnvironment<TRequest, TResult, TSdk>;
  /** True when the request's PG has something to tell the buyer before the window opens. */
  hasNotice: (request: TRequest, extraRules: PgRules | undefined) => boolean;
  /** The provider's `verify`, or `undefined` (also without a provider: the saved list works without one). */
  useProviderVerify: () => VerifyBillingKey<TResult> | undefined;
  /** The chosen method's notice for the buyer (the generation's `PgNotice`). */
  Notice: (props: { request: TRequest; id: string }) => ReactNode;
  /** Renders PayPal RT's own button for a `paypal_v2` method; `undefined` where the entry has none. */
  PayPal?: ((props: PayPalSlotProps<TRequest, TResult>) => ReactNode) | undefined;
}

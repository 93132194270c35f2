import { useContext } from 'react';
import type { V2BillingKeyResult } from '../../core/outcome/v2-result';
import type { PortOneSdk } from '../../core/page/v2-sdk';
import type { V2BillingKeyRequest } from '../../core/request/v2-types';
import { getV2PgRule, type V2PgCode } from '../../core/rules/v2-pg-rules';
import { pgCodeOf } from '../../core/vocabulary/pg-code';
import { PortOneContext, usePortOneContext } from '../../react/v2/portone-context';
import { PayPalBillingButton, type PayPalBillingButtonProps } from '../v2/PayPalBillingButton';
import { V2_REQUEST } from '../v2-request';
import type { GenerationBinding, MethodFields } from './binding';

/**
 * One method of a v2 checkout: an `id`, an optional `label` (default the easy-pay brand, `카카오페이`, or what it pays
 * with, `카드`, in the locale), and what that method's `BillingKeyButton` would take (`pg`, `channelKey`,
 * `billingKeyMethod`, `params`…). A `pg` of `paypal_v2` (or `paypal_v2.<MID>`) is PayPal RT.
 */
export interface CheckoutMethod extends Partial<Omit<V2BillingKeyRequest, 'pg'>>, MethodFields<V2PgCode> {}

/** The request fields every method of a v2 checkout shares (`customer`, `issueName`…); a method's own win. */
export type CheckoutSharedRequest = Partial<Omit<V2BillingKeyRequest, 'pg' | 'channelKey' | 'billingKeyMethod'>>;

/** The v2 half of the payment-method page. */
export const V2_METHOD_PAGE: GenerationBinding<CheckoutMethod, V2BillingKeyRequest, V2BillingKeyResult, PortOneSdk> = {
  describe: (method) => ({
    pgCode: pgCodeOf(method.pg),
    method: method.billingKeyMethod ?? getV2PgRule(method.pg)?.methods[0],
  }),
  ...V2_REQUEST,
  payPalKeys: ['pg', 'channelKey', 'issueId', 'issueName', 'displayAmount', 'currency', 'customer', 'params'],
  // The checkout hands over the method's own fields; the button checks them at mount (a missing one is
  // INVALID_PARAMS through onFailure), so the seam's loose props are safe here.
  PayPal: (props) => <PayPalBillingButton {...(props as unknown as PayPalBillingButtonProps)} />,
  useEnvironment: usePortOneContext,
  useProviderVerify: () => useContext(PortOneContext)?.verify,
};

import { useContext } from 'react';
import type { BillingKeyResult } from '../../core/outcome/v1-result';
import type { IamportSdk } from '../../core/page/v1-sdk';
import type { BillingKeyRequest } from '../../core/request/v1-types';
import { firstMethod, getPgRule, payMethodOf, pgCodeOf, type PgId } from '../../core/rules/v1-pg-lookup';
import { IamportContext, useIamportContext } from '../../react/iamport-context';
import { PayPalBillingButton, type PayPalBillingButtonProps } from '../PayPalBillingButton';
import { V1_REQUEST } from '../v1-request';
import type { GenerationBinding, MethodFields } from './binding';

/**
 * One method of a v1 checkout: an `id`, an optional `label` (default the easy-pay brand, `카카오페이`, or what it pays
 * with, `카드`, in the locale), and what that method's `BillingKeyButton` would take (`pg`, `channelKey`, `payMethod`,
 * `params`…). A `pg` of `paypal_v2` (or `paypal_v2.<MID>`) is PayPal RT.
 */
export interface CheckoutMethod extends Partial<Omit<BillingKeyRequest, 'pg'>>, MethodFields<PgId> {}

/** The request fields every method of a v1 checkout shares (`customerUid`, `buyer`, `amount`…); a method's own win. */
export type CheckoutSharedRequest = Partial<Omit<BillingKeyRequest, 'pg' | 'channelKey' | 'payMethod'>>;

/** The v1 half of the payment-method page. */
export const V1_METHOD_PAGE: GenerationBinding<CheckoutMethod, BillingKeyRequest, BillingKeyResult, IamportSdk> = {
  describe(method, extraRules) {
    const rule = getPgRule(method.pg, extraRules);
    return {
      pgCode: pgCodeOf(method.pg),
      method: rule ? (payMethodOf(rule, method.payMethod) ?? firstMethod(rule)) : method.payMethod,
    };
  },
  ...V1_REQUEST,
  payPalKeys: ['pg', 'channelKey', 'customerUid', 'merchantUid', 'name', 'customerId', 'buyer', 'params'],
  // The checkout hands over the method's own fields; the button checks them at mount (a missing one is
  // INVALID_PARAMS through onFailure), so the seam's loose props are safe here.
  PayPal: (props) => <PayPalBillingButton {...(props as unknown as PayPalBillingButtonProps)} />,
  useEnvironment: useIamportContext,
  useProviderVerify: () => useContext(IamportContext)?.verify,
};

import { useContext } from 'react';
import type { BillingKeyResult } from '../../core/outcome/v1-result';
import type { IamportSdk } from '../../core/page/v1-sdk';
import type { BillingKeyRequest } from '../../core/request/v1-types';
import { getPgNotices } from '../../core/rules/v1-notices';
import { firstMethod, getPgRule, payMethodOf, pgCodeOf, type PgId } from '../../core/rules/v1-pg-lookup';
import { IamportContext, useIamportContext } from '../../react/iamport-context';
import { currencyOf } from '../v1-notice';
import { PayPalBillingButton, type PayPalBillingButtonProps } from '../PayPalBillingButton';
import { PgNotice } from '../PgNotice';
import { V1_REQUEST_KEYS } from '../request-props';
import type { GenerationBinding } from './binding';

/**
 * One method of a v1 checkout: an id, an optional name, and what that method's `BillingKeyButton` would take (`pg`,
 * `channelKey`, `payMethod`, `params`…). A `pg` of `paypal_v2` (or `paypal_v2.<MID>`) is PayPal RT.
 */
export interface CheckoutMethod extends Partial<Omit<BillingKeyRequest, 'pg'>> {
  /** Unique among the checkout's methods; what `value`, `defaultValue` and `onChange` speak of. */
  id: string;
  /** The name in the picker; default the easy-pay brand (`카카오페이`) or what it pays with (`카드`), in the locale. */
  label?: string;
  pg: PgId | 'paypal_v2' | `paypal_v2.${string}`;
}

function useIamportVerify() {
  return useContext(IamportContext)?.verify;
}

/** The v1 half of the payment-method page. */
export const V1_METHOD_PAGE: GenerationBinding<CheckoutMethod, BillingKeyRequest, BillingKeyResult, IamportSdk> = {
  requestKeys: V1_REQUEST_KEYS,
  payPalKeys: ['pg', 'channelKey', 'customerUid', 'merchantUid', 'name', 'customerId', 'buyer', 'params'],
  describe(method, extraRules) {
    const rule = getPgRule(method.pg, extraRules);
    return {
      pgCode: pgCodeOf(method.pg),
      method: rule ? (payMethodOf(rule, method.payMethod) ?? firstMethod(rule)) : method.payMethod,
    };
  },
  // The checkout hands over the method's own fields; the button checks them at mount (a missing one is
  // INVALID_PARAMS through onFailure), so the seam's loose props are safe here.
  PayPal: (props) => <PayPalBillingButton {...(props as unknown as PayPalBillingButtonProps)} />,
  useEnvironment: useIamportContext,
  useProviderVerify: useIamportVerify,
  hasNotice: (request, extraRules) => getPgNotices(request.pg, request.amount, request.payMethod, extraRules).length > 0,
  Notice: ({ request, id }) => (
    <PgNotice
      id={id}
      pg={request.pg}
      amount={request.amount}
      payMethod={request.payMethod}
      currency={currencyOf(request.params)}
    />
  ),
};

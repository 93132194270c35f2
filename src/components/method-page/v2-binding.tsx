import { useContext } from 'react';
import type { V2BillingKeyResult } from '../../core/outcome/v2-result';
import type { PortOneSdk } from '../../core/page/v2-sdk';
import type { V2BillingKeyRequest } from '../../core/request/v2-types';
import { getV2PgNotices } from '../../core/rules/v2-notices';
import { getV2PgRule, type V2PgCode } from '../../core/rules/v2-pg-rules';
import { pgCodeOf } from '../../core/vocabulary/pg-code';
import { PortOneContext, usePortOneContext } from '../../react/v2/portone-context';
import type { GenerationBinding } from './binding';
import { V2_REQUEST_KEYS } from '../v2/request-keys';
import { PayPalBillingButton, type PayPalBillingButtonProps } from '../v2/PayPalBillingButton';
import { PgNotice } from '../v2/PgNotice';

/**
 * One method of a v2 checkout: an id, an optional name, and what that method's `BillingKeyButton` would take (`pg`,
 * `channelKey`, `billingKeyMethod`, `params`…). A `pg` of `paypal_v2` (or `paypal_v2.<MID>`) is PayPal RT.
 */
export interface CheckoutMethod extends Partial<Omit<V2BillingKeyRequest, 'pg'>> {
  /** Unique among the checkout's methods; what `value`, `defaultValue` and `onChange` speak of. */
  id: string;
  /** The name in the picker; default the easy-pay brand (`카카오페이`) or what it pays with (`카드`), in the locale. */
  label?: string;
  pg: V2PgCode | 'paypal_v2' | `paypal_v2.${string}`;
}

function usePortOneVerify() {
  return useContext(PortOneContext)?.verify;
}

/** The v2 half of the payment-method page. */
export const V2_METHOD_PAGE: GenerationBinding<CheckoutMethod, V2BillingKeyRequest, V2BillingKeyResult, PortOneSdk> = {
  requestKeys: V2_REQUEST_KEYS,
  payPalKeys: ['pg', 'channelKey', 'issueId', 'issueName', 'displayAmount', 'currency', 'customer', 'params'],
  // The checkout hands over the method's own fields; the button checks them at mount (a missing one is
  // INVALID_PARAMS through onFailure), so the seam's loose props are safe here.
  PayPal: (props) => <PayPalBillingButton {...(props as unknown as PayPalBillingButtonProps)} />,
  describe: (method) => ({
    pgCode: pgCodeOf(method.pg),
    method: method.billingKeyMethod ?? getV2PgRule(method.pg)?.methods[0],
  }),
  useEnvironment: usePortOneContext,
  useProviderVerify: usePortOneVerify,
  hasNotice: (request) => getV2PgNotices(request.pg, request.displayAmount, undefined, request.payment).length > 0,
  Notice: ({ request, id }) => (
    <PgNotice
      id={id}
      pg={request.pg}
      displayAmount={request.displayAmount}
      currency={request.currency}
      payment={request.payment}
    />
  ),
};

import { PAYPAL_PG, PAYPAL_RT_RULE } from '../rules/paypal-rules';
import { pgCodeOf } from '../rules/v1-pg-lookup';
import type { RequestPayParams } from '../vocabulary/v1-wire';
import { createCheck, type Check } from './check';
import { prepareRequest, type PrepareContext } from './v1-request';
import type { BillingKeyRequest } from './v1-types';

/**
 * What a v1 PayPal RT request asks for (`IMP.loadUI('paypal-rt', …)`, docs: opi/ko/integration/pg/v1/rt/readme): the
 * fields of `BillingKeyRequest` that PayPal's request takes. `pay_method: 'paypal'` is always sent; no amount is charged.
 */
export interface PayPalRequest extends Pick<BillingKeyRequest, 'customerUid' | 'customerId' | 'name' | 'merchantUid' | 'buyer'> {
  /** The console's channel key for PayPal (`channel-key-…`); required unless `pg` names the channel. */
  channelKey?: string;
  /** Optional: `'paypal_v2'` or `'paypal_v2.<MID>'` (PortOne's pages mark `pg` deprecated for PayPal: prefer `channelKey`). */
  pg?: string;
  /** Any other `loadUI` field (`notice_url`, `custom_data`…); a field the library builds is `INVALID_PARAMS`. */
  params?: Record<string, unknown>;
}

/** A validated v1 PayPal request. */
export interface PreparedPayPalRequest {
  /** What goes to `IMP.loadUI('paypal-rt', …)` and `IMP.updateLoadUIRequest`. */
  params: RequestPayParams;
  merchantUid: string;
  customerUid: string;
}

/**
 * Validates a v1 PayPal RT request with the window's kit (PayPal's own rule) and builds `loadUI`'s params. Nothing is
 * loaded or stored. `context.createMerchantUid` gives the attempt's id when the request names none.
 * @throws {BillingKeyError} `INVALID_PARAMS`, with `field` naming the prop.
 */
export function preparePayPalRequest(request: PayPalRequest, context: PrepareContext): PreparedPayPalRequest {
  const dev = process.env.NODE_ENV !== 'production';
  const check: Check = createCheck(context.messages);
  const given = (request as Partial<PayPalRequest> | null | undefined) ?? {};
  const { pg = PAYPAL_PG, channelKey } = given;
  check(
    pgCodeOf(pg) === PAYPAL_PG,
    'pg',
    dev && `must be '${PAYPAL_PG}' or '${PAYPAL_PG}.<MID>' for PayPalBillingButton (or left out)`,
  );
  check(
    channelKey !== undefined || given.pg !== undefined,
    'channelKey',
    dev && "is required (PayPal's channel key in the PortOne console)",
  );
  const prepared = prepareRequest(
    { ...given, pg: pg as BillingKeyRequest['pg'], payMethod: 'paypal', customerUid: given.customerUid as string },
    { ...context, currentUrl: undefined, extraRules: { [PAYPAL_PG]: PAYPAL_RT_RULE } },
  );
  return { params: prepared.params, merchantUid: prepared.merchantUid, customerUid: prepared.customerUid };
}

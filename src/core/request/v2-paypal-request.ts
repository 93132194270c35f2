import { PAYPAL_PG, V2_PAYPAL_RT_RULE } from '../rules/paypal-rules';
import type { V2PgCode } from '../rules/v2-pg-rules';
import type { Customer, LoadIssueBillingKeyUIExtras, LoadIssueBillingKeyUIParams, V2Currency } from '../vocabulary/v2-wire';
import { createCheck, type Check } from './check';
import { isPlainObject } from './fields';
import { prepareV2Request, type V2PrepareContext } from './v2-request';

/** `params` fields `loadIssueBillingKeyUI` takes (SDK 0.1.11); anything else is `INVALID_PARAMS`. */
const UI_EXTRA_PARAM_KEYS = ['locale', 'customData', 'appScheme', 'noticeUrls', 'productType', 'bypass'];

/**
 * What a v2 PayPal RT request asks for (`PortOne.loadIssueBillingKeyUI({ uiType: 'PAYPAL_RT' })`, docs:
 * opi/ko/integration/pg/v2/paypal-v2). `billingKeyMethod: 'PAYPAL'` is always sent; `uiType` and `storeId` are the
 * library's.
 */
export interface PayPalV2Request {
  /** The console's channel key for PayPal (`channel-key-…`). Required. */
  channelKey: string;
  /** Optional: `'paypal_v2'`. */
  pg?: 'paypal_v2';
  /** Default: a new id for every attempt. */
  issueId?: string;
  /** The order name; default from the locale. */
  issueName?: string;
  /** An amount PayPal's window shows, in the currency's smallest unit (USD: cents); nothing is charged. */
  displayAmount?: number;
  /** The currency of `displayAmount`; default `'KRW'` when `displayAmount` is given. */
  currency?: V2Currency;
  customer?: Customer;
  /** Any other field of `loadIssueBillingKeyUI`. */
  params?: LoadIssueBillingKeyUIExtras;
}

/** A validated v2 PayPal request. */
export interface PreparedPayPalV2Request {
  /** What goes to `loadIssueBillingKeyUI` and `updateLoadIssueBillingKeyUIRequest`. */
  params: LoadIssueBillingKeyUIParams;
  issueId: string;
}

/**
 * Validates a v2 PayPal RT request with the window's kit (PayPal's own rule) and builds `loadIssueBillingKeyUI`'s
 * request. Nothing is loaded or stored. `context.createIssueId` gives the attempt's id when the request names none.
 * @throws {BillingKeyError} `INVALID_PARAMS`, with `field` naming the prop.
 */
export function preparePayPalV2Request(request: PayPalV2Request, context: V2PrepareContext): PreparedPayPalV2Request {
  const dev = process.env.NODE_ENV !== 'production';
  const check: Check = createCheck(context.messages);
  const given: Partial<PayPalV2Request> = isPlainObject(request) ? request : {};
  check(given.pg === undefined || given.pg === PAYPAL_PG, 'pg', dev && `must be '${PAYPAL_PG}' (or left out)`);
  const extras: Record<string, unknown> = isPlainObject(given.params) ? given.params : {};
  for (const key of Object.keys(extras)) {
    // uiType and storeId are the library's; the window's fields (windowType, card…) are not PayPal's.
    check(UI_EXTRA_PARAM_KEYS.includes(key), `params.${key}`, dev && 'is not a field of loadIssueBillingKeyUI (PayPal RT)');
  }
  const prepared = prepareV2Request(
    {
      ...given,
      pg: PAYPAL_PG as V2PgCode,
      channelKey: given.channelKey as string,
      billingKeyMethod: 'PAYPAL',
      params: extras,
    },
    { ...context, currentUrl: undefined, flowRule: { pg: PAYPAL_PG, rule: V2_PAYPAL_RT_RULE } },
  );
  const { storeId, channelKey, issueId, issueName, displayAmount, currency, customer, ...rest } = prepared.params;
  const params: LoadIssueBillingKeyUIParams = {
    uiType: 'PAYPAL_RT',
    storeId,
    channelKey,
    billingKeyMethod: 'PAYPAL',
    issueId,
    issueName,
    displayAmount,
    currency,
    customer,
    ...(rest as LoadIssueBillingKeyUIExtras),
  };
  for (const key of Object.keys(params) as (keyof LoadIssueBillingKeyUIParams)[]) {
    if (params[key] === undefined) delete params[key];
  }
  return { params, issueId };
}

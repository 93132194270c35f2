import type { PgRule } from './v1-pg-rule';
import type { V2PgRule } from './v2-pg-rule';

/**
 * PayPal RT (reference transactions, `paypal_v2`): PortOne renders PayPal's own button into a `.portone-ui-container`
 * and answers through a callback (docs: opi/ko/integration/pg/v1/rt/readme, opi/ko/integration/pg/v2/paypal-v2). Its
 * rules live apart from the window tables, so `BillingKeyButton pg="paypal_v2"` stays refused (with a hint naming
 * `PayPalBillingButton`) while `PayPalBillingButton` validates through the same kit as every window.
 */

/** The v1 rule (`IMP.loadUI('paypal-rt', …)`): key only, `pay_method: 'paypal'`, the callback on every device. */
export const PAYPAL_RT_RULE: PgRule = {
  status: 'live',
  // "빌링키 발급 시에는 결제가 이루어지지 않습니다": the amount is not part of loadUI's request.
  methods: { paypal: { zeroAmount: 'key-only', positiveAmount: 'display-only' } },
  payMethodDefault: 'first',
  // loadUI answers through its callback; m_redirect_url is not used.
  delivery: { pc: 'callback', mobile: 'callback' },
  mid: 'optional',
  requiredBuyerFields: [],
};

/** The v2 rule (`PortOne.loadIssueBillingKeyUI({ uiType: 'PAYPAL_RT' })`): `PAYPAL` keys, the callbacks on every device. */
export const V2_PAYPAL_RT_RULE: V2PgRule = {
  methods: ['PAYPAL'],
  required: [],
  delivery: { pc: 'callback', mobile: 'callback' },
};

/** The PG code PayPal RT has in both generations. */
export const PAYPAL_PG = 'paypal_v2';

import { toOutcome } from '../outcome/v1-outcome';
import type { BillingKeyResult } from '../outcome/v1-result';
import { ensureInit, type IamportSdk } from '../page/v1-sdk';
import { preparePayPalRequest, type PayPalRequest } from '../request/v1-paypal-request';
import { PAYPAL_RT_RULE } from '../rules/paypal-rules';
import type { RequestPayParams } from '../vocabulary/v1-wire';
import type { PayPalProtocol } from './paypal-controller';
import { IAMPORT } from './v1-protocol';

const UI_TYPE = 'paypal-rt';

type IamportPayPal = PayPalProtocol<PayPalRequest, BillingKeyResult, IamportSdk, RequestPayParams>;

/**
 * The v1 PayPal RT protocol: `IMP.loadUI('paypal-rt', params, callback)` once, `IMP.updateLoadUIRequest('paypal-rt',
 * params)` for every change (docs: opi/ko/integration/pg/v1/rt/readme). The callback is `request_pay`'s, read by the
 * same outcome rules. `userCode` is read when PayPal's button is rendered (the provider's of the moment).
 */
export function createIamportPayPal(userCode: () => string): IamportPayPal {
  return {
    ...IAMPORT,
    prepare(request, messages, ids) {
      const context = { messages, isCompletedMerchantUid: ids.isCompleted, createMerchantUid: ids.create };
      const { params, merchantUid, customerUid } = preparePayPalRequest(request, context);
      const pg = typeof params.pg === 'string' ? params.pg : 'paypal_v2';
      return {
        id: merchantUid,
        params,
        outcome: (answer) =>
          toOutcome(
            'response' in answer ? answer.response : answer.error,
            { customerUid, merchantUid, pg, amount: 0, payMethod: 'paypal', rule: PAYPAL_RT_RULE },
            messages,
          ),
      };
    },
    load(sdk, params, answer) {
      if (typeof sdk.loadUI !== 'function') return false;
      ensureInit(sdk, userCode());
      sdk.loadUI(UI_TYPE, params, (response) => answer({ response }));
      return true;
    },
    update(sdk, params) {
      sdk.updateLoadUIRequest?.(UI_TYPE, params);
    },
  };
}

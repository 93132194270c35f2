import { rejectionToV2Outcome, toV2Outcome } from '../outcome/v2-outcome';
import type { V2BillingKeyResult } from '../outcome/v2-result';
import { isMobileBrowser } from '../page/device';
import type { PortOneSdk } from '../page/v2-sdk';
import { preparePayPalV2Request, type PayPalV2Request } from '../request/v2-paypal-request';
import { PAYPAL_PG, V2_PAYPAL_RT_RULE } from '../rules/paypal-rules';
import type { LoadIssueBillingKeyUIParams } from '../vocabulary/v2-wire';
import type { PayPalProtocol } from './paypal-controller';
import { PORTONE } from './v2-protocol';

type PortOnePayPal = PayPalProtocol<PayPalV2Request, V2BillingKeyResult, PortOneSdk, LoadIssueBillingKeyUIParams>;

/**
 * The v2 PayPal RT protocol: `PortOne.loadIssueBillingKeyUI({ uiType: 'PAYPAL_RT', … }, callbacks)` once and
 * `PortOne.updateLoadIssueBillingKeyUIRequest(…)` for every change (docs: opi/ko/integration/pg/v2/paypal-v2). A
 * failure callback and a rejected load are read like a rejected `requestIssueBillingKey`. `storeId` is read at every
 * preparation (the provider's of the moment).
 */
export function createPortOnePayPal(storeId: () => string): PortOnePayPal {
  return {
    ...PORTONE,
    prepare(request, messages, ids) {
      const { params, issueId } = preparePayPalV2Request(request, {
        messages,
        storeId: storeId(),
        isMobile: isMobileBrowser(),
        isCompletedIssueId: ids.isCompleted,
        createIssueId: ids.create,
      });
      const outcomeRequest = { pg: PAYPAL_PG, issueId, rule: V2_PAYPAL_RT_RULE };
      return {
        id: issueId,
        params,
        outcome: (answer) =>
          'response' in answer
            ? toV2Outcome(answer.response, outcomeRequest, messages)
            : rejectionToV2Outcome(answer.error, outcomeRequest, messages),
      };
    },
    load(sdk, params, answer) {
      if (typeof sdk.loadIssueBillingKeyUI !== 'function') return false;
      const loading = sdk.loadIssueBillingKeyUI(params, {
        onIssueBillingKeySuccess: (response) => answer({ response }),
        onIssueBillingKeyFail: (error) => answer({ error }),
      });
      // A load that fails (no container, a refused request) is PortOne's answer to this attempt.
      Promise.resolve(loading).catch((error: unknown) => answer({ error }));
      return true;
    },
    update(sdk, params) {
      Promise.resolve(sdk.updateLoadIssueBillingKeyUIRequest?.(params)).catch(() => {
        // The next click then answers with what PortOne had; that answer is reported as usual.
      });
    },
  };
}

import { classifySafely, errorFor, failureOf } from '../outcome/outcome';
import type { V2BillingKeyResult } from '../outcome/v2-result';
import { rejectionToV2Outcome, toV2Outcome, v2OutcomeRequestOf } from '../outcome/v2-outcome';
import { isCompleted } from '../page/completed-ids';
import { isMobileBrowser } from '../page/device';
import { createAttemptStore } from '../page/attempt-store';
import { portOneLoader, type PortOneSdk } from '../page/v2-sdk';
import { STORAGE_KEYS } from '../page/session-map';
import type { V2AttemptRecord } from '../request/v2-attempt';
import { V2_FLOWS, type V2Flows } from '../request/v2-first-payment';
import { prepareV2WithRules } from '../request/v2-request';
import { V2_RESULT_QUERY_KEYS } from '../vocabulary/v2-wire';
import type { V2BillingKeyRequest } from '../request/v2-types';
import { V2_PG_RULES, type V2PgRules } from '../rules/v2-pg-rules';
import type { BillingKeyProtocol } from './protocol';
import { createRequestProtocol, newAttemptRecord, type Generation } from './request-protocol';
import { warnAboutLeftOutKeys } from './return-key-warning';
import { warnAboutUnconfirmed, warnAboutV2Request } from './v2-warnings';

/** PortOne v2 (`window.PortOne`), for its protocols (the window's and PayPal's). */
export const PORTONE: Generation<PortOneSdk> = { generation: 'v2', loader: portOneLoader };

/** The settings of one `PortOneProvider` that the v2 flow needs. */
export interface PortOneSettings {
  /** The merchant's PortOne store id (`store-…`), sent with every request. */
  readonly storeId: string;
  /** Rules the merchant added (`pgRules`). */
  readonly extraRules?: V2PgRules | undefined;
}

/** The v2 attempts waiting for a redirect return. */
export const portOneAttempts = /* @__PURE__ */ createAttemptStore<V2AttemptRecord>(STORAGE_KEYS.pendingV2);

type PortOneProtocol = BillingKeyProtocol<V2BillingKeyRequest, V2BillingKeyResult, PortOneSdk, V2AttemptRecord>;

/**
 * {@link createPortOneProtocol} knowing only the PGs in `rules` and the flows in `flows` (a lean provider's) instead of
 * `V2_PG_RULES` and every flow.
 */
export function portOneProtocolWithRules(settings: PortOneSettings, rules: V2PgRules, flows: V2Flows): PortOneProtocol {
  const { storeId, extraRules } = settings;
  return createRequestProtocol(PORTONE, portOneAttempts, (request, messages, pageUrl) => {
    const prepared = prepareV2WithRules(
      request,
      {
        messages,
        storeId,
        currentUrl: pageUrl,
        isMobile: isMobileBrowser(),
        isCompletedIssueId: (issueId) => isCompleted('v2', issueId),
        extraRules,
      },
      rules,
      flows,
    );
    // Development only: production bundles drop the warnings modules with this branch.
    if (process.env.NODE_ENV !== 'production') {
      warnAboutV2Request(prepared);
      if (request.redirectUrl === undefined && prepared.params.redirectUrl !== undefined)
        warnAboutLeftOutKeys(pageUrl, V2_RESULT_QUERY_KEYS, 'redirectUrl');
    }
    const { pg, attemptId, rule, billingKeyMethod, andPayParams } = prepared;
    const record = newAttemptRecord<V2AttemptRecord>(attemptId, {
      pg,
      billingKeyMethod,
      ...(andPayParams !== null && { firstPayment: true }),
    });
    const outcomeRequest = v2OutcomeRequestOf(record, rule);
    return {
      id: attemptId,
      record,
      open(sdk) {
        let answer: Promise<unknown>;
        // Issue-and-pay is looked up when a request needs it: without it this request fails, not the SDK.
        if (andPayParams && typeof sdk.requestIssueBillingKeyAndPay !== 'function') {
          return Promise.resolve(failureOf(errorFor('SDK_LOAD_FAILED', messages)));
        }
        try {
          // Synchronously, while the click handler is still on the stack (popup blockers).
          answer = Promise.resolve(
            andPayParams
              ? sdk.requestIssueBillingKeyAndPay!(andPayParams as Parameters<typeof sdk.requestIssueBillingKeyAndPay & {}>[0])
              : sdk.requestIssueBillingKey(prepared.params),
          );
        } catch (error) {
          return Promise.resolve(rejectionToV2Outcome(error, outcomeRequest, messages));
        }
        return answer.then(
          (response) =>
            response === undefined
              ? undefined
              : classifySafely(response, (value) => toV2Outcome(value, outcomeRequest, messages), messages),
          (error: unknown) => classifySafely(error, (value) => rejectionToV2Outcome(value, outcomeRequest, messages), messages),
        );
      },
      onSuccess:
        process.env.NODE_ENV !== 'production'
          ? (result) => {
              if (result.needsConfirmation && !result.verified) warnAboutUnconfirmed(pg);
            }
          : undefined,
    };
  });
}

/**
 * The v2 protocol: `PortOne.requestIssueBillingKey`, its promise (a response, `undefined` while the browser leaves for a
 * redirect, or a rejection before issuance) and the `redirectUrl` return (docs: opi/ko/integration/start/v2/billing/issue,
 * src/schema/browser-sdk.yml). The return is matched by the library's own `rbk_issue_id` key on `redirectUrl`.
 */
export function createPortOneProtocol(
  settings: PortOneSettings,
): BillingKeyProtocol<V2BillingKeyRequest, V2BillingKeyResult, PortOneSdk, V2AttemptRecord> {
  return portOneProtocolWithRules(settings, V2_PG_RULES, V2_FLOWS);
}

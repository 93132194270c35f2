import { classifySafely } from '../outcome/outcome';
import type { BillingKeyResult } from '../outcome/v1-result';
import { outcomeRequestOf, toOutcome } from '../outcome/v1-outcome';
import { isCompleted } from '../page/completed-ids';
import { noteIssuedKey } from '../page/dev-notes';
import { ensureInit, iamportLoader, type IamportSdk } from '../page/v1-sdk';
import { createAttemptStore } from '../page/attempt-store';
import { STORAGE_KEYS } from '../page/session-map';
import { createCheck, type Check } from '../request/check';
import { isUserCode } from '../request/fields';
import { prepareWithRules } from '../request/v1-request';
import { V1_REDIRECT_QUERY_KEYS } from '../vocabulary/v1-wire';
import type { V1AttemptRecord } from '../request/v1-attempt';
import type { BillingKeyRequest } from '../request/v1-types';
import type { PgRules } from '../rules/v1-pg-lookup';
import { PG_RULES } from '../rules/v1-pg-rules';
import type { BillingKeyProtocol } from './protocol';
import { createRequestProtocol, newAttemptRecord, type Generation } from './request-protocol';
import { warnAboutLeftOutKeys } from './return-key-warning';
import { warnAboutRequest } from './v1-warnings';

/** PortOne v1 (`window.IMP`), for its protocols (the window's and PayPal's). */
export const IAMPORT: Generation<IamportSdk> = { generation: 'v1', loader: iamportLoader };

/** The settings of one `IamportProvider` that the v1 flow needs. */
export interface IamportSettings {
  /** The merchant's PortOne user code (`imp…`), for `IMP.init`. */
  readonly userCode: string;
  /** Rules the merchant added (`pgRules`). */
  readonly extraRules?: PgRules | undefined;
}

/** Development only: what a malformed user code should be. */
export const USER_CODE_DETAIL =
  'must be your PortOne merchant code (가맹점 식별코드, "imp…"): non-blank, without whitespace; a "store-…" id is v2\'s storeId';

/** The v1 attempts waiting for a redirect return. */
export const iamportAttempts = /* @__PURE__ */ createAttemptStore<V1AttemptRecord>(STORAGE_KEYS.pendingV1);

type IamportProtocol = BillingKeyProtocol<BillingKeyRequest, BillingKeyResult, IamportSdk, V1AttemptRecord>;

/** {@link createIamportProtocol} knowing only the PGs in `rules` (a lean provider's) instead of `PG_RULES`. */
export function iamportProtocolWithRules(settings: IamportSettings, rules: PgRules): IamportProtocol {
  const { userCode, extraRules } = settings;
  return createRequestProtocol(IAMPORT, iamportAttempts, (request, messages, pageUrl) => {
    // An unset NEXT_PUBLIC_IMP_CODE must not open a window that IMP.init never set up.
    const check: Check = createCheck(messages);
    check(isUserCode(userCode), 'userCode', process.env.NODE_ENV !== 'production' && USER_CODE_DETAIL);
    const prepared = prepareWithRules(
      request,
      {
        messages,
        currentUrl: pageUrl,
        extraRules,
        isCompletedMerchantUid: (merchantUid) => isCompleted('v1', merchantUid),
      },
      rules,
    );
    // Development only: production bundles drop the warnings modules with this branch.
    if (process.env.NODE_ENV !== 'production') {
      warnAboutRequest(prepared, request);
      if (request.redirectUrl === undefined && prepared.params.m_redirect_url !== undefined)
        warnAboutLeftOutKeys(pageUrl, V1_REDIRECT_QUERY_KEYS, 'redirectUrl (m_redirect_url)');
    }
    const { pg, amount, payMethod, merchantUid, customerUid, rule } = prepared;
    const record = newAttemptRecord<V1AttemptRecord>(merchantUid, { customerUid, pg, amount, payMethod });
    const outcomeRequest = outcomeRequestOf(record, rule);
    return {
      id: merchantUid,
      record,
      open(sdk) {
        ensureInit(sdk, userCode);
        return new Promise((resolve) => {
          sdk.request_pay(prepared.params, (response) =>
            resolve(classifySafely(response, (answer) => toOutcome(answer, outcomeRequest, messages), messages)),
          );
        });
      },
      onSuccess: process.env.NODE_ENV !== 'production' ? (result) => noteIssuedKey(result.customerUid) : undefined,
    };
  });
}

/**
 * The v1 protocol: `IMP.request_pay` with `customer_uid`, the callback answer, and the `m_redirect_url` return
 * (docs: integration/start/v1/non-auth, sdk/ko/v1-sdk/javascript-sdk/payrq and payrt).
 */
export function createIamportProtocol(
  settings: IamportSettings,
): BillingKeyProtocol<BillingKeyRequest, BillingKeyResult, IamportSdk, V1AttemptRecord> {
  return iamportProtocolWithRules(settings, PG_RULES);
}

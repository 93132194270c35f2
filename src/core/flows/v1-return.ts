import type { BillingKeyResult } from '../outcome/v1-result';
import { outcomeRequestOf, toOutcome, type OutcomeRequest } from '../outcome/v1-outcome';
import { readV1Attempt, type V1AttemptRecord } from '../request/v1-attempt';
import { V1_REDIRECT_QUERY_KEYS } from '../vocabulary/v1-wire';
import { getPgRule } from '../rules/v1-pg-lookup';
import type { ReturnProtocol } from './protocol';
import { createReturnProtocol } from './return-protocol';
import { iamportAttempts, type IamportSettings } from './v1-protocol';

/**
 * The v1 return: the result PortOne appends to `m_redirect_url` (`imp_uid`, `merchant_uid`, `imp_success`/`success`,
 * `error_code`, `error_msg`; docs: sdk/ko/v1-sdk/javascript-sdk/payrt), matched to the request remembered before the
 * window opened. Only `useBillingKeyRedirect` creates it, so a page without one does not bundle it.
 */
export function createIamportReturn(
  settings: Pick<IamportSettings, 'extraRules'>,
): ReturnProtocol<BillingKeyResult, V1AttemptRecord> {
  return createReturnProtocol('v1', iamportAttempts, readV1Attempt, V1_REDIRECT_QUERY_KEYS, (query, messages) => {
    const merchantUid = query.merchant_uid;
    // A result carries imp_uid, or a failure signal, together with merchant_uid; a bare merchant_uid is the
    // merchant's own link and is left alone.
    const failed = Boolean(query.error_code || query.error_msg) || query.imp_success === 'false' || query.success === 'false';
    if (!merchantUid || (!query.imp_uid && !failed)) return null;
    // An attempt this browser does not remember (another browser, storage blocked) is still reported, without a customerUid.
    const requestOf = (record: V1AttemptRecord | undefined): OutcomeRequest =>
      record
        ? outcomeRequestOf(record, getPgRule(record.pg, settings.extraRules))
        : { customerUid: null, merchantUid, pg: '', amount: 0 };
    return {
      answerId: query.imp_uid ?? '',
      attemptId: merchantUid,
      toOutcome: (record) => toOutcome(query, requestOf(record), messages),
    };
  });
}

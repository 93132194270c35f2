import type { V2BillingKeyResult } from '../outcome/v2-result';
import { toV2Outcome, v2OutcomeRequestOf, type V2OutcomeRequest } from '../outcome/v2-outcome';
import { readV2Attempt, type V2AttemptRecord } from '../request/v2-attempt';
import { V2_ISSUE_ID_KEY, V2_REDIRECT_QUERY_KEYS, V2_RESULT_QUERY_KEYS } from '../vocabulary/v2-wire';
import { getV2PgRule } from '../rules/v2-pg-rules';
import type { ReturnProtocol } from './protocol';
import { createReturnProtocol } from './return-protocol';
import { portOneAttempts, type PortOneSettings } from './v2-protocol';

/**
 * The v2 return: PortOne's answer appended to `redirectUrl` (the fields of `IssueBillingKeyResponse`), matched by the
 * library's own `rbk_issue_id` key to the request remembered before the window opened. Only `useBillingKeyRedirect`
 * creates it, so a page without one does not bundle it.
 */
export function createPortOneReturn(
  settings: Pick<PortOneSettings, 'extraRules'> = {},
): ReturnProtocol<V2BillingKeyResult, V2AttemptRecord> {
  return createReturnProtocol('v2', portOneAttempts, readV2Attempt, V2_REDIRECT_QUERY_KEYS, (query, messages) => {
    const issueId = query[V2_ISSUE_ID_KEY];
    // A return carries the library's rbk_issue_id together with PortOne's answer; anything else is left alone.
    if (!issueId || (!query.transactionType && !query.billingKey && !query.code)) return null;
    const response: Record<string, string> = {};
    for (const key of V2_RESULT_QUERY_KEYS) if (query[key] !== undefined) response[key] = query[key];
    // An attempt this browser does not remember (another browser, storage blocked) is still reported, with pg ''.
    const requestOf = (record: V2AttemptRecord | undefined): V2OutcomeRequest =>
      record ? v2OutcomeRequestOf(record, getV2PgRule(record.pg, settings.extraRules)) : { pg: '', issueId };
    return {
      // Issue-and-pay's txId is new per attempt, like v1's imp_uid.
      answerId: query.txId ?? '',
      attemptId: issueId,
      toOutcome: (record) => toV2Outcome(response, requestOf(record), messages),
    };
  });
}

import type { CoreMessages } from '../vocabulary/core-messages';
import type { V2BillingKeyResult } from '../outcome/v2-result';
import { toV2Outcome, type V2OutcomeRequest } from '../outcome/v2-outcome';
import type { PendingEntry } from '../page/pending-store';
import { readReturnKeys, stripQueryKeys } from '../request/redirect-url';
import { V2_ISSUE_ID_KEY, V2_REDIRECT_QUERY_KEYS, V2_RESULT_QUERY_KEYS } from '../vocabulary/v2-wire';
import { getV2PgRule, type V2PgRules } from '../rules/v2-pg-rules';
import type { ReturnProtocol } from './protocol';
import { portOnePending, type PortOneSettings } from './v2-protocol';

// A remembered request as read back from storage, which anyone can edit: its fields are checked.
function recoveredRequest(entry: PendingEntry | undefined, issueId: string, extraRules: V2PgRules | undefined): V2OutcomeRequest {
  if (!entry || typeof entry.pg !== 'string') return { pg: '', issueId };
  return { pg: entry.pg, issueId, rule: getV2PgRule(entry.pg, extraRules), firstPayment: entry.firstPayment === true };
}

/**
 * The v2 return: PortOne's answer appended to `redirectUrl` (the fields of `IssueBillingKeyResponse`), matched by the
 * library's own `rbk_issue_id` key to the request remembered before the window opened. Only `useBillingKeyRedirect`
 * creates it, so a page without one does not bundle it.
 */
export function createPortOneReturn(settings: Pick<PortOneSettings, 'extraRules'> = {}): ReturnProtocol<V2BillingKeyResult> {
  const { extraRules } = settings;
  return {
    generation: 'v2',
    pending: portOnePending,

    readRedirect(url: string, messages: CoreMessages) {
      // An ambiguous URL (a key written twice) is no return: nothing is picked, the URL is left alone.
      const query = readReturnKeys(url, V2_REDIRECT_QUERY_KEYS);
      if (!query) return null;
      const issueId = query[V2_ISSUE_ID_KEY];
      // A return carries the library's rbk_issue_id together with PortOne's answer; anything else is left alone.
      if (!issueId || (!query.transactionType && !query.billingKey && !query.code)) return null;
      const response: Record<string, string> = {};
      for (const key of V2_RESULT_QUERY_KEYS) if (query[key] !== undefined) response[key] = query[key];
      return {
        // Issue-and-pay's txId is new per attempt, like v1's imp_uid.
        answerId: query.txId ?? '',
        attemptId: issueId,
        toOutcome: (pending) => toV2Outcome(response, recoveredRequest(pending, issueId, extraRules), messages),
      };
    },

    stripRedirect: (url) => stripQueryKeys(url, V2_REDIRECT_QUERY_KEYS),
  };
}

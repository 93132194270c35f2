import type { CoreMessages } from '../vocabulary/core-messages';
import type { BillingKeyResult } from '../outcome/v1-result';
import { toOutcome, type OutcomeRequest } from '../outcome/v1-outcome';
import type { PendingEntry } from '../page/pending-store';
import { readReturnKeys, stripQueryKeys } from '../request/redirect-url';
import { V1_REDIRECT_QUERY_KEYS } from '../vocabulary/v1-wire';
import { getPgRule, type PgRules } from '../rules/v1-pg-lookup';
import type { ReturnProtocol } from './protocol';
import { iamportPending, type IamportSettings } from './v1-protocol';

// A remembered request as read back from storage, which anyone can edit: every field is checked.
function recoveredRequest(entry: PendingEntry | undefined, merchantUid: string, extraRules: PgRules | undefined): OutcomeRequest {
  if (!entry || typeof entry.customerUid !== 'string' || typeof entry.pg !== 'string' || typeof entry.amount !== 'number') {
    return { customerUid: null, merchantUid, pg: '', amount: 0 };
  }
  const payMethod = typeof entry.payMethod === 'string' ? entry.payMethod : undefined;
  return {
    customerUid: entry.customerUid,
    merchantUid,
    pg: entry.pg,
    amount: entry.amount,
    payMethod,
    rule: getPgRule(entry.pg, extraRules),
  };
}

/**
 * The v1 return: the result PortOne appends to `m_redirect_url` (`imp_uid`, `merchant_uid`, `imp_success`/`success`,
 * `error_code`, `error_msg`; docs: sdk/ko/v1-sdk/javascript-sdk/payrt), matched to the request remembered before the
 * window opened. Only `useBillingKeyRedirect` creates it, so a page without one does not bundle it.
 */
export function createIamportReturn(settings: Pick<IamportSettings, 'extraRules'>): ReturnProtocol<BillingKeyResult> {
  const { extraRules } = settings;
  return {
    generation: 'v1',
    pending: iamportPending,

    readRedirect(url: string, messages: CoreMessages) {
      // An ambiguous URL (a key written twice) is no return: nothing is picked, the URL is left alone.
      const query = readReturnKeys(url, V1_REDIRECT_QUERY_KEYS);
      if (!query) return null;
      const merchantUid = query.merchant_uid;
      // A result carries imp_uid, or a failure signal, together with merchant_uid; a bare merchant_uid is the
      // merchant's own link and is left alone.
      const failed = Boolean(query.error_code || query.error_msg) || query.imp_success === 'false' || query.success === 'false';
      if (!merchantUid || (!query.imp_uid && !failed)) return null;
      return {
        answerId: query.imp_uid ?? '',
        attemptId: merchantUid,
        toOutcome: (pending) => toOutcome(query, recoveredRequest(pending, merchantUid, extraRules), messages),
      };
    },

    stripRedirect: (url) => stripQueryKeys(url, V1_REDIRECT_QUERY_KEYS),
  };
}

import { V2_SDK_NAMED_PROPS } from '../core/request/v2-params';
import type { V2BillingKeyRequest } from '../core/request/v2-types';
import { ownFields } from '../core/rules/own';
import { paymentMade, v2NoticeCurrency, v2NoticesOf } from '../core/rules/v2-notices';
import { findV2PgRule, type V2PgRules } from '../core/rules/v2-pg-rules';
import { useBillingKeyUi } from '../react/ui-context';
import type { NoticeContent } from './notice-view';
import type { EveryKeyOf, RequestReading } from './request-props';

const v2Keys = ['pg', ...V2_SDK_NAMED_PROPS, 'payment', 'params'] as const;

/** The props of a v2 `BillingKeyButton` that make its request. */
export const V2_REQUEST_KEYS: EveryKeyOf<V2BillingKeyRequest, typeof v2Keys> = v2Keys;

/**
 * What the buyer is told about a v2 `pg`, `displayAmount` (in the currency's smallest unit) and first `payment`: the
 * rule is the provider's (its `pgRules`, then its PGs: a lean provider's only, as its requests use), or from
 * `everyPg` without a provider. The payment is spoken of only where a click would make it (the PG issues
 * `billingKeyMethod` with one, and the provider has issue-and-pay).
 */
export function useV2Notice(
  pg: unknown,
  displayAmount: number,
  currency: unknown,
  payment: unknown,
  billingKeyMethod: unknown,
  everyPg: V2PgRules,
): NoticeContent {
  const { extraV2Rules, v2Rules, issueAndPay } = useBillingKeyUi();
  const rule = findV2PgRule(pg, extraV2Rules, v2Rules ?? everyPg);
  const made = issueAndPay === false ? undefined : paymentMade(rule, payment, billingKeyMethod);
  const notices = v2NoticesOf(rule, displayAmount, made);
  return { pg, notices, amount: displayAmount, currency: v2NoticeCurrency(currency, made), unit: 'minor' };
}

// A request always has a provider, so a button or checkout never needs the whole table.
const NO_PGS: V2PgRules = {};

/** How v2's button and checkout read a request: the props that make it, and its notice (from the provider's rules). */
export const V2_REQUEST: RequestReading<V2BillingKeyRequest> = {
  requestKeys: V2_REQUEST_KEYS,
  useNotice: (request) => {
    // Own fields only: a polluted Object.prototype.payment must not announce a charge the click never makes.
    const { pg, displayAmount, currency, payment, billingKeyMethod } = ownFields(request);
    return useV2Notice(pg, displayAmount ?? 0, currency, payment, billingKeyMethod, NO_PGS);
  },
};

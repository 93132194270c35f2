import { noticesOf } from '../core/rules/v1-notices';
import { ownFields } from '../core/rules/own';
import { findPgRule, type PgRules } from '../core/rules/v1-pg-lookup';
import type { BillingKeyRequest } from '../core/request/v1-types';
import { useBillingKeyUi } from '../react/ui-context';
import type { NoticeContent } from './notice-view';
import type { EveryKeyOf, RequestReading } from './request-props';

const v1Keys = [
  'pg',
  'channelKey',
  'customerUid',
  'customerId',
  'amount',
  'name',
  'merchantUid',
  'payMethod',
  'buyer',
  'redirectUrl',
  'cards',
  'cardInstallments',
  'params',
] as const;

/** The props of a v1 `BillingKeyButton` that make its request. */
export const V1_REQUEST_KEYS: EveryKeyOf<BillingKeyRequest, typeof v1Keys> = v1Keys;

/** The currency the request names (`params.currency`), when it names one. */
export function currencyOf(params: unknown): string | undefined {
  const currency = (params as { currency?: unknown } | undefined)?.currency;
  return typeof currency === 'string' ? currency : undefined;
}

/**
 * What the buyer is told about a v1 `pg`, pay method and amount (KRW unless `currency`): the rule is the provider's
 * (its `pgRules`, then its PGs: a lean provider's only, as its requests use), or from `everyPg` without a provider.
 */
export function useV1Notice(pg: unknown, amount: number, payMethod: unknown, currency: unknown, everyPg: PgRules): NoticeContent {
  const { extraRules, rules } = useBillingKeyUi();
  return { pg, notices: noticesOf(findPgRule(pg, extraRules, rules ?? everyPg), amount, payMethod), amount, currency };
}

// A request always has a provider, so a button or checkout never needs the whole table.
const NO_PGS: PgRules = {};

/** How v1's button and checkout read a request: the props that make it, and its notice (from the provider's rules). */
export const V1_REQUEST: RequestReading<BillingKeyRequest> = {
  requestKeys: V1_REQUEST_KEYS,
  useNotice: (request) => {
    // Own fields only: a polluted Object.prototype.amount must not announce a charge the click never makes.
    const { pg, amount, payMethod, params } = ownFields(request);
    return useV1Notice(pg, amount ?? 0, payMethod, currencyOf(params), NO_PGS);
  },
};

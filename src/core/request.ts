import { toCardDetail } from './card-detail';
import { invalidParams } from './invalid';
import { createMerchantUid, MAX_UID_LENGTH } from './merchant-uid';
import { getPgRule, mayRedirect, PG_RULES, type PayMethod, type PgRule } from './pg-rules';
import { cleanRedirectUrl } from './redirect-url';
import type { BillingKeyRequest, Buyer, RequestPayParams } from './types';
import type { CoreMessages } from '../i18n/types';

/** Fields the library builds itself; passing them in `params` is an error. */
export const RESERVED_PARAM_KEYS = ['pg', 'pay_method', 'merchant_uid', 'customer_uid', 'amount', 'card'] as const;

const BUYER_FIELDS = ['name', 'email', 'tel', 'addr', 'postcode'] as const satisfies readonly (keyof Buyer)[];

/** A validated request, ready for `IMP.request_pay`. */
export interface PreparedRequest {
  params: RequestPayParams;
  rule: PgRule;
  /** The `pg` as given (with MID). */
  pg: string;
  amount: number;
  merchantUid: string;
  customerUid: string;
}

/** What {@link prepareRequest} needs from its surroundings. */
export interface PrepareContext {
  messages: CoreMessages;
  /** The page URL, for the default `m_redirect_url`; omitted on a server. */
  currentUrl?: string;
  /** Override for tests; default {@link createMerchantUid}. */
  createMerchantUid?: () => string;
}

const hasWhitespace = (value: string) => /\s/.test(value);
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Validates a {@link BillingKeyRequest} against its PG's rules and builds the `request_pay` params.
 * Fields that are undefined are left out.
 * @throws {BillingKeyError} `INVALID_PARAMS`, naming the field, for anything the PG or PortOne would refuse.
 */
export function prepareRequest(request: BillingKeyRequest, context: PrepareContext): PreparedRequest {
  const { messages } = context;
  const fail = (field: string, reason: Parameters<typeof invalidParams>[2], values?: Record<string, string | number>) =>
    invalidParams(messages, field, reason, values);

  if (!isPlainObject(request)) throw fail('request', 'required');
  const { pg, channelKey, customerUid, buyer, params } = request;

  if (typeof pg !== 'string' || (pg as string) === '') throw fail('pg', 'required');
  const rule = getPgRule(pg);
  if (!rule) throw fail('pg', 'unknownPg', { value: pg, allowed: Object.keys(PG_RULES).join(', ') });
  if (channelKey !== undefined && (typeof channelKey !== 'string' || channelKey.trim() === '')) {
    throw fail('channelKey', 'required');
  }

  if (typeof customerUid !== 'string' || customerUid === '') throw fail('customerUid', 'required');
  if (hasWhitespace(customerUid)) throw fail('customerUid', 'whitespace');

  const amount = request.amount ?? (rule.zeroAmount === 'not-allowed' ? undefined : 0);
  if (amount === undefined) throw fail('amount', 'required');
  if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 0) {
    throw fail('amount', 'integer', { value: typeof amount === 'string' ? `"${amount}"` : String(amount) });
  }
  if (amount === 0 && rule.zeroAmount === 'not-allowed') throw fail('amount', 'positive');

  const payMethod: PayMethod = request.payMethod ?? (rule.payMethods[0] as PayMethod);
  if (!(rule.payMethods as readonly string[]).includes(payMethod)) {
    throw fail('payMethod', 'payMethod', { value: String(payMethod), allowed: rule.payMethods.join(', ') });
  }

  const name = request.name ?? messages.defaultOrderName;
  if (typeof name !== 'string' || name.trim() === '') throw fail('name', 'required');
  if (name.length > MAX_UID_LENGTH) throw fail('name', 'tooLong', { max: MAX_UID_LENGTH });

  const merchantUid = request.merchantUid ?? (context.createMerchantUid ?? createMerchantUid)();
  if (typeof merchantUid !== 'string' || merchantUid === '') throw fail('merchantUid', 'required');
  if (hasWhitespace(merchantUid)) throw fail('merchantUid', 'whitespace');
  if (merchantUid.length > MAX_UID_LENGTH) throw fail('merchantUid', 'tooLong', { max: MAX_UID_LENGTH });

  if (buyer !== undefined && !isPlainObject(buyer)) throw fail('buyer', 'required');
  const buyerFields: Buyer = buyer ?? {};
  for (const field of rule.requiredBuyerFields) {
    const value = buyerFields[field];
    if (typeof value !== 'string' || value.trim() === '') throw fail(`buyer.${field}`, 'required');
  }

  if (params !== undefined && !isPlainObject(params)) throw fail('params', 'required');
  const reserved = RESERVED_PARAM_KEYS.find((key) => params && key in params);
  if (reserved) throw fail(`params.${reserved}`, 'reserved');

  const built: RequestPayParams = {
    pay_method: payMethod,
    merchant_uid: merchantUid,
    customer_uid: customerUid,
    name,
    amount,
  };
  if (channelKey !== undefined) built.channelKey = channelKey;
  else built.pg = pg;
  for (const field of BUYER_FIELDS) {
    const value = buyerFields[field];
    if (value !== undefined) built[`buyer_${field}`] = value;
  }

  const redirectUrl = request.redirectUrl ?? (mayRedirect(rule) && context.currentUrl ? cleanRedirectUrl(context.currentUrl) : undefined);
  if (redirectUrl !== undefined) {
    if (typeof redirectUrl !== 'string' || redirectUrl === '') throw fail('redirectUrl', 'required');
    built.m_redirect_url = redirectUrl;
  }

  if (request.cards !== undefined) {
    const detail = toCardDetail(request.cards, { messages, installments: request.cardInstallments });
    built.card = request.cardInstallments ? { detail, useFreeInterestFromMall: true } : { detail };
  } else if (request.cardInstallments !== undefined) {
    throw fail('cards', 'required');
  }

  if (params) {
    for (const [key, value] of Object.entries(params)) if (value !== undefined) built[key] = value;
  }

  return { params: built, rule, pg, amount, merchantUid, customerUid };
}

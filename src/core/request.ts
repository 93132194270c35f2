import { toCardDetail } from './card-detail';
import { DEV } from './dev';
import { invalidParams } from './invalid';
import { createMerchantUid, MAX_UID_LENGTH } from './merchant-uid';
import { getPgRule, mayRedirect, PG_RULES, type PayMethod, type PgRule } from './pg-rules';
import { cleanRedirectUrl } from './redirect-url';
import type { BillingKeyRequest, RequestPayParams } from './types';
import type { CoreMessages } from '../i18n/types';

/** Fields the library builds itself; passing them in `params` is an error. */
export const RESERVED_PARAM_KEYS = ['pg', 'pay_method', 'merchant_uid', 'customer_uid', 'amount', 'card'] as const;

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

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Validates a {@link BillingKeyRequest} against its PG's rules and builds the `request_pay` params.
 * Fields that are undefined are left out.
 * @throws {BillingKeyError} `INVALID_PARAMS`, naming the field, for anything the PG or PortOne would refuse.
 */
export function prepareRequest(request: BillingKeyRequest, context: PrepareContext): PreparedRequest {
  const { messages } = context;
  const fail = (field: string, detail?: string | false) => invalidParams(messages, field, detail);
  // customer_uid and merchant_uid: non-empty, no whitespace; merchant_uid and name: ≤ 40 characters.
  const checkId = (field: string, value: unknown, maxLength?: number) => {
    if (typeof value !== 'string' || value === '') throw fail(field);
    if (/\s/.test(value)) throw fail(field, DEV && 'must not contain whitespace');
    if (maxLength && value.length > maxLength) throw fail(field, DEV && `must be at most ${maxLength} characters`);
  };

  if (!isObject(request)) throw fail('request');
  const { pg, channelKey, customerUid, buyer = {}, params = {}, cards } = request;
  const buyerFields = buyer as Record<string, unknown>;

  if (!isText(pg)) throw fail('pg');
  const rule = getPgRule(pg);
  if (!rule) throw fail('pg', DEV && `"${pg}" is not a supported PG (supported: ${Object.keys(PG_RULES).join(', ')})`);
  if (channelKey !== undefined && !isText(channelKey)) throw fail('channelKey');
  checkId('customerUid', customerUid);

  const amount = request.amount ?? (rule.zeroAmount === 'not-allowed' ? undefined : 0);
  if (amount === undefined) throw fail('amount', DEV && 'is required (this PG needs an amount > 0)');
  // Typed as a number, but plain JS callers pass strings too ("1000").
  if (!Number.isInteger(amount) || amount < 0) {
    throw fail('amount', DEV && `must be an integer ≥ 0 (got ${typeof (amount as unknown) === 'string' ? JSON.stringify(amount) : String(amount)})`);
  }
  if (amount === 0 && rule.zeroAmount === 'not-allowed') throw fail('amount', DEV && 'must be greater than 0 for this PG');

  const payMethod: PayMethod = request.payMethod ?? rule.payMethods[0]!;
  if (!rule.payMethods.includes(payMethod)) {
    throw fail('payMethod', DEV && `"${String(payMethod)}" is not allowed for this PG (allowed: ${rule.payMethods.join(', ')})`);
  }

  const name = request.name ?? messages.defaultOrderName;
  if (!isText(name)) throw fail('name');
  if (name.length > MAX_UID_LENGTH) throw fail('name', DEV && `must be at most ${MAX_UID_LENGTH} characters`);

  const merchantUid = request.merchantUid ?? (context.createMerchantUid ?? createMerchantUid)();
  checkId('merchantUid', merchantUid, MAX_UID_LENGTH);

  if (!isObject(buyerFields)) throw fail('buyer', DEV && 'must be an object');
  for (const field of rule.requiredBuyerFields) if (!isText(buyerFields[field])) throw fail(`buyer.${field}`, DEV && 'is required by this PG');
  if (!isObject(params)) throw fail('params', DEV && 'must be an object');
  for (const key of RESERVED_PARAM_KEYS) {
    if (key in params) throw fail(`params.${key}`, DEV && 'is built by the library; pass it as its own prop instead');
  }

  const redirectUrl = request.redirectUrl ?? (mayRedirect(rule) && context.currentUrl ? cleanRedirectUrl(context.currentUrl) : undefined);
  if (redirectUrl !== undefined && !isText(redirectUrl)) throw fail('redirectUrl');
  if (request.cardInstallments && !cards) throw fail('cards', DEV && 'is required with cardInstallments');
  const detail = cards && toCardDetail(cards, { messages, installments: request.cardInstallments });

  const built: RequestPayParams = {
    pg: channelKey === undefined ? pg : undefined,
    channelKey,
    pay_method: payMethod,
    merchant_uid: merchantUid,
    customer_uid: customerUid,
    name,
    amount,
    buyer_name: buyer.name,
    buyer_email: buyer.email,
    buyer_tel: buyer.tel,
    buyer_addr: buyer.addr,
    buyer_postcode: buyer.postcode,
    m_redirect_url: redirectUrl,
    card: detail && (request.cardInstallments ? { detail, useFreeInterestFromMall: true } : { detail }),
    ...params,
  };
  // Undefined fields are left out of the call, not sent as `undefined`.
  for (const key of Object.keys(built)) if (built[key] === undefined) delete built[key];

  return { params: built, rule, pg, amount, merchantUid, customerUid };
}

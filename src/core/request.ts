import { toCardDetail } from './card-detail';
import { DEV } from './dev';
import { checkWith, type Check } from './invalid';
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
  const check: Check = checkWith(messages);
  // customer_uid and merchant_uid: non-empty, no whitespace; merchant_uid and name: ≤ 40 characters.
  const checkId = (field: string, value: unknown, maxLength = Infinity) => {
    check(typeof value === 'string' && value !== '', field);
    check(!/\s/.test(value), field, DEV && 'must not contain whitespace');
    check(value.length <= maxLength, field, DEV && `must be at most ${maxLength} characters`);
  };

  check(isObject(request), 'request');
  const { pg, channelKey, customerUid, buyer = {}, params = {}, cards, cardInstallments } = request;
  const buyerFields = buyer as Record<string, unknown>;

  check(isText(pg), 'pg');
  const rule = getPgRule(pg);
  check(rule, 'pg', DEV && `"${pg}" is not a supported PG (supported: ${Object.keys(PG_RULES).join(', ')})`);
  check(channelKey === undefined || isText(channelKey), 'channelKey');
  checkId('customerUid', customerUid);

  // Typed as a number, but plain JS callers pass strings too ("1000").
  const amount = request.amount ?? 0;
  check(
    Number.isInteger(amount) && amount >= 0,
    'amount',
    DEV && `must be an integer ≥ 0 (got ${typeof (amount as unknown) === 'string' ? JSON.stringify(amount) : String(amount)})`,
  );
  check(
    amount > 0 || rule.zeroAmount !== 'not-allowed',
    'amount',
    DEV && (request.amount === undefined ? 'is required (this PG needs an amount > 0)' : 'must be greater than 0 for this PG'),
  );

  const payMethod: PayMethod = request.payMethod ?? rule.payMethods[0]!;
  check(
    rule.payMethods.includes(payMethod),
    'payMethod',
    DEV && `"${String(payMethod)}" is not allowed for this PG (allowed: ${rule.payMethods.join(', ')})`,
  );

  const name = request.name ?? messages.defaultOrderName;
  check(isText(name), 'name');
  check(name.length <= MAX_UID_LENGTH, 'name', DEV && `must be at most ${MAX_UID_LENGTH} characters`);

  const merchantUid = request.merchantUid ?? (context.createMerchantUid ?? createMerchantUid)();
  checkId('merchantUid', merchantUid, MAX_UID_LENGTH);

  check(isObject(buyerFields), 'buyer', DEV && 'must be an object');
  for (const field of rule.requiredBuyerFields)
    check(isText(buyerFields[field]), `buyer.${field}`, DEV && 'is required by this PG');
  check(isObject(params), 'params', DEV && 'must be an object');
  for (const key of RESERVED_PARAM_KEYS) {
    check(!(key in params), `params.${key}`, DEV && 'is built by the library; pass it as its own prop instead');
  }

  const redirectUrl =
    request.redirectUrl ?? (mayRedirect(rule) && context.currentUrl ? cleanRedirectUrl(context.currentUrl) : undefined);
  check(redirectUrl === undefined || isText(redirectUrl), 'redirectUrl');
  check(cards || !cardInstallments, 'cards', DEV && 'is required with cardInstallments');
  const detail = cards && toCardDetail(cards, { messages, installments: cardInstallments });

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
    card: detail && (cardInstallments ? { detail, useFreeInterestFromMall: true } : { detail }),
    ...params,
  };
  // Undefined fields are left out of the call, not sent as `undefined`.
  for (const key of Object.keys(built)) if (built[key] === undefined) delete built[key];

  return { params: built, rule, pg, amount, merchantUid, customerUid };
}

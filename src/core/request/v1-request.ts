import type { CoreMessages } from '../vocabulary/core-messages';
import type { PayMethod, RequestPayParams } from '../vocabulary/v1-wire';
import type { PgRule } from '../rules/v1-pg-rule';
import { findPgRule, mayEverRedirect, pgMidOf, type PgRules } from '../rules/v1-pg-lookup';
import { hasOwn, ownFields, ownView } from '../rules/own';
import type { MethodRule } from '../rules/v1-pg-rule';
import { NOT_WINDOW_BILLING_PGS } from '../rules/v1-not-window';
import { PG_RULES } from '../rules/v1-pg-rules';
import { pgRuleProblems } from '../rules/v1-validate-rule';
import { toCardDetail } from './card-detail';
import { createCheck, type Check } from './check';
import { byteLength, describe, isEmail, isPhoneNumber, isPlainObject, isText } from './fields';
import { createMerchantUid, MAX_MERCHANT_UID_LENGTH } from './ids';
import { checkReturnAddress } from './redirect-url';
import {
  buyerFixable,
  checkAlphanumericId,
  checkChannelKey,
  checkCustomerIdRule,
  checkKeptId,
  checkMerchantRule,
  checkParams,
  ownRequest,
  withoutUndefined,
} from './shared-checks';
import { defaultRedirectUrl } from './v1-redirect';
import { pgCodeOf } from '../vocabulary/pg-code';
import { V1_REDIRECT_QUERY_KEYS } from '../vocabulary/v1-wire';
import type { BillingKeyRequest, Buyer } from './v1-types';

/**
 * Fields the library builds itself from the request's own props, after checking them; passing one in `params` is an
 * error, so that `params` (spread last) cannot send an unchecked value in their place.
 */
export const RESERVED_PARAM_KEYS = [
  'pg',
  'channelKey',
  'pay_method',
  'merchant_uid',
  'customer_uid',
  'customer_id',
  'name',
  'amount',
  'buyer_name',
  'buyer_email',
  'buyer_tel',
  'buyer_addr',
  'buyer_postcode',
  'm_redirect_url',
  'card',
] as const satisfies readonly (keyof RequestPayParams)[];

/** PortOne's limits (docs: the v1 REST spec; `customer_uid` is a path segment there, so it must stay URL-safe). */
const MAX_CUSTOMER_UID_LENGTH = 80;
const MAX_NAME_LENGTH = 40;
const BUYER_LIMITS: Record<keyof Buyer, number> = { name: 16, email: 64, tel: 16, addr: 128, postcode: 8 };
const BUYER_FIELDS = Object.keys(BUYER_LIMITS) as (keyof Buyer)[];

/** A validated request, ready for `IMP.request_pay`. */
export interface PreparedRequest {
  /** What goes to `IMP.request_pay`; undefined fields are left out. */
  params: RequestPayParams;
  rule: PgRule;
  /** The `pg` as given (with MID). */
  pg: string;
  amount: number;
  /** The pay method whose rules apply (`undefined` when the buyer chooses inside the PG). */
  payMethod: PayMethod | undefined;
  merchantUid: string;
  customerUid: string;
}

/** What {@link prepareRequest} needs from its surroundings. */
export interface PrepareContext {
  /** The texts of errors and the default order name. */
  messages: CoreMessages;
  /** The page URL, for the default `m_redirect_url`; absent on a server. */
  currentUrl?: string;
  /** Rules a merchant added (`IamportProvider`'s `pgRules`); they come before the library's. */
  extraRules?: PgRules;
  /** True for a `merchant_uid` that already completed on this page (PortOne refuses it with F1002). */
  isCompletedMerchantUid?: (merchantUid: string) => boolean;
  /** Makes the default `merchant_uid`; default {@link createMerchantUid}. */
  createMerchantUid?: typeof createMerchantUid;
}

/**
 * Validates a {@link BillingKeyRequest} against its PG's rules and builds the `IMP.request_pay` params (docs:
 * sdk/ko/v1-sdk/javascript-sdk/payrq). Nothing is opened or stored.
 * @throws {BillingKeyError} `INVALID_PARAMS`, with `field` naming the prop, for anything PortOne or the PG would refuse.
 */
export function prepareRequest(given: BillingKeyRequest, context: PrepareContext): PreparedRequest {
  return prepareWithRules(given, context, PG_RULES);
}

/**
 * {@link prepareRequest} against `rules` (a lean provider's PGs) instead of `PG_RULES`, so the page carries only those.
 * @throws {BillingKeyError} as {@link prepareRequest}.
 */
export function prepareWithRules(given: BillingKeyRequest, context: PrepareContext, rules: PgRules): PreparedRequest {
  const { messages } = context;
  const check: Check = createCheck(messages);
  const request = ownRequest(check, given);
  const { pg, channelKey } = request;
  const givenRule = checkPg(check, pg, context.extraRules, rules);
  // Rule fields are read as own properties: a polluted Object.prototype changes nothing.
  const rule = ownView(givenRule);
  checkChannel(check, rule, pg, channelKey);
  const customerUid = request.customerUid;
  checkCustomerUid(check, customerUid);
  const payMethod = checkPayMethod(check, rule, request.payMethod);
  // Rules have at least one method (checked with their shape); the buyer's choice is ruled by the first.
  const methodRule: MethodRule = rule.methods[payMethod ?? Object.keys(rule.methods)[0] ?? '']!;
  const amount = checkAmount(check, methodRule, request.amount);
  checkCustomerId(check, rule, request.customerId, amount === 0 && methodRule.customerIdRequiredAtZero === true);
  const name = checkName(check, rule, request.name ?? messages.defaultOrderName);
  const merchantUid = checkMerchantUid(check, rule, request.merchantUid, context);
  const buyer = checkBuyer(check, rule, request.buyer);
  const params = checkRequestPayParams(check, rule, methodRule, request.params);
  // Sent wherever the PG may redirect on some device, even when params promise a callback (naverPopupMode): a phone
  // or an in-app browser may still redirect, and a PG that calls back ignores it.
  const redirectUrl =
    request.redirectUrl ?? (context.currentUrl && mayEverRedirect(rule) ? defaultRedirectUrl(context.currentUrl) : undefined);
  checkReturnAddress(check, redirectUrl, V1_REDIRECT_QUERY_KEYS);
  const card = checkCards(check, request, messages);

  const built = withoutUndefined<RequestPayParams>({
    pg: channelKey === undefined ? pg : undefined,
    channelKey,
    pay_method: payMethod,
    merchant_uid: merchantUid,
    customer_uid: customerUid,
    customer_id: request.customerId,
    name,
    amount,
    buyer_name: buyer.name,
    buyer_email: buyer.email,
    buyer_tel: buyer.tel,
    buyer_addr: buyer.addr,
    buyer_postcode: buyer.postcode,
    m_redirect_url: redirectUrl,
    card,
    ...params,
  });
  return { params: built, rule: givenRule, pg, amount, payMethod, merchantUid, customerUid };
}

function checkChannel(check: Check, rule: PgRule, pg: string, channelKey: unknown): void {
  const dev = process.env.NODE_ENV !== 'production';
  checkChannelKey(check, channelKey);
  check(
    !rule.channelKeyOnly || channelKey !== undefined,
    'channelKey',
    dev && `is required for this PG: it has no public pg code, so "${pg}" only selects the rules and is not sent`,
  );
  check(
    rule.mid !== 'required' || channelKey !== undefined || pgMidOf(pg) !== '',
    'pg',
    dev && `must name the PG's merchant id ("${pg}.<MID>") for this PG`,
  );
}

function checkCustomerUid(check: Check, customerUid: unknown): asserts customerUid is string {
  checkId(check, 'customerUid', customerUid, MAX_CUSTOMER_UID_LENGTH);
  check(
    // "." and ".." are dot segments: a URL resolves /subscribe/customers/.. to /subscribe/, another REST path.
    !/[/?#%\\\p{Cc}]|^\.\.?$/u.test(customerUid),
    'customerUid',
    process.env.NODE_ENV !== 'production' &&
      'must not contain / ? # % \\ or control characters, nor be "." or ".." (it is a URL path segment in the REST API)',
  );
}

function checkAmount(check: Check, methodRule: MethodRule, given: unknown): number {
  const dev = process.env.NODE_ENV !== 'production';
  const amount = given ?? 0;
  check(
    Number.isSafeInteger(amount) && (amount as number) >= 0,
    'amount',
    dev && `must be a whole number ≥ 0, in KRW unless params.currency names another (got ${describe(given)})`,
  );
  check(
    (amount as number) > 0 || methodRule.zeroAmount !== 'not-allowed',
    'amount',
    dev && (given === undefined ? 'is required (this PG needs an amount > 0)' : 'must be greater than 0 for this PG'),
  );
  return amount as number;
}

function checkName(check: Check, rule: PgRule, name: unknown): string {
  const dev = process.env.NODE_ENV !== 'production';
  check(isText(name), 'name');
  check(name.length <= MAX_NAME_LENGTH, 'name', dev && `must be at most ${MAX_NAME_LENGTH} characters`);
  const nameRule = rule.name;
  if (nameRule?.maxBytes !== undefined)
    check(byteLength(name) <= nameRule.maxBytes, 'name', dev && `must be at most ${nameRule.maxBytes} bytes (UTF-8) for this PG`);
  if (nameRule?.forbiddenCharacters) {
    const forbidden = nameRule.forbiddenCharacters;
    check(![...name].some((char) => forbidden.includes(char)), 'name', dev && `must not contain any of ${forbidden} for this PG`);
  }
  return name;
}

function checkMerchantUid(check: Check, rule: PgRule, given: unknown, context: PrepareContext): string {
  const dev = process.env.NODE_ENV !== 'production';
  const alphanumeric = rule.merchantUidCharset === 'alphanumeric';
  const merchantUid = given ?? (context.createMerchantUid ?? createMerchantUid)('bk', { alphanumeric });
  checkId(check, 'merchantUid', merchantUid, MAX_MERCHANT_UID_LENGTH);
  const minLength = rule.merchantUidMinLength ?? 1;
  check(merchantUid.length >= minLength, 'merchantUid', dev && `must be at least ${minLength} characters for this PG`);
  checkAlphanumericId(check, 'merchantUid', merchantUid, alphanumeric);
  check(
    !context.isCompletedMerchantUid?.(merchantUid),
    'merchantUid',
    dev && 'already completed on this page; PortOne refuses a merchant_uid twice (F1002): use a new one',
  );
  return merchantUid;
}

/** `params` without the fields the library builds, with every field the PG (or the pay method) requires. */
function checkRequestPayParams(
  check: Check,
  rule: PgRule,
  methodRule: MethodRule,
  given: BillingKeyRequest['params'],
): Record<string, unknown> {
  const params = checkParams(check, given, RESERVED_PARAM_KEYS);
  for (const param of [...(rule.requiredParams ?? []), ...(methodRule.requiredParams ?? [])]) {
    check(
      // A text field must say something: an unset variable's '' is not a currency.
      hasOwn(params, param.key) &&
        (param.type === 'string' ? isText(params[param.key]) : typeof params[param.key] === param.type),
      `params.${param.key}`,
      process.env.NODE_ENV !== 'production' &&
        `is required by this PG (${param.type === 'string' ? 'non-blank text' : 'a boolean'})`,
    );
  }
  const { currencies } = rule;
  check(
    !currencies || currencies.includes((params.currency ?? 'KRW') as string),
    'params.currency',
    process.env.NODE_ENV !== 'production' && `must be one of ${currencies?.join(', ')} for this PG`,
  );
  return params;
}

function checkCards(check: Check, request: BillingKeyRequest, messages: CoreMessages): RequestPayParams['card'] {
  const { cards, cardInstallments } = request;
  check(
    cards !== undefined || cardInstallments === undefined,
    'cards',
    process.env.NODE_ENV !== 'production' && 'is required with cardInstallments',
  );
  const detail = cards === undefined ? undefined : toCardDetail(cards, { installments: cardInstallments, messages });
  return detail && (cardInstallments ? { detail, useFreeInterestFromMall: true } : { detail });
}

function checkPg(check: Check, pg: unknown, extraRules: PgRules | undefined, rules: PgRules): PgRule {
  check(isText(pg), 'pg');
  // Development only: the checker stays out of production bundles (the built-in rules are checked by tests).
  if (process.env.NODE_ENV !== 'production') checkMerchantRule(check, extraRules, pgCodeOf(pg), pgRuleProblems);
  const rule = findPgRule(pg, extraRules, rules);
  check(rule, 'pg', process.env.NODE_ENV !== 'production' && unknownPgDetail(pgCodeOf(pg), rules));
  return rule;
}

// Development only (production bundles drop it with the hint table): why a PG code has no rules.
function unknownPgDetail(code: string, rules: PgRules): string {
  const hint = Object.prototype.hasOwnProperty.call(NOT_WINDOW_BILLING_PGS, code) ? NOT_WINDOW_BILLING_PGS[code] : undefined;
  if (hint) return `"${code}" does not issue billing keys through the v1 window: ${hint}`;
  if (isPlainObject(rules) && hasOwn(rules, code)) {
    return `rules.${code} is not a PG rule: pass the library's (import { ${code} } from "react-billing-key")`;
  }
  const known = Object.keys(rules ?? {}).join(', ');
  return `"${code}" is not a PG the library knows (known: ${known}; a lean provider takes the library's rule in rules, any other goes in pgRules)`;
}

/** An id PortOne keeps (`customer_uid`, `merchant_uid`): non-blank text without whitespace, at most `maxLength` long. */
function checkId(check: Check, field: string, value: unknown, maxLength: number): asserts value is string {
  check(isText(value), field);
  checkKeptId(check, field, value, maxLength);
}

function checkCustomerId(check: Check, rule: PgRule, customerId: unknown, requiredHere: boolean): void {
  const dev = process.env.NODE_ENV !== 'production';
  const idRule = rule.customerId;
  if (customerId === undefined) {
    check(!idRule?.required, 'customerId', dev && 'is required by this PG (the buyer’s id at the PG)');
    check(!requiredHere, 'customerId', dev && 'is required by this PG to issue a key without a payment (amount 0)');
    return;
  }
  check(isText(customerId), 'customerId', dev && 'must be non-blank text');
  checkCustomerIdRule(check, 'customerId', idRule, customerId);
}

function checkPayMethod(check: Check, rule: PgRule, payMethod: unknown): PayMethod | undefined {
  const dev = process.env.NODE_ENV !== 'production';
  const allowed = Object.keys(rule.methods);
  if (rule.payMethodDefault === 'never') {
    check(
      payMethod === undefined,
      'payMethod',
      dev && 'must be left out: this PG takes no pay_method (the buyer picks in the window)',
    );
    return undefined;
  }
  if (payMethod === undefined) {
    check(rule.payMethodDefault !== 'required', 'payMethod', dev && `is required for this PG (one of: ${allowed.join(', ')})`);
    return rule.payMethodDefault === 'first' ? allowed[0] : undefined;
  }
  check(
    typeof payMethod === 'string' && allowed.includes(payMethod),
    'payMethod',
    dev && `${describe(payMethod)} is not allowed for this PG (allowed: ${allowed.join(', ')})`,
  );
  return payMethod;
}

function checkBuyer(check: Check, rule: PgRule, given: unknown): Buyer {
  const dev = process.env.NODE_ENV !== 'production';
  const object = given === undefined ? {} : given;
  check(isPlainObject(object), 'buyer', dev && 'must be an object');
  const buyer = ownFields(object);
  for (const field of rule.requiredBuyerFields) {
    check(isText(buyer[field]), `buyer.${field}`, dev && 'is required by this PG', buyerFixable(field));
  }
  for (const field of BUYER_FIELDS) {
    const value = buyer[field];
    if (value === undefined) continue;
    check(typeof value === 'string', `buyer.${field}`, dev && 'must be text', buyerFixable(field));
    check(
      value.length <= BUYER_LIMITS[field],
      `buyer.${field}`,
      dev && `must be at most ${BUYER_LIMITS[field]} characters`,
      buyerFixable(field),
    );
  }
  const { email, tel, name } = buyer as Buyer;
  check(email === undefined || isEmail(email), 'buyer.email', dev && 'must be an e-mail address', 'buyer.email');
  check(tel === undefined || isPhoneNumber(tel), 'buyer.tel', dev && 'must be a phone number', 'buyer.tel');
  if (rule.buyerNameFormat === 'first-last') {
    check(
      name === undefined || /^\S+ \S+$/.test(name),
      'buyer.name',
      dev && 'must be "First Last" (one space) for this PG',
      'buyer.name',
    );
  }
  return buyer;
}

import type { CoreMessages } from '../vocabulary/core-messages';
import type { V2PgRule, V2RequiredField } from '../rules/v2-pg-rule';
import { V2_PG_LABELS } from '../rules/pg-labels';
import { hasOwn, ownView } from '../rules/own';
import { findV2PgRule, V2_PG_RULES, V2_REFUSED_PGS, type V2PgCode, type V2PgRules } from '../rules/v2-pg-rules';
import { v2PgRuleProblems } from '../rules/v2-validate-rule';
import { createCheck, type Check } from './check';
import { describe, hasWhitespace, isPlainObject, isStoreId, isText } from './fields';
import { createMerchantUid } from './ids';
import { checkReturnAddress } from './redirect-url';
import {
  buyerFixable,
  checkAlphanumericId,
  checkChannelKey,
  checkMerchantRule,
  ownRequest,
  withoutUndefined,
} from './shared-checks';
import { checkCustomer } from './v2-customer';
import { notTakenDetail, V2_FLOWS, type CheckedFirstPayment, type IssueAndPayFlow, type V2Flows } from './v2-first-payment';
import { checkV2Params, V2_EXTRA_PARAM_KEYS } from './v2-params';
import { defaultV2RedirectUrl, withIssueId } from './v2-redirect';
import { V2_RESULT_QUERY_KEYS } from '../vocabulary/v2-wire';
import type { BillingKeyMethod, Customer, IssueBillingKeyAndPayParams, IssueBillingKeyParams } from '../vocabulary/v2-wire';
import type { V2BillingKeyRequest } from './v2-types';

export { V2_EXTRA_PARAM_KEYS, V2_RESERVED_PARAM_KEYS } from './v2-params';

const CURRENCIES = ['KRW', 'USD'];

/** Where each required field sits in the request (the `field` of the error). */
const FIELD_PATHS: Record<V2RequiredField, string> = {
  issueName: 'issueName',
  'customer.customerId': 'customer.customerId',
  'customer.name': 'customer.fullName',
  'customer.phoneNumber': 'customer.phoneNumber',
  'customer.email': 'customer.email',
  offerPeriod: 'params.offerPeriod',
  redirectUrl: 'redirectUrl',
  'easyPay.easyPayProvider': 'params.easyPay.easyPayProvider',
  productType: 'params.productType',
};

/** A validated v2 request, ready for `PortOne.requestIssueBillingKey`. */
export interface PreparedV2Request {
  /** What goes to `PortOne.requestIssueBillingKey`; undefined fields are left out. */
  params: IssueBillingKeyParams;
  rule: V2PgRule;
  pg: V2PgCode;
  issueId: string;
  billingKeyMethod: BillingKeyMethod;
  /** The device whose rules applied. */
  device: 'pc' | 'mobile';
  /**
   * `params` keys that are not fields of `requestIssueBillingKey` as the library knows it (sent as they are), for a
   * development warning. Development builds only: production builds leave it empty.
   */
  unknownParams: string[];
  /** With `payment`: what goes to `PortOne.requestIssueBillingKeyAndPay` instead; otherwise `null`. */
  andPayParams: IssueBillingKeyAndPayParams | null;
  /** The attempt's id: `issueId`, or with `payment` its `paymentId`. */
  attemptId: string;
  /**
   * Fields this PG requires on the other kind of device that the request lacks (it would fail there), for a development
   * warning. Development builds only: production builds leave it empty.
   */
  missingOnOtherDevice: string[];
  /** A `params.locale` this PG ignores here (sent, but the window stays in its own language): a development warning. */
  ignoredLocale?: string;
}

/** What {@link prepareV2Request} needs from its surroundings. */
export interface V2PrepareContext {
  /** The texts of errors and the default `issueName`. */
  messages: CoreMessages;
  /** `PortOneProvider`'s `storeId` (`store-…`). */
  storeId: unknown;
  /** The page URL, for the default `redirectUrl`; absent on a server. */
  currentUrl?: string;
  /**
   * Whether the device rules of a mobile browser apply. The v2 protocol reads the browser's user agent
   * (`isMobileBrowser`); a caller elsewhere passes what it knows about the buyer's device.
   */
  isMobile: boolean;
  /** True for an `issueId` that already completed on this page (PortOne and Naver Pay refuse one twice). */
  isCompletedIssueId?: (issueId: string) => boolean;
  /** Makes the default `issueId`; default {@link createMerchantUid}. */
  createIssueId?: typeof createMerchantUid;
  /** The rule of a flow other than the window's (PayPal RT), used instead of the table's for its `pg`. */
  flowRule?: { readonly pg: string; readonly rule: V2PgRule };
  /** Rules a merchant added (`PortOneProvider`'s `pgRules`); they come before the library's. */
  extraRules?: V2PgRules;
}

/**
 * Validates a v2 request against its PG's rules and builds the `PortOne.requestIssueBillingKey` request (docs:
 * src/schema/browser-sdk.yml, opi/ko/integration/pg/v2/*). Nothing is opened or stored.
 * @throws {BillingKeyError} `INVALID_PARAMS`, with `field` naming the prop, for anything PortOne or the PG would refuse.
 */
export function prepareV2Request(given: V2BillingKeyRequest, context: V2PrepareContext): PreparedV2Request {
  return prepareV2WithRules(given, context, V2_PG_RULES, V2_FLOWS);
}

/**
 * {@link prepareV2Request} knowing only the PGs in `rules` and the flows in `flows` (a lean provider's) instead of
 * every one, so the page carries only those. Without `flows.issueAndPay`, a request with `payment`, or for a PG and
 * method that issue a key only with a first payment, is refused.
 * @throws {BillingKeyError} as {@link prepareV2Request}.
 */
export function prepareV2WithRules(
  given: V2BillingKeyRequest,
  context: V2PrepareContext,
  rules: V2PgRules,
  flows: V2Flows,
): PreparedV2Request {
  const dev = process.env.NODE_ENV !== 'production';
  const { messages } = context;
  const check: Check = createCheck(messages);
  const request = ownRequest(check, given);
  const storeId = checkStoreId(check, context.storeId);
  const { pg, channelKey } = request;
  const flowRule = context.flowRule;
  const givenRule = flowRule && flowRule.pg === pg ? flowRule.rule : checkPg(check, pg, context.extraRules, rules);
  // Rule fields are read as own properties: a polluted Object.prototype changes nothing.
  const rule = ownView(givenRule);
  const device = context.isMobile ? 'mobile' : 'pc';
  check(channelKey !== undefined, 'channelKey', dev && 'is required (the channel key of this PG in the PortOne console)');
  checkChannelKey(check, channelKey);
  const method = checkBillingKeyMethod(check, rule, pg, request.billingKeyMethod);
  const andPay = issueAndPayOf(flows);
  const payment = andPay
    ? andPay.checkPayment(check, rule, method, request, context.isCompletedIssueId)
    : refuseFirstPayment(check, rule, method, request);
  const issueId = checkIssueId(check, rule, request.issueId, context);
  const attemptId = payment?.paymentId ?? issueId;
  const issueName = checkIssueName(check, request.issueName ?? messages.defaultOrderName);
  const { displayAmount, currency } = checkDisplayAmount(check, rule, device, request);
  const customer = checkCustomer(check, rule, request.customer);
  const { extras, provider, ignoredLocale } = checkV2Params(check, rule, request.params, device);
  const requested = request.redirectUrl ?? (context.currentUrl ? defaultV2RedirectUrl(context.currentUrl) : undefined);
  checkReturnAddress(check, requested, V2_RESULT_QUERY_KEYS);
  const present = presentFields(customer, extras, provider, requested);
  checkRequiredFields(check, rule, device, payment, present);

  const built = withoutUndefined<IssueBillingKeyParams>({
    storeId,
    channelKey,
    billingKeyMethod: method,
    issueId,
    issueName,
    displayAmount,
    currency,
    customer: Object.keys(customer).length > 0 ? customer : undefined,
    redirectUrl: requested === undefined ? undefined : withIssueId(requested, attemptId),
    ...extras,
  });
  return {
    params: built,
    andPayParams: payment && andPay ? andPay.toParams(built, payment) : null,
    attemptId,
    rule: givenRule,
    pg,
    issueId,
    billingKeyMethod: method,
    device,
    // What only the development warnings read is worked out in development builds only.
    unknownParams: dev ? unknownParams(extras, payment && andPay) : [],
    missingOnOtherDevice: dev ? missingOnOtherDevice(rule, device, present, context.currentUrl) : [],
    ...(ignoredLocale === undefined ? {} : { ignoredLocale }),
  };
}

function checkStoreId(check: Check, storeId: unknown): string {
  const dev = process.env.NODE_ENV !== 'production';
  check(isText(storeId), 'storeId', dev && 'is required (the provider\'s storeId="store-…")');
  check(isStoreId(storeId), 'storeId', dev && 'must be your PortOne store id ("store-…")');
  return storeId;
}

function checkBillingKeyMethod(check: Check, rule: V2PgRule, pg: string, given: unknown): BillingKeyMethod {
  const methods = [...rule.methods, ...(rule.firstPayment?.methods ?? [])];
  const billingKeyMethod = given ?? methods[0]!;
  check(
    (methods as readonly unknown[]).includes(billingKeyMethod),
    'billingKeyMethod',
    process.env.NODE_ENV !== 'production' &&
      `${describe(billingKeyMethod)} is not issued by ${labelOf(pg)} (allowed: ${methods.join(', ')})`,
  );
  return billingKeyMethod as BillingKeyMethod;
}

/**
 * The issue-and-pay flow in `flows`, an own field only (a polluted Object.prototype opts nothing in). JS callers may pass
 * anything: what is not a flow (`{ issueAndPay: true }`) counts as not given, so plain issuances still open and a
 * request with `payment` is refused on `payment` with the hint to pass the export. It lives here, not beside the flow:
 * a lean page without the flow must not carry the flow's module (the provider reads it too).
 */
export function issueAndPayOf(flows: V2Flows | undefined): IssueAndPayFlow | undefined {
  const flow: unknown = isPlainObject(flows) && hasOwn(flows, 'issueAndPay') ? flows.issueAndPay : undefined;
  return isPlainObject(flow) &&
    typeof flow.checkPayment === 'function' &&
    typeof flow.toParams === 'function' &&
    Array.isArray(flow.extraParamKeys)
    ? (flow as unknown as IssueAndPayFlow)
    : undefined;
}

/**
 * Without issue-and-pay (a lean provider not given `flows={{ issueAndPay }}`): a request with `payment`, or for a PG and
 * method that issue a key only together with a first payment, is refused before anything opens.
 */
function refuseFirstPayment(check: Check, rule: V2PgRule, method: BillingKeyMethod, request: V2BillingKeyRequest): undefined {
  const needed = (rule.firstPayment?.methods as readonly unknown[] | undefined)?.includes(method) === true;
  check(
    !needed && request.payment === undefined,
    'payment',
    process.env.NODE_ENV !== 'production' &&
      (needed
        ? `is issue-and-pay: this PG issues ${method} keys only together with a first payment ` +
          '(PortOne.requestIssueBillingKeyAndPay), which this provider was not given: pass flows={{ issueAndPay }} to ' +
          'LeanPortOneProvider (import { issueAndPay } from "react-billing-key/v2")'
        : notTakenDetail(method)),
  );
  return undefined;
}

function checkIssueName(check: Check, issueName: unknown): string {
  check(isText(issueName), 'issueName', process.env.NODE_ENV !== 'production' && 'must be non-blank text');
  return issueName;
}

/** `displayAmount` and its `currency` (default KRW with an amount), each as the PG shows it on this device. */
function checkDisplayAmount(
  check: Check,
  rule: V2PgRule,
  device: 'pc' | 'mobile',
  request: Pick<V2BillingKeyRequest, 'displayAmount' | 'currency'>,
): Pick<IssueBillingKeyParams, 'displayAmount' | 'currency'> {
  const dev = process.env.NODE_ENV !== 'production';
  const { displayAmount } = request;
  check(
    displayAmount === undefined || (Number.isSafeInteger(displayAmount) && displayAmount >= 0),
    'displayAmount',
    dev && `must be a whole number ≥ 0 (got ${describe(displayAmount)})`,
  );
  const currency = request.currency ?? (displayAmount === undefined ? undefined : 'KRW');
  check(
    currency === undefined || CURRENCIES.includes(currency),
    'currency',
    dev && `must be one of ${CURRENCIES.join(', ')} (got ${describe(currency)})`,
  );
  check(
    currency === undefined || displayAmount !== undefined,
    'currency',
    dev && 'is the currency of displayAmount: pass displayAmount too',
  );
  check(
    currency === undefined || !rule.currencies || (rule.currencies as readonly string[]).includes(currency),
    'currency',
    dev && `${describe(currency)} is not shown by this PG (allowed: ${rule.currencies?.join(', ')})`,
  );
  const currenciesHere = rule.currenciesOn?.[device];
  check(
    currency === undefined || !currenciesHere || (currenciesHere as readonly string[]).includes(currency),
    'currency',
    dev && `${describe(currency)} is not shown by this PG on this device (allowed: ${currenciesHere?.join(', ')})`,
  );
  return { displayAmount, currency };
}

/** Which of the fields a PG may require the request has. */
function presentFields(
  customer: Customer,
  extras: Partial<IssueBillingKeyParams>,
  provider: unknown,
  redirectUrl: string | undefined,
): Record<V2RequiredField, boolean> {
  return {
    issueName: true,
    'customer.customerId': customer.customerId !== undefined,
    'customer.name': customer.fullName !== undefined || (customer.firstName !== undefined && customer.lastName !== undefined),
    'customer.phoneNumber': customer.phoneNumber !== undefined,
    'customer.email': customer.email !== undefined,
    offerPeriod: extras.offerPeriod !== undefined,
    redirectUrl: redirectUrl !== undefined,
    'easyPay.easyPayProvider': provider !== undefined,
    productType: hasOwn(extras, 'productType'),
  };
}

/** Every field the PG requires (on this device, and for a first payment) is present. */
function checkRequiredFields(
  check: Check,
  rule: V2PgRule,
  device: 'pc' | 'mobile',
  payment: CheckedFirstPayment | undefined,
  present: Record<V2RequiredField, boolean>,
): void {
  const dev = process.env.NODE_ENV !== 'production';
  const onDevice = dev && (device === 'mobile' ? ' on a mobile browser' : ' on a PC');
  const needed = [
    ...[...rule.required, ...(payment?.required ?? [])].map((field) => [field, ''] as const),
    ...(rule.requiredOn?.[device] ?? []).map((field) => [field, onDevice] as const),
  ];
  for (const [field, where] of needed) {
    check(
      present[field],
      FIELD_PATHS[field],
      dev &&
        `is required by this PG${where || ''}${field === 'customer.name' ? ' (or customer.firstName and customer.lastName)' : ''}`,
      buyerFixable(field),
    );
  }
}

/** `params` keys the SDK call does not take (with a first payment, `requestIssueBillingKeyAndPay`'s), for a development warning. */
function unknownParams(extras: Partial<IssueBillingKeyParams>, andPay: IssueAndPayFlow | undefined): string[] {
  return Object.keys(extras).filter((key) => !V2_EXTRA_PARAM_KEYS.includes(key) && !andPay?.extraParamKeys.includes(key));
}

/** Fields this PG requires on the other kind of device that the request lacks, for a development warning. */
function missingOnOtherDevice(
  rule: V2PgRule,
  device: 'pc' | 'mobile',
  present: Record<V2RequiredField, boolean>,
  currentUrl: string | undefined,
): string[] {
  const otherDevice = device === 'mobile' ? 'pc' : 'mobile';
  return (
    (rule.requiredOn?.[otherDevice] ?? [])
      // On a server there is no page to return to; the browser that runs the request supplies the default.
      .filter((field) => !present[field] && !(field === 'redirectUrl' && currentUrl === undefined))
      .map((field) => FIELD_PATHS[field])
  );
}

// The PG's name for the developer's detail; a PG added through pgRules has none, so its `pg` stands in.
function labelOf(pg: string): string {
  return Object.prototype.hasOwnProperty.call(V2_PG_LABELS, pg) ? V2_PG_LABELS[pg as keyof typeof V2_PG_LABELS].en : pg;
}

function checkPg(check: Check, pg: unknown, extraRules: V2PgRules | undefined, rules: V2PgRules): V2PgRule {
  const dev = process.env.NODE_ENV !== 'production';
  check(isText(pg), 'pg', dev && 'is required (the PG behind channelKey, e.g. "tosspayments")');
  // Development only: the rule checker and the refused PGs' reasons stay out of production bundles (the built-in rules
  // are checked by tests). Refused and unknown PGs fail alike; only the developer's detail tells why and what instead.
  // A merchant's own rule for a refused name wins: it is how a PG the library refuses today is opened tomorrow.
  if (process.env.NODE_ENV !== 'production') {
    checkMerchantRule(check, extraRules, pg, v2PgRuleProblems);
    const own = isPlainObject(extraRules) && hasOwn(extraRules, pg);
    const refused = !own && hasOwn(V2_REFUSED_PGS, pg) ? V2_REFUSED_PGS[pg] : undefined;
    check(refused === undefined, 'pg', `"${pg}": ${refused}`);
  }
  const rule = findV2PgRule(pg, extraRules, rules);
  check(
    rule,
    'pg',
    dev &&
      (isPlainObject(rules) && hasOwn(rules, pg)
        ? `rules.${pg} is not a PG rule: pass the library's (import { ${pg} } from "react-billing-key/v2")`
        : `"${pg}" is not a v2 PG the library knows (known: ${Object.keys(rules ?? {}).join(', ')}; a lean provider takes the library's rule in rules, any other goes in pgRules)`),
  );
  return rule;
}

function checkIssueId(check: Check, rule: V2PgRule, given: unknown, context: V2PrepareContext): string {
  const dev = process.env.NODE_ENV !== 'production';
  const charset = rule.issueId?.charset;
  const issueId = given ?? (context.createIssueId ?? createMerchantUid)('bk', { alphanumeric: charset === 'alphanumeric' });
  check(isText(issueId), 'issueId', dev && 'must be non-blank text');
  check(!hasWhitespace(issueId), 'issueId', dev && 'must not contain whitespace');
  check(
    charset !== 'ascii' || /^[\x21-\x7e]+$/.test(issueId),
    'issueId',
    dev && 'must contain only ASCII characters for this PG',
  );
  checkAlphanumericId(check, 'issueId', issueId, charset === 'alphanumeric');
  const maxLength = rule.issueId?.maxLength;
  check(
    maxLength === undefined || issueId.length <= maxLength,
    'issueId',
    dev && `must be at most ${maxLength} characters for this PG`,
  );
  check(
    !context.isCompletedIssueId?.(issueId),
    'issueId',
    dev && 'already completed on this page; PortOne refuses an issueId twice: leave it out for a new one',
  );
  return issueId;
}

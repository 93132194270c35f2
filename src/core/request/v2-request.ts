import type { CoreMessages } from '../vocabulary/core-messages';
import type { IdRule } from '../rules/shared-rule-types';
import type { V2PgRule, V2RequiredField } from '../rules/v2-pg-rule';
import { V2_PG_LABELS } from '../rules/pg-labels';
import { hasOwn, ownFields, ownView } from '../rules/own';
import { getV2PgRule, V2_PG_RULES, V2_REFUSED_PGS, type V2PgCode, type V2PgRules } from '../rules/v2-pg-rules';
import { v2PgRuleProblems } from '../rules/v2-validate-rule';
import { createCheck, type BuyerFixableField, type Check } from './check';
import { byteLength, describe, hasWhitespace, isEmail, isPhoneNumber, isPlainObject, isStoreId, isText } from './fields';
import { createMerchantUid } from './ids';
import { AND_PAY_EXTRA_PARAM_KEYS, checkFirstPayment, toAndPayParams } from './v2-first-payment';
import { checkReturnAddress } from './redirect-url';
import { defaultV2RedirectUrl, withIssueId } from './v2-redirect';
import { V2_RESULT_QUERY_KEYS } from '../vocabulary/v2-wire';
import type {
  BillingKeyMethod,
  Customer,
  IssueBillingKeyAndPayParams,
  IssueBillingKeyParams,
  OfferPeriod,
  WindowTypes,
} from '../vocabulary/v2-wire';
import type { V2BillingKeyRequest } from '../request/v2-types';

/** Fields the library builds itself (from the request's own props); passing them in `params` is an error. */
export const V2_RESERVED_PARAM_KEYS = [
  'storeId',
  'channelKey',
  'billingKeyMethod',
  'issueId',
  'issueName',
  'displayAmount',
  'currency',
  'customer',
  'redirectUrl',
] as const;

/** Fields of the other SDK functions that a `params` may carry by mistake: refused, with a hint in development. */
const FOREIGN_PARAM_KEYS = ['channelGroupId', 'billingKeyAndPayMethod', 'paymentId', 'orderName', 'totalAmount', 'uiType'];

// Development only (production bundles drop it): what to do instead of a foreign field.
function foreignParamHint(key: string): string {
  if (key === 'channelGroupId') return 'is a payment field, not one of requestIssueBillingKey: pass the channel as channelKey';
  if (key === 'uiType') return 'belongs to loadIssueBillingKeyUI (PayPal RT): use PayPalBillingButton';
  return 'is built from the payment prop ({ paymentId?, orderName, totalAmount, currency? }) for requestIssueBillingKeyAndPay';
}

/** The other fields of `requestIssueBillingKey` (SDK 0.1.11), for `params`; anything else there is sent with a development warning. */
export const V2_EXTRA_PARAM_KEYS: readonly string[] = [
  'windowType',
  'forceRedirect',
  'locale',
  'customData',
  'offerPeriod',
  'appScheme',
  'noticeUrls',
  'productType',
  'bypass',
  'popup',
  'iframe',
  'card',
  'mobile',
  'easyPay',
  'paypal',
] as const;

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

const MAX_CHANNEL_KEY_LENGTH = 55;
const WINDOW_TYPES = ['IFRAME', 'POPUP', 'REDIRECTION', 'UI'];
const CURRENCIES = ['KRW', 'USD'];
const CUSTOMER_TEXT_FIELDS = [
  'customerId',
  'fullName',
  'firstName',
  'lastName',
  'phoneNumber',
  'email',
  'zipcode',
  'birthYear',
  'birthMonth',
  'birthDay',
  'firstNameKana',
  'lastNameKana',
] as const;

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
  /** `params` keys that are not fields of `requestIssueBillingKey` as the library knows it (sent as they are). */
  unknownParams: string[];
  /** With `payment`: what goes to `PortOne.requestIssueBillingKeyAndPay` instead; otherwise `null`. */
  andPayParams: IssueBillingKeyAndPayParams | null;
  /** The attempt's id: `issueId`, or with `payment` its `paymentId`. */
  attemptId: string;
  /** Fields this PG requires on the other kind of device that the request lacks (it would fail there). */
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
  // Developer details only in development: `dev && '…'` folds to `false` in production builds, which drop the texts
  // (declared first, so that the minifier can inline it).
  const dev = process.env.NODE_ENV !== 'production';
  const { messages } = context;
  const check: Check = createCheck(messages);
  check(isPlainObject(given), 'request', dev && 'must be an object');
  // Own fields only: a polluted Object.prototype (`redirectUrl`, `params`…) is never read as the merchant's.
  const request = ownFields(given);
  const storeId = context.storeId;
  check(isText(storeId), 'storeId', dev && 'is required (PortOneProvider storeId="store-…")');
  check(isStoreId(storeId), 'storeId', dev && 'must be your PortOne store id ("store-…")');

  const pg = request.pg;
  const flowRule = context.flowRule;
  const givenRule = flowRule && flowRule.pg === pg ? flowRule.rule : checkPg(check, pg, context.extraRules);
  // Rule fields are read as own properties: a polluted Object.prototype changes nothing.
  const rule = ownView(givenRule);
  const device = context.isMobile ? 'mobile' : 'pc';
  const { channelKey } = request;
  check(channelKey !== undefined, 'channelKey', dev && 'is required (the channel key of this PG in the PortOne console)');
  check(
    typeof channelKey === 'string' &&
      /^channel-key-[A-Za-z0-9-]+$/.test(channelKey) &&
      channelKey.length <= MAX_CHANNEL_KEY_LENGTH,
    'channelKey',
    dev && `must be a channel key ("channel-key-…", ≤ ${MAX_CHANNEL_KEY_LENGTH} characters)`,
  );

  const firstPaymentMethods = rule.firstPayment?.methods ?? [];
  const methods = [...rule.methods, ...firstPaymentMethods];
  const billingKeyMethod = request.billingKeyMethod ?? methods[0]!;
  check(
    (methods as readonly unknown[]).includes(billingKeyMethod),
    'billingKeyMethod',
    dev && `${describe(billingKeyMethod)} is not issued by ${labelOf(pg)} (allowed: ${methods.join(', ')})`,
  );
  const method: BillingKeyMethod = billingKeyMethod;
  const payment = checkFirstPayment(check, rule, method, request, context.isCompletedIssueId);

  const issueId = checkIssueId(check, rule, request.issueId, context);
  const attemptId = payment?.paymentId ?? issueId;
  const issueName = request.issueName ?? messages.defaultOrderName;
  check(isText(issueName), 'issueName', dev && 'must be non-blank text');

  const { displayAmount } = request;
  check(
    displayAmount === undefined || (Number.isInteger(displayAmount) && displayAmount >= 0),
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

  const customer = checkCustomer(check, rule, request.customer);
  const extras = ownFields(request.params ?? {});
  check(isPlainObject(extras), 'params', dev && 'must be an object');
  for (const key of V2_RESERVED_PARAM_KEYS)
    check(!hasOwn(extras, key), `params.${key}`, dev && 'is built by the library; pass it as its own prop instead');
  for (const key of FOREIGN_PARAM_KEYS) check(!hasOwn(extras, key), `params.${key}`, dev && foreignParamHint(key));
  checkOfferPeriod(check, rule, extras.offerPeriod);
  checkWindowType(check, rule, extras.windowType);
  const ignoredLocale = checkLocale(check, rule, extras.locale, device);
  check(extras.easyPay === undefined || isPlainObject(extras.easyPay), 'params.easyPay', dev && 'must be an object');
  const provider = extras.easyPay?.easyPayProvider;
  check(
    provider === undefined || !rule.easyPayProviders || (rule.easyPayProviders as readonly unknown[]).includes(provider),
    'params.easyPay.easyPayProvider',
    dev && `${describe(provider)} is not offered by this PG (allowed: ${rule.easyPayProviders?.join(', ')})`,
  );
  const choice = rule.easyPayMethodChoice;
  if (choice && provider === choice.provider) {
    const chosen: unknown = extras.easyPay?.availablePayMethods;
    check(
      Array.isArray(chosen) && chosen.length === 1 && choice.oneOf.includes(chosen[0] as string),
      'params.easyPay.availablePayMethods',
      dev && `must be exactly one of ${choice.oneOf.map((m) => `['${m}']`).join(', ')} for ${String(provider)} through this PG`,
    );
  }

  const requested = request.redirectUrl ?? (context.currentUrl ? defaultV2RedirectUrl(context.currentUrl) : undefined);
  checkReturnAddress(check, requested, V2_RESULT_QUERY_KEYS);

  const present: Record<V2RequiredField, boolean> = {
    issueName: true,
    'customer.customerId': customer.customerId !== undefined,
    'customer.name': customer.fullName !== undefined || (customer.firstName !== undefined && customer.lastName !== undefined),
    'customer.phoneNumber': customer.phoneNumber !== undefined,
    'customer.email': customer.email !== undefined,
    offerPeriod: extras.offerPeriod !== undefined,
    redirectUrl: requested !== undefined,
    'easyPay.easyPayProvider': provider !== undefined,
    productType: hasOwn(extras, 'productType'),
  };
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
      fixable(field),
    );
  }

  const built: IssueBillingKeyParams = {
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
  };
  // Undefined fields are left out of the call, not sent as `undefined`.
  for (const key of Object.keys(built) as (keyof IssueBillingKeyParams)[]) if (built[key] === undefined) delete built[key];

  const unknownParams = Object.keys(extras).filter(
    (key) => !V2_EXTRA_PARAM_KEYS.includes(key) && !(payment && AND_PAY_EXTRA_PARAM_KEYS.includes(key)),
  );
  const otherDevice = device === 'mobile' ? 'pc' : 'mobile';
  const missingOnOtherDevice = (rule.requiredOn?.[otherDevice] ?? [])
    // On a server there is no page to return to; the browser that runs the request supplies the default.
    .filter((field) => !present[field] && !(field === 'redirectUrl' && context.currentUrl === undefined))
    .map((field) => FIELD_PATHS[field]);
  return {
    params: built,
    andPayParams: payment ? toAndPayParams(built, payment) : null,
    attemptId,
    rule: givenRule,
    pg,
    issueId,
    billingKeyMethod: method,
    device,
    unknownParams,
    missingOnOtherDevice,
    ...(ignoredLocale === undefined ? {} : { ignoredLocale }),
  };
}

// The PG's name for the developer's detail; a PG added through pgRules has none, so its `pg` stands in.
function labelOf(pg: string): string {
  return Object.prototype.hasOwnProperty.call(V2_PG_LABELS, pg) ? V2_PG_LABELS[pg as keyof typeof V2_PG_LABELS].en : pg;
}

function checkPg(check: Check, pg: unknown, extraRules: V2PgRules | undefined): V2PgRule {
  const dev = process.env.NODE_ENV !== 'production';
  check(isText(pg), 'pg', dev && 'is required (the PG behind channelKey, e.g. "tosspayments")');
  const own = isPlainObject(extraRules) && Object.prototype.hasOwnProperty.call(extraRules, pg);
  // In development a merchant's own rule is checked in full: a bad rule must not build a wrong request unnoticed.
  if (dev && own) {
    const problems = v2PgRuleProblems(extraRules[pg]);
    check(problems.length === 0, 'pg', `has invalid pgRules.${pg}: ${problems.join('; ')}`);
  }
  // Refused and unknown PGs fail alike; only the developer's detail (development builds) tells why and what instead.
  // A merchant's own rule for a refused name wins: it is how a PG the library refuses today is opened tomorrow.
  if (dev && !own) {
    const refused = Object.prototype.hasOwnProperty.call(V2_REFUSED_PGS, pg) ? V2_REFUSED_PGS[pg] : undefined;
    check(refused === undefined, 'pg', dev && `"${pg}": ${refused}`);
  }
  const rule = getV2PgRule(pg, extraRules);
  check(
    rule,
    'pg',
    dev &&
      `"${pg}" is not a v2 PG the library knows (known: ${Object.keys(V2_PG_RULES).join(', ')}; add one with PortOneProvider's pgRules)`,
  );
  return rule;
}

/**
 * A `params.locale` the PG does not show is refused where its page says so, and otherwise sent with a development
 * warning (returned): "이외의 값을 넣어도 무시됩니다" (Toss Payments, Kakao Pay, Naver Pay), or a device that ignores
 * `locale` altogether (KG Inicis, Welcome on mobile).
 */
function checkLocale(check: Check, rule: V2PgRule, locale: unknown, device: 'pc' | 'mobile'): string | undefined {
  const dev = process.env.NODE_ENV !== 'production';
  if (locale === undefined) return undefined;
  check(isText(locale), 'params.locale', dev && 'must be a locale such as "KO_KR" or "EN_US"');
  if (rule.localeIgnoredOn?.includes(device) && locale !== 'KO_KR') return locale;
  if (!rule.locales || (rule.locales as readonly string[]).includes(locale)) return undefined;
  check(
    rule.otherLocales === 'ignored',
    'params.locale',
    dev && `${describe(locale)} is not shown by this PG (allowed: ${rule.locales.join(', ')})`,
  );
  return locale;
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
  check(
    charset !== 'alphanumeric' || /^[A-Za-z0-9]+$/.test(issueId),
    'issueId',
    dev && 'must contain only letters and digits for this PG',
  );
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

function checkCustomer(check: Check, rule: V2PgRule, value: unknown): Customer {
  const dev = process.env.NODE_ENV !== 'production';
  if (value === undefined) return {};
  check(isPlainObject(value), 'customer', dev && 'must be an object');
  const given = ownFields(value);
  for (const field of CUSTOMER_TEXT_FIELDS) {
    const value = given[field];
    if (value === undefined) continue;
    check(isText(value), `customer.${field}`, dev && 'must be non-blank text', fixableCustomer(field));
  }
  const customer = given as Customer;
  const { email, phoneNumber, fullName, customerId } = customer;
  check(email === undefined || isEmail(email), 'customer.email', dev && 'must be an e-mail address', 'buyer.email');
  check(
    phoneNumber === undefined || isPhoneNumber(phoneNumber),
    'customer.phoneNumber',
    dev && 'must be a phone number',
    'buyer.tel',
  );
  const maxBytes = rule.fullNameMaxBytes;
  check(
    fullName === undefined || maxBytes === undefined || byteLength(fullName) <= maxBytes,
    'customer.fullName',
    dev && `must be at most ${maxBytes} bytes (UTF-8) for this PG`,
    'buyer.name',
  );
  check(
    customer.gender === undefined || ['MALE', 'FEMALE', 'OTHER'].includes(customer.gender),
    'customer.gender',
    dev && 'must be MALE, FEMALE or OTHER',
  );
  check(
    customer.address === undefined ||
      (isPlainObject(customer.address) &&
        typeof customer.address.addressLine1 === 'string' &&
        typeof customer.address.addressLine2 === 'string'),
    'customer.address',
    dev && 'must be { addressLine1, addressLine2, city?, province? }',
  );
  if (customerId !== undefined) {
    check(!hasWhitespace(customerId), 'customer.customerId', dev && 'must not contain whitespace');
    checkId(check, rule.customerId, customerId);
  }
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(customer)) if (value !== undefined) clean[key] = value;
  return clean;
}

function checkId(check: Check, idRule: IdRule | undefined, customerId: string): void {
  const dev = process.env.NODE_ENV !== 'production';
  if (!idRule) return;
  const { minLength = 1, maxLength, pattern, patternText } = idRule;
  const field = 'customer.customerId';
  check(customerId.length >= minLength, field, dev && `must be at least ${minLength} characters for this PG`);
  check(
    maxLength === undefined || customerId.length <= maxLength,
    field,
    dev && `must be at most ${maxLength} characters for this PG`,
  );
  check(!pattern || pattern.test(customerId), field, dev && `may contain only ${patternText ?? String(pattern)} for this PG`);
}

function checkOfferPeriod(check: Check, rule: V2PgRule, given: unknown): void {
  const dev = process.env.NODE_ENV !== 'production';
  if (given === undefined) return;
  const field = 'params.offerPeriod';
  check(isPlainObject(given), field, dev && 'must be { interval } or { range }');
  const period = given as OfferPeriod;
  const kind = period.interval !== undefined ? 'interval' : 'range';
  check(
    (period.interval === undefined) !== (period.range === undefined),
    field,
    dev && 'must have exactly one of interval ("1m", "1y", "30d") and range ({ from, to })',
  );
  const kinds = rule.offerPeriod?.kinds;
  check(!kinds || kinds.includes(kind), field, dev && `must be ${kinds?.map((k) => `{ ${k} }`).join(' or ')} for this PG`);
  if (period.interval !== undefined) {
    check(
      typeof period.interval === 'string' && /^[1-9]\d*[dmy]$/.test(period.interval),
      `${field}.interval`,
      dev && 'must be a number of days, months or years ("30d", "1m", "1y")',
    );
    const intervals = rule.offerPeriod?.intervals;
    check(
      !intervals || intervals.includes(period.interval),
      `${field}.interval`,
      dev && `must be one of ${intervals?.join(', ')} for this PG`,
    );
    return;
  }
  const range: unknown = period.range;
  check(isPlainObject(range), `${field}.range`, dev && 'must be { from?, to? }');
  const { from, to } = range;
  const isTime = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));
  check(from !== undefined || to !== undefined, `${field}.range`, dev && 'needs from, to or both');
  check(
    !rule.offerPeriod?.fullRange || (from !== undefined && to !== undefined),
    `${field}.range`,
    dev && 'needs both from and to for this PG',
  );
  check(
    from === undefined || isTime(from),
    `${field}.range.from`,
    dev && 'must be an ISO 8601 time ("2025-01-01T00:00:00+09:00")',
  );
  check(to === undefined || isTime(to), `${field}.range.to`, dev && 'must be an ISO 8601 time ("2025-12-31T23:59:59+09:00")');
  check(
    from === undefined || to === undefined || Date.parse(from as string) < Date.parse(to as string),
    `${field}.range`,
    dev && 'from must be before to',
  );
}

function checkWindowType(check: Check, rule: V2PgRule, given: unknown): void {
  const dev = process.env.NODE_ENV !== 'production';
  if (given === undefined) return;
  const field = 'params.windowType';
  check(isPlainObject(given), field, dev && 'must be { pc?, mobile? }');
  const windowType = given as WindowTypes;
  for (const device of ['pc', 'mobile'] as const) {
    const value = windowType[device];
    if (value === undefined) continue;
    check(WINDOW_TYPES.includes(value), `${field}.${device}`, dev && `must be one of ${WINDOW_TYPES.join(', ')}`);
    const allowed = rule.windowTypes?.[device];
    check(
      !allowed || allowed.includes(value),
      `${field}.${device}`,
      dev && `${value} is not opened by this PG (allowed: ${allowed?.join(', ')})`,
    );
  }
}

function fixable(field: V2RequiredField): BuyerFixableField | undefined {
  if (field === 'customer.name') return 'buyer.name';
  if (field === 'customer.phoneNumber') return 'buyer.tel';
  if (field === 'customer.email') return 'buyer.email';
  return undefined;
}

function fixableCustomer(field: (typeof CUSTOMER_TEXT_FIELDS)[number]): BuyerFixableField | undefined {
  return field === 'fullName'
    ? 'buyer.name'
    : field === 'phoneNumber'
      ? 'buyer.tel'
      : field === 'email'
        ? 'buyer.email'
        : undefined;
}

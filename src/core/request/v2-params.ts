import type { V2PgRule } from '../rules/v2-pg-rule';
import { hasOwn } from '../rules/own';
import type { IssueBillingKeyParams, OfferPeriod, WindowTypes } from '../vocabulary/v2-wire';
import type { Check } from './check';
import { describe, isPlainObject, isText } from './fields';
import { checkParams } from './shared-checks';
import type { V2BillingKeyRequest } from './v2-types';

/**
 * The request props that become the SDK's fields under the same names (v2's request is named after
 * `requestIssueBillingKey`'s fields); a button's request props are these and `pg`, `payment`, `params`.
 */
export const V2_SDK_NAMED_PROPS = [
  'channelKey',
  'billingKeyMethod',
  'issueId',
  'issueName',
  'displayAmount',
  'currency',
  'customer',
  'redirectUrl',
] as const;

/** Fields the library builds itself (from the request's own props); passing them in `params` is an error. */
export const V2_RESERVED_PARAM_KEYS = ['storeId', ...V2_SDK_NAMED_PROPS] as const;

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

const WINDOW_TYPES = ['IFRAME', 'POPUP', 'REDIRECTION', 'UI'];
/** The `params` fields that are objects. */
const OBJECT_PARAMS = ['offerPeriod', 'windowType', 'easyPay'] as const;

// Development only (production bundles drop it): the shape an object param must have.
function objectShape(key: (typeof OBJECT_PARAMS)[number]): string {
  if (key === 'offerPeriod') return 'must be { interval } or { range }';
  return key === 'windowType' ? 'must be { pc?, mobile? }' : 'must be an object';
}

/** The checked `params` of a v2 request, with what the rest of the preparation reads from them. */
export interface CheckedV2Params {
  /** The merchant's `params`, by their own fields. */
  readonly extras: Partial<IssueBillingKeyParams>;
  /** `params.easyPay.easyPayProvider`, when given. */
  readonly provider: unknown;
  /** A `params.locale` this PG ignores here (see {@link checkLocale}). */
  readonly ignoredLocale: string | undefined;
}

/**
 * Checks a v2 request's `params`: no field the library builds or another SDK function takes, and the fields the PG
 * restricts (`offerPeriod`, `windowType`, `locale`, `easyPay`) within its rule.
 */
export function checkV2Params(
  check: Check,
  rule: V2PgRule,
  given: V2BillingKeyRequest['params'],
  device: 'pc' | 'mobile',
): CheckedV2Params {
  const dev = process.env.NODE_ENV !== 'production';
  const extras = checkParams(check, given, V2_RESERVED_PARAM_KEYS);
  for (const key of FOREIGN_PARAM_KEYS) check(!hasOwn(extras, key), `params.${key}`, dev && foreignParamHint(key));
  for (const key of OBJECT_PARAMS) {
    const value = extras[key];
    check(value === undefined || isPlainObject(value), `params.${key}`, dev && objectShape(key));
  }
  checkOfferPeriod(check, rule, extras.offerPeriod);
  checkWindowType(check, rule, extras.windowType);
  const ignoredLocale = checkLocale(check, rule, extras.locale, device);
  const provider = checkEasyPay(check, rule, extras.easyPay);
  return { extras, provider, ignoredLocale };
}

function checkEasyPay(check: Check, rule: V2PgRule, easyPay: IssueBillingKeyParams['easyPay']): unknown {
  const dev = process.env.NODE_ENV !== 'production';
  const provider = easyPay?.easyPayProvider;
  check(
    provider === undefined || !rule.easyPayProviders || (rule.easyPayProviders as readonly unknown[]).includes(provider),
    'params.easyPay.easyPayProvider',
    dev && `${describe(provider)} is not offered by this PG (allowed: ${rule.easyPayProviders?.join(', ')})`,
  );
  const choice = rule.easyPayMethodChoice;
  if (choice && provider === choice.provider) {
    const chosen: unknown = easyPay?.availablePayMethods;
    check(
      Array.isArray(chosen) && chosen.length === 1 && choice.oneOf.includes(chosen[0] as string),
      'params.easyPay.availablePayMethods',
      dev && `must be exactly one of ${choice.oneOf.map((m) => `['${m}']`).join(', ')} for ${String(provider)} through this PG`,
    );
  }
  return provider;
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

function checkOfferPeriod(check: Check, rule: V2PgRule, period: OfferPeriod | undefined): void {
  const dev = process.env.NODE_ENV !== 'production';
  if (period === undefined) return;
  const field = 'params.offerPeriod';
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

function checkWindowType(check: Check, rule: V2PgRule, windowType: WindowTypes | undefined): void {
  const dev = process.env.NODE_ENV !== 'production';
  const field = 'params.windowType';
  for (const device of ['pc', 'mobile'] as const) {
    const value = windowType?.[device];
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

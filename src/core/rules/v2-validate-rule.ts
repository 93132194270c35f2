import type { V2RequiredField } from './v2-pg-rule';
import { isNoticeList, NOTICE_KINDS } from './shared-rule-types';

// What a v2 rule may contain, for checking rules that come from outside the library (PortOneProvider's `pgRules`).
// `billingKeyMethod`s are an open vocabulary (any method a PG documents), so only their form is checked.
const REQUIRED_FIELDS: readonly V2RequiredField[] = [
  'issueName',
  'customer.customerId',
  'customer.name',
  'customer.phoneNumber',
  'customer.email',
  'offerPeriod',
  'redirectUrl',
  'easyPay.easyPayProvider',
  'productType',
];
const DEVICES = ['pc', 'mobile'];

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isMethod = (value: unknown) => typeof value === 'string' && /^[A-Z][A-Z0-9_]*$/.test(value);
const isTextList = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isBoolean = (value: unknown) => typeof value === 'boolean';
const isCount = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/**
 * What is wrong with a v2 PG rule given from outside the library (an empty list when nothing is), in English for the
 * developer, one "<where> must be <what>" line per problem. `getV2PgRule` treats a rule whose structure is broken as
 * unknown; `PortOneProvider` reports every problem when it mounts and the request names them.
 */
export function v2PgRuleProblems(rule: unknown): string[] {
  if (!isObject(rule)) return ['the rule must be an object shaped like a V2_PG_RULES entry'];
  const problems: string[] = [];
  const expect = (ok: boolean, where: string, what: string) => {
    if (!ok) problems.push(`${where} must be ${what}`);
  };
  const optional = (value: unknown, where: string, ok: (value: unknown) => boolean, what: string) =>
    expect(value === undefined || ok(value), where, what);
  const listOf = (value: unknown, where: string, allowed: readonly string[]) =>
    expect(
      Array.isArray(value) && value.every((item) => allowed.includes(item as string)),
      where,
      `a list of ${allowed.join(' | ')}`,
    );
  const perDevice = (value: unknown, where: string, ok: (list: unknown) => boolean, what: string) =>
    optional(
      value,
      where,
      (given) => isObject(given) && Object.entries(given).every(([device, list]) => DEVICES.includes(device) && ok(list)),
      `{ pc?, mobile? } of ${what}`,
    );

  const firstPayment = isObject(rule.firstPayment) ? rule.firstPayment : {};
  const issueAndPayOnly = Array.isArray(firstPayment.methods) && firstPayment.methods.length > 0;
  expect(
    Array.isArray(rule.methods) && (rule.methods.length > 0 || issueAndPayOnly) && rule.methods.every(isMethod),
    'methods',
    "a list of billingKeyMethod strings ('CARD', 'EASY_PAY', 'TRANSFER'…; the first is the default), empty only " +
      'when firstPayment.methods names some',
  );
  optional(
    rule.firstPayment,
    'firstPayment',
    (given) => isObject(given) && Array.isArray(given.methods) && given.methods.length > 0 && given.methods.every(isMethod),
    '{ methods: a non-empty list of billingKeyMethod strings, required?, currencies?, paymentIdCharset? }',
  );
  listOf(rule.required, 'required', REQUIRED_FIELDS);
  perDevice(
    rule.requiredOn,
    'requiredOn',
    (list) => Array.isArray(list) && list.every((f) => REQUIRED_FIELDS.includes(f as V2RequiredField)),
    'required fields',
  );
  // Optional (V2_DEFAULT_DELIVERY); when given, both devices.
  const delivery = isObject(rule.delivery) ? rule.delivery : {};
  for (const device of rule.delivery === undefined ? [] : DEVICES) {
    expect(['callback', 'redirect'].includes(delivery[device] as string), `delivery.${device}`, "'callback' | 'redirect'");
  }
  optional(
    rule.issueId,
    'issueId',
    (id) =>
      isObject(id) &&
      (id.charset === undefined || id.charset === 'ascii' || id.charset === 'alphanumeric') &&
      (id.maxLength === undefined || isCount(id.maxLength)),
    "{ charset?: 'ascii' | 'alphanumeric', maxLength? }",
  );
  optional(
    rule.customerId,
    'customerId',
    (id) => isObject(id) && typeof id.required === 'boolean' && (id.pattern === undefined || id.pattern instanceof RegExp),
    '{ required, minLength?, maxLength?, pattern?: RegExp }',
  );
  optional(rule.fullNameMaxBytes, 'fullNameMaxBytes', isCount, 'a number of bytes');
  optional(
    rule.offerPeriod,
    'offerPeriod',
    (period) =>
      isObject(period) && Array.isArray(period.kinds) && period.kinds.every((kind) => kind === 'interval' || kind === 'range'),
    "{ kinds: ('interval' | 'range')[], intervals?, fullRange? }",
  );
  optional(rule.currencies, 'currencies', isTextList, 'a list of currencies');
  perDevice(rule.currenciesOn, 'currenciesOn', isTextList, 'currency lists');
  optional(rule.locales, 'locales', isTextList, 'a list of locales');
  optional(rule.otherLocales, 'otherLocales', (value) => value === 'ignored' || value === 'refused', "'ignored' | 'refused'");
  optional(
    rule.localeIgnoredOn,
    'localeIgnoredOn',
    (list) => Array.isArray(list) && list.every((d) => DEVICES.includes(d as string)),
    "a list of 'pc' | 'mobile'",
  );
  perDevice(rule.windowTypes, 'windowTypes', isTextList, 'window type lists');
  optional(rule.easyPayProviders, 'easyPayProviders', isTextList, 'a list of easy pay providers');
  optional(
    rule.easyPayMethodChoice,
    'easyPayMethodChoice',
    (choice) => isObject(choice) && typeof choice.provider === 'string' && isTextList(choice.oneOf),
    '{ provider, oneOf: string[] }',
  );
  optional(rule.windowAmountAtZero, 'windowAmountAtZero', isCount, 'an amount in KRW');
  optional(rule.showsDisplayAmount, 'showsDisplayAmount', isBoolean, 'true or false');
  optional(rule.cardCompanyIgnored, 'cardCompanyIgnored', isBoolean, 'true or false');
  optional(rule.recommendedParams, 'recommendedParams', isTextList, 'a list of params keys');
  optional(rule.pgMessageVerbatim, 'pgMessageVerbatim', isBoolean, 'true or false');
  optional(rule.notices, 'notices', isNoticeList, `a list of ${NOTICE_KINDS.join(' | ')}`);
  return problems;
}

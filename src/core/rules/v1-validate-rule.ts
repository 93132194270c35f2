import { ownView } from './own';
import type { BuyerField } from './v1-pg-rule';
import { NOTICE_KINDS } from './shared-rule-types';

// What a rule may contain, for checking rules that come from outside the library (IamportProvider's `pgRules`).
// Pay methods are an open vocabulary (any `pay_method` string a PG documents), so only their form is checked.
const BUYER_FIELDS: readonly BuyerField[] = ['name', 'email', 'tel', 'addr', 'postcode'];
const DELIVERIES = ['callback', 'redirect'];

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isBoolean = (value: unknown) => typeof value === 'boolean';
const isAmount = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isStrings = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isParams = (value: unknown) =>
  Array.isArray(value) &&
  value.every(
    (param) => isObject(param) && typeof param.key === 'string' && ['boolean', 'string'].includes(param.type as string),
  );

/** Collects what is wrong with a rule, as "<where> must be <what>" lines for the developer. */
function collector() {
  const problems: string[] = [];
  const expect = (ok: boolean, where: string, what: string) => {
    if (!ok) problems.push(`${where} must be ${what}`);
  };
  const oneOf = (value: unknown, where: string, allowed: readonly unknown[]) =>
    expect(allowed.includes(value), where, allowed.map((item) => `'${String(item)}'`).join(' | '));
  const optional = (value: unknown, where: string, ok: (value: unknown) => boolean, what: string) =>
    expect(value === undefined || ok(value), where, what);
  const listOf = (value: unknown, where: string, allowed: readonly string[]) =>
    optional(
      value,
      where,
      (list) => Array.isArray(list) && list.every((item) => allowed.includes(item as string)),
      `a list of ${allowed.join(' | ')}`,
    );
  return { problems, expect, oneOf, optional, listOf };
}

/**
 * What is wrong with a PG rule given from outside the library (an empty list when nothing is), in English for the
 * developer. `getPgRule` treats a rule with problems as unknown; `IamportProvider` reports them when it mounts.
 */
export function pgRuleProblems(given: unknown): string[] {
  // Own fields only: a polluted Object.prototype neither breaks nor repairs a rule.
  const rule = ownView(given);
  if (!isObject(rule)) return ['the rule must be an object shaped like a PG_RULES entry'];
  const { problems, expect, oneOf, optional, listOf } = collector();
  oneOf(rule.status, 'status', ['live', 'discontinued']);
  optional(rule.endedOn, 'endedOn', (date) => typeof date === 'string', "the day the service ended ('YYYY-MM-DD')");
  const methods = isObject(rule.methods) ? Object.entries(rule.methods) : [];
  expect(methods.length > 0, 'methods', 'an object with at least one pay method');
  for (const [name, method] of methods) {
    const where = `methods.${name}`;
    expect(/^[a-z][a-z0-9_]*$/.test(name), `${where} (its key)`, "a pay_method string (lower case, digits and '_')");
    if (!isObject(method)) {
      expect(false, where, 'an object');
      continue;
    }
    oneOf(method.zeroAmount, `${where}.zeroAmount`, ['key-only', 'test-charge', 'not-allowed']);
    oneOf(method.positiveAmount, `${where}.positiveAmount`, ['charged', 'display-only', 'not-used']);
    expect(
      method.zeroAmount !== 'test-charge' || isAmount(method.testChargeAmount),
      `${where}.testChargeAmount`,
      'the test charge in KRW',
    );
    optional(method.windowAmountAtZero, `${where}.windowAmountAtZero`, isAmount, 'an amount in KRW');
    optional(method.requiredParams, `${where}.requiredParams`, isParams, "a list of { key, type: 'boolean' | 'string' }");
    optional(method.customerIdRequiredAtZero, `${where}.customerIdRequiredAtZero`, isBoolean, 'true or false');
    optional(method.mayStayPending, `${where}.mayStayPending`, isBoolean, 'true or false');
  }
  oneOf(rule.payMethodDefault, 'payMethodDefault', ['first', 'omit', 'required', 'never']);
  const delivery = isObject(rule.delivery) ? rule.delivery : {};
  oneOf(delivery.pc, 'delivery.pc', DELIVERIES);
  oneOf(delivery.mobile, 'delivery.mobile', DELIVERIES);
  optional(
    rule.callbackWhenParam,
    'callbackWhenParam',
    (when) => isObject(when) && typeof when.key === 'string',
    '{ key, value }',
  );
  oneOf(rule.mid, 'mid', ['optional', 'required']);
  optional(rule.channelKeyOnly, 'channelKeyOnly', isBoolean, 'true or false');
  optional(rule.merchantUidMinLength, 'merchantUidMinLength', isAmount, 'a whole number of characters');
  optional(
    rule.customerId,
    'customerId',
    (id) => isObject(id) && typeof id.required === 'boolean' && (id.pattern === undefined || id.pattern instanceof RegExp),
    '{ required, minLength?, maxLength?, pattern?: RegExp }',
  );
  optional(rule.merchantUidCharset, 'merchantUidCharset', (charset) => charset === 'alphanumeric', "'alphanumeric'");
  optional(
    rule.name,
    'name',
    (name) =>
      isObject(name) &&
      (name.maxBytes === undefined || isAmount(name.maxBytes)) &&
      (name.forbiddenCharacters === undefined || typeof name.forbiddenCharacters === 'string'),
    '{ maxBytes?, forbiddenCharacters? }',
  );
  expect(Array.isArray(rule.requiredBuyerFields), 'requiredBuyerFields', 'a list (empty when none)');
  listOf(rule.requiredBuyerFields, 'requiredBuyerFields', BUYER_FIELDS);
  optional(rule.buyerNameFormat, 'buyerNameFormat', (format) => format === 'first-last', "'first-last'");
  optional(rule.requiredParams, 'requiredParams', isParams, "a list of { key, type: 'boolean' | 'string' }");
  optional(rule.currencies, 'currencies', isStrings, 'a list of strings');
  const recommended = isObject(rule.recommended) ? rule.recommended : {};
  expect(rule.recommended === undefined || isObject(rule.recommended), 'recommended', '{ buyerFields?, params? }');
  listOf(recommended.buyerFields, 'recommended.buyerFields', BUYER_FIELDS);
  optional(recommended.params, 'recommended.params', isStrings, 'a list of strings');
  listOf(rule.notices, 'notices', NOTICE_KINDS);
  return problems;
}

import type { BuyerField, NoticeKind, PayMethod } from './pg-rule';

// What a rule may contain, for checking rules that come from outside the library (IamportProvider's `pgRules`).
const PAY_METHODS: readonly PayMethod[] = ['card', 'phone', 'trans', 'tosspay', 'naverpay_card', 'naverpay_point', 'kakaopay'];
const BUYER_FIELDS: readonly BuyerField[] = ['name', 'email', 'tel', 'addr', 'postcode'];
const NOTICE_KINDS: readonly NoticeKind[] = [
  'testCharge',
  'displayOnly',
  'windowShowsAmount',
  'chargedNow',
  'sameAmountMonthly',
  'monthlyChargeCap',
  'payMethodChosenByBuyer',
  'identityVerification',
];

type Problems = string[];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const oneOf = (value: unknown, allowed: readonly unknown[]) => allowed.includes(value);
const isAmount = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function checkList(problems: Problems, where: string, value: unknown, allowed: readonly string[]): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || !value.every((item) => oneOf(item, allowed))) {
    problems.push(`${where} must be a list of ${allowed.join(' | ')}`);
  }
}

function methodProblems(problems: Problems, method: string, rule: unknown): void {
  const where = `methods.${method}`;
  if (!oneOf(method, PAY_METHODS)) problems.push(`${where}: "${method}" is not a pay method (${PAY_METHODS.join(' | ')})`);
  if (!isObject(rule)) return void problems.push(`${where} must be an object`);
  if (!oneOf(rule.zeroAmount, ['key-only', 'test-charge', 'not-allowed'])) {
    problems.push(`${where}.zeroAmount must be 'key-only' | 'test-charge' | 'not-allowed'`);
  }
  if (!oneOf(rule.positiveAmount, ['charged', 'display-only']))
    problems.push(`${where}.positiveAmount must be 'charged' | 'display-only'`);
  if (rule.zeroAmount === 'test-charge' && !isAmount(rule.testChargeAmount)) {
    problems.push(`${where}.testChargeAmount must be the test charge in KRW`);
  }
  if (rule.windowAmountAtZero !== undefined && !isAmount(rule.windowAmountAtZero)) {
    problems.push(`${where}.windowAmountAtZero must be an amount in KRW`);
  }
  paramProblems(problems, `${where}.requiredParams`, rule.requiredParams);
}

function paramProblems(problems: Problems, where: string, params: unknown): void {
  if (params === undefined) return;
  const valid = (param: unknown) => isObject(param) && typeof param.key === 'string' && oneOf(param.type, ['boolean', 'string']);
  if (!Array.isArray(params) || !params.every(valid))
    problems.push(`${where} must be a list of { key, type: 'boolean' | 'string' }`);
}

/**
 * What is wrong with a PG rule given from outside the library (an empty list when nothing is), in English for the
 * developer. Used when `IamportProvider` mounts with `pgRules`, and again before a request uses such a rule.
 */
export function pgRuleProblems(rule: unknown): string[] {
  const problems: Problems = [];
  if (!isObject(rule)) return ['must be an object shaped like a PG_RULES entry'];
  if (!oneOf(rule.status, ['live', 'discontinued'])) problems.push("status must be 'live' | 'discontinued'");
  if (!isObject(rule.label) || typeof rule.label.ko !== 'string' || typeof rule.label.en !== 'string') {
    problems.push('label must be { ko, en } (the PG name buyers know)');
  }
  if (!isObject(rule.methods) || Object.keys(rule.methods).length === 0) {
    problems.push('methods must name at least one pay method');
  } else {
    for (const [method, methodRule] of Object.entries(rule.methods)) methodProblems(problems, method, methodRule);
  }
  if (!oneOf(rule.payMethodDefault, ['first', 'omit', 'required']))
    problems.push("payMethodDefault must be 'first' | 'omit' | 'required'");
  const delivery = rule.delivery;
  if (!isObject(delivery) || !oneOf(delivery.pc, ['callback', 'redirect']) || !oneOf(delivery.mobile, ['callback', 'redirect'])) {
    problems.push("delivery must be { pc, mobile } of 'callback' | 'redirect'");
  }
  if (!oneOf(rule.mid, ['optional', 'required'])) problems.push("mid must be 'optional' | 'required'");
  checkList(problems, 'requiredBuyerFields', rule.requiredBuyerFields ?? 'missing', BUYER_FIELDS);
  checkList(problems, 'notices', rule.notices, NOTICE_KINDS);
  checkList(problems, 'buyerNameFormat', rule.buyerNameFormat === undefined ? undefined : [rule.buyerNameFormat], ['first-last']);
  paramProblems(problems, 'requiredParams', rule.requiredParams);
  if (rule.name !== undefined) {
    const name = rule.name;
    if (
      !isObject(name) ||
      (name.maxBytes !== undefined && !isAmount(name.maxBytes)) ||
      (name.forbiddenCharacters !== undefined && typeof name.forbiddenCharacters !== 'string')
    ) {
      problems.push('name must be { maxBytes?: number, forbiddenCharacters?: string }');
    }
  }
  if (
    rule.callbackWhenParam !== undefined &&
    (!isObject(rule.callbackWhenParam) || typeof rule.callbackWhenParam.key !== 'string')
  ) {
    problems.push('callbackWhenParam must be { key, value }');
  }
  if (rule.recommended !== undefined) {
    const recommended = rule.recommended;
    if (!isObject(recommended)) problems.push('recommended must be { buyerFields?, params? }');
    else {
      checkList(problems, 'recommended.buyerFields', recommended.buyerFields, BUYER_FIELDS);
      if (
        recommended.params !== undefined &&
        (!Array.isArray(recommended.params) || !recommended.params.every((p) => typeof p === 'string'))
      ) {
        problems.push('recommended.params must be a list of strings');
      }
    }
  }
  if (rule.merchantUidCharset !== undefined && rule.merchantUidCharset !== 'alphanumeric')
    problems.push("merchantUidCharset must be 'alphanumeric'");
  if (rule.customerId !== undefined) {
    const id = rule.customerId;
    if (!isObject(id) || typeof id.required !== 'boolean') problems.push('customerId must be { required, maxLength?, pattern? }');
    else if (id.pattern !== undefined && !(id.pattern instanceof RegExp)) problems.push('customerId.pattern must be a RegExp');
  }
  return problems;
}

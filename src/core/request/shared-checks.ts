// The validation kit both generations prepare with (v1-request.ts, v2-request.ts): the checks whose rule is the same in
// v1 and v2, written once. Each takes the preparation's `Check`, so its errors are worded in the request's locale.
import type { IdRule } from '../rules/shared-rule-types';
import { hasOwn, ownFields } from '../rules/own';
import type { BuyerFixableField, Check } from './check';
import { hasWhitespace, isPlainObject } from './fields';

/** PortOne's longest channel key (`channel-key-…`). */
const MAX_CHANNEL_KEY_LENGTH = 55;

/**
 * The first step of a preparation: the request read by its own fields only (a polluted Object.prototype —
 * `redirectUrl`, `params`… — is never read as the merchant's).
 * @throws {BillingKeyError} `INVALID_PARAMS` (`field: 'request'`) when `given` is not an object.
 */
export function ownRequest<T>(check: Check, given: T): T {
  check(isPlainObject(given), 'request', process.env.NODE_ENV !== 'production' && 'must be an object');
  return ownFields(given);
}

/** A channel key from the PortOne console, when one is given: `channel-key-` and letters, digits and hyphens. */
export function checkChannelKey(check: Check, channelKey: unknown): asserts channelKey is string | undefined {
  check(
    channelKey === undefined ||
      (typeof channelKey === 'string' &&
        /^channel-key-[A-Za-z0-9-]+$/.test(channelKey) &&
        channelKey.length <= MAX_CHANNEL_KEY_LENGTH),
    'channelKey',
    process.env.NODE_ENV !== 'production' && `must be a channel key ("channel-key-…", ≤ ${MAX_CHANNEL_KEY_LENGTH} characters)`,
  );
}

/**
 * In development a merchant's own rule (`pgRules`) is checked in full before it is used: a bad rule must not build a
 * wrong request unnoticed. `problems` is the generation's rule checker. Callers call it in development only, so production
 * bundles drop the checker.
 */
export function checkMerchantRule(check: Check, extraRules: unknown, code: string, problems: (rule: unknown) => string[]): void {
  if (!isPlainObject(extraRules) || !hasOwn(extraRules, code)) return;
  const found = problems(extraRules[code]);
  check(found.length === 0, 'pg', `has invalid pgRules.${code}: ${found.join('; ')}`);
}

/** The buyer's id at the PG (v1 `customerId`, v2 `customer.customerId`) against the PG's {@link IdRule}, if it has one. */
export function checkCustomerIdRule(check: Check, field: string, idRule: IdRule | undefined, customerId: string): void {
  const dev = process.env.NODE_ENV !== 'production';
  check(!hasWhitespace(customerId), field, dev && 'must not contain whitespace');
  if (!idRule) return;
  const { minLength = 1, maxLength, pattern } = idRule;
  check(customerId.length >= minLength, field, dev && `must be at least ${minLength} characters for this PG`);
  check(
    maxLength === undefined || customerId.length <= maxLength,
    field,
    dev && `must be at most ${maxLength} characters for this PG`,
  );
  // The pattern's wording (`patternText`) is read in the development detail only, so production bundles drop the name.
  check(
    !pattern || pattern.test(customerId),
    field,
    dev && `may contain only ${idRule.patternText ?? String(pattern)} for this PG`,
  );
}

/** An id PortOne keeps (`customer_uid`, `merchant_uid`, `paymentId`): without whitespace, at most `maxLength` long. */
export function checkKeptId(check: Check, field: string, id: string, maxLength: number): void {
  const dev = process.env.NODE_ENV !== 'production';
  check(!hasWhitespace(id), field, dev && 'must not contain whitespace');
  check(id.length <= maxLength, field, dev && `must be at most ${maxLength} characters`);
}

/** An attempt id (`merchant_uid`, `issueId`, `paymentId`) restricted by the PG to letters and digits. */
export function checkAlphanumericId(check: Check, field: string, id: string, alphanumeric: boolean): void {
  check(
    !alphanumeric || /^[A-Za-z0-9]+$/.test(id),
    field,
    process.env.NODE_ENV !== 'production' && 'must contain only letters and digits for this PG',
  );
}

/**
 * The request's `params` by their own fields, refusing any field the library builds itself (`reserved`): the library
 * spreads `params` last, so a reserved field there would send an unchecked value in place of the checked one.
 */
export function checkParams<T extends object>(check: Check, given: T | undefined, reserved: readonly string[]): T {
  const dev = process.env.NODE_ENV !== 'production';
  const params = ownFields(given ?? ({} as T));
  check(isPlainObject(params), 'params', dev && 'must be an object');
  for (const key of reserved)
    check(!hasOwn(params, key), `params.${key}`, dev && 'is built by the library; pass it as its own prop instead');
  return params;
}

/** `built` without its undefined fields: the SDK gets a field or none, never `undefined`. */
export function withoutUndefined<T extends object>(built: T): T {
  for (const key of Object.keys(built) as (keyof T)[]) if (built[key] === undefined) delete built[key];
  return built;
}

/** The buyer-facing sentence for a buyer's contact field (name, e-mail, phone), by the field's name in either generation. */
export function buyerFixable(field: string): BuyerFixableField | undefined {
  return hasOwn(BUYER_FIXABLE, field) ? BUYER_FIXABLE[field] : undefined;
}

const BUYER_FIXABLE: Readonly<Record<string, BuyerFixableField>> = {
  name: 'buyer.name',
  email: 'buyer.email',
  tel: 'buyer.tel',
  fullName: 'buyer.name',
  phoneNumber: 'buyer.tel',
  'customer.name': 'buyer.name',
  'customer.email': 'buyer.email',
  'customer.phoneNumber': 'buyer.tel',
};

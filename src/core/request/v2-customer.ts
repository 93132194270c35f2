import type { V2PgRule } from '../rules/v2-pg-rule';
import { ownFields } from '../rules/own';
import type { Customer } from '../vocabulary/v2-wire';
import type { Check } from './check';
import { byteLength, isEmail, isPhoneNumber, isPlainObject, isText } from './fields';
import { buyerFixable, checkCustomerIdRule } from './shared-checks';

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

/**
 * Checks a v2 request's `customer` (its text fields, contact formats, the PG's limits on the name and the buyer's id)
 * and returns its defined fields.
 */
export function checkCustomer(check: Check, rule: V2PgRule, value: unknown): Customer {
  const dev = process.env.NODE_ENV !== 'production';
  if (value === undefined) return {};
  check(isPlainObject(value), 'customer', dev && 'must be an object');
  const given = ownFields(value);
  for (const field of CUSTOMER_TEXT_FIELDS) {
    const value = given[field];
    if (value === undefined) continue;
    check(isText(value), `customer.${field}`, dev && 'must be non-blank text', buyerFixable(field));
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
  if (customerId !== undefined) checkCustomerIdRule(check, 'customer.customerId', rule.customerId, customerId);
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(customer)) if (value !== undefined) clean[key] = value;
  return clean;
}

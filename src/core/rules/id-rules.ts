// Buyer-id rules a PG states once for both generations: the id reaches the PG unchanged through v1's `customer_id` and
// v2's `customer.customerId`, so its v1 and v2 rows share one rule. (A rule shows its characters as a pattern; the
// development error names the pattern itself.)
import type { IdRule } from './shared-rule-types';

/** Toss Payments' `customerKey` characters (its v1 and v2 windows, and BrandPay's): letters, digits and - _ = . @ */
export const TOSS_CUSTOMER_KEY_CHARACTERS = /^[A-Za-z0-9\-_=.@]+$/;

/** Toss Payments' `customerKey`: optional (without it PortOne makes a random one), 2–50 characters. */
export const tossCustomerKey = {
  required: false,
  minLength: 2,
  maxLength: 50,
  pattern: TOSS_CUSTOMER_KEY_CHARACTERS,
} as const satisfies IdRule;

/** Smartro's buyer id: required, at most 20 letters and digits ("특수문자는 사용이 불가"). */
export const smartroCustomerId = { required: true, maxLength: 20, pattern: /^[A-Za-z0-9]+$/ } as const satisfies IdRule;

import { DEV } from './dev';
import { BillingKeyError } from './errors';
import type { CoreMessages } from '../i18n/types';

/**
 * The `INVALID_PARAMS` error for one field: the locale's headline, then the field, then (in development builds) what is
 * wrong with it. The detail is for the merchant's developer, so it is English and production bundles leave it out;
 * `error.field` always names the field.
 */
export function invalidParams(messages: CoreMessages, field: string, detail: string | false = DEV && 'is required'): BillingKeyError {
  return new BillingKeyError('INVALID_PARAMS', `${messages.errors.INVALID_PARAMS}: ${field}${detail ? ' ' + detail : ''}`, { field });
}

/** Throws {@link invalidParams} for `field` unless `ok`; the detail defaults to "is required". */
export type Check = (ok: unknown, field: string, detail?: string | false) => asserts ok;

/** A {@link Check} whose errors use `messages`. */
export const checkWith =
  (messages: CoreMessages): Check =>
  (ok, field, detail) => {
    if (!ok) throw invalidParams(messages, field, detail);
  };

import { DEV } from './dev';
import { BillingKeyError } from './errors';
import type { CoreMessages } from '../i18n/types';

/**
 * Throws the `INVALID_PARAMS` error for `field` unless `ok`. Its message is the locale's headline, then the field, then
 * (in development builds) what is wrong with it, by default "is required". The detail is for the merchant's developer,
 * so it is English and production bundles leave it out; `error.field` always names the field.
 */
export type Check = (ok: unknown, field: string, detail?: string | false) => asserts ok;

/** A {@link Check} whose errors use `messages`. */
export const checkWith =
  (messages: CoreMessages): Check =>
  (ok, field, detail = DEV && 'is required') => {
    if (!ok) {
      throw new BillingKeyError('INVALID_PARAMS', `${messages.errors.INVALID_PARAMS}: ${field}${detail ? ' ' + detail : ''}`, {
        field,
      });
    }
  };

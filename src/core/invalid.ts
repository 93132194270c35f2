import { BillingKeyError } from './errors';
import type { CoreMessages } from '../i18n/types';

/**
 * The `INVALID_PARAMS` error for one field: the locale's headline, then the field and what is wrong with it.
 * The detail is for the merchant's developer (it names the field and the value), so it stays in English and costs no locale data.
 */
export function invalidParams(messages: CoreMessages, field: string, detail: string): BillingKeyError {
  return new BillingKeyError('INVALID_PARAMS', `${messages.errors.INVALID_PARAMS}: ${field} ${detail}`, { field });
}

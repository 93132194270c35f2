import { BillingKeyError } from './errors';
import { format, type CoreMessages, type InvalidReason } from '../i18n/types';

/** Builds the `INVALID_PARAMS` error for one field, worded in the caller's locale. */
export function invalidParams(
  messages: CoreMessages,
  field: string,
  reason: InvalidReason,
  values: Record<string, string | number> = {},
): BillingKeyError {
  const detail = format(messages.invalid[reason], { field, ...values });
  return new BillingKeyError('INVALID_PARAMS', `${messages.errors.INVALID_PARAMS}: ${detail}`, { field });
}

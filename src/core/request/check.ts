import type { CoreMessages } from '../vocabulary/core-messages';
import { BillingKeyError } from '../vocabulary/errors';

/** A field whose `INVALID_PARAMS` message can tell the buyer what to fix. */
export type BuyerFixableField = keyof CoreMessages['invalidFields'];

/**
 * Throws `INVALID_PARAMS` for `field` unless `ok`. The message's first line is for the buyer: what to fix when they
 * can fix it (`buyerText`), otherwise the locale's general sentence. Development builds add a second line for the
 * developer: the field and what is wrong with it, in English (`detail`, by default "is required"). Callers pass the
 * detail as `dev && '…'`, so production builds carry none of these texts.
 */
export type Check = (ok: unknown, field: string, detail?: string | false, buyerText?: BuyerFixableField) => asserts ok;

/** A {@link Check} whose errors are worded with `messages`. */
export function createCheck(messages: CoreMessages): Check {
  return (ok, field, detail, buyerText) => {
    if (!ok) throw invalidParams(messages, field, detail, buyerText);
  };
}

/** The `INVALID_PARAMS` error for `field` (see {@link Check}). */
export function invalidParams(
  messages: CoreMessages,
  field: string,
  detail: string | false | undefined,
  buyerText?: BuyerFixableField,
): BillingKeyError {
  let message = buyerText ? messages.invalidFields[buyerText] : messages.errors.INVALID_PARAMS;
  // The default detail is written here, inside the development branch, so production bundles carry no detail at all.
  if (process.env.NODE_ENV !== 'production' && detail !== false)
    message += `\n[react-billing-key] ${field} ${detail ?? 'is required'}`;
  return new BillingKeyError('INVALID_PARAMS', message, { field });
}

import type { CoreMessages } from '../messages';
import { BillingKeyError, type BillingKeyErrorCode, type BillingKeyErrorDetails } from './errors';

/**
 * A request's final outcome, as the provider's `onResult` receives it: the result, or the typed error.
 * `TResult` is the generation's result (`BillingKeyResult` of `react-billing-key` or of `react-billing-key/v2`).
 */
export type BillingKeyOutcome<TResult> = { status: 'success'; result: TResult } | { status: 'failure'; error: BillingKeyError };

/** Asks the merchant's server to confirm a key before success is reported; resolve `true` to confirm. */
export type VerifyBillingKey<TResult> = (result: TResult) => Promise<boolean> | boolean;

/** The error for `code`, with the locale's buyer-facing message. */
export function errorFor(code: BillingKeyErrorCode, messages: CoreMessages, details?: BillingKeyErrorDetails): BillingKeyError {
  return new BillingKeyError(code, messages.errors[code], details);
}

/** A failure outcome. */
export function failureOf<TResult>(error: BillingKeyError): BillingKeyOutcome<TResult> {
  return { status: 'failure', error };
}

/**
 * The `PG_FAILED` error for a PG's refusal. The PG's own message stays in the buyer-facing message, after the locale's
 * sentence, or alone and unmodified when the PG requires it (`verbatim`: Naver Pay's review rule).
 */
export function pgFailure(
  messages: CoreMessages,
  details: { response: unknown; pgCode?: string; pgMessage?: string; verbatim?: boolean },
): BillingKeyError {
  const { pgMessage, verbatim, ...rest } = details;
  const base = messages.errors.PG_FAILED;
  const message = pgMessage ? (verbatim ? pgMessage : `${base} (${pgMessage})`) : base;
  return new BillingKeyError('PG_FAILED', message, { ...rest, pgMessage });
}

/**
 * Runs the merchant's `verify` on a success: `onVerifying` is called first; `true` marks the result `verified`; `false`
 * or a throw becomes `VERIFY_FAILED` (its `response` is what was thrown, else the SDK's response). Failures pass through.
 */
export async function verifyOutcome<TResult extends { verified: boolean; response: unknown }>(
  outcome: BillingKeyOutcome<TResult>,
  verify: VerifyBillingKey<TResult> | undefined,
  messages: CoreMessages,
  onVerifying: () => void,
): Promise<BillingKeyOutcome<TResult>> {
  if (outcome.status === 'failure' || !verify) return outcome;
  onVerifying();
  let cause: unknown = outcome.result.response;
  try {
    if ((await verify(outcome.result)) === true) return { status: 'success', result: { ...outcome.result, verified: true } };
  } catch (error) {
    cause = error ?? cause;
  }
  return failureOf(errorFor('VERIFY_FAILED', messages, { response: cause }));
}

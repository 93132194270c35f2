import type { CoreMessages } from '../vocabulary/core-messages';
import { BillingKeyError, type BillingKeyErrorCode, type BillingKeyErrorDetails } from '../vocabulary/errors';

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
 * The error for a PG's answer that is not a key: `CANCELLED` when the buyer gave up (`cancelled`), else `PG_FAILED`.
 * The PG's own message is the whole buyer-facing message when the PG requires it unmodified (`verbatim`: Naver Pay's
 * review rule, which covers its cancellations too); otherwise a `PG_FAILED` keeps it after the locale's sentence and a
 * cancellation says the locale's sentence alone. `error.pgMessage` has it in every case.
 */
export function pgFailure(
  messages: CoreMessages,
  details: { response: unknown; pgCode?: string; pgMessage?: string; cancelled?: boolean; verbatim?: boolean },
): BillingKeyError {
  const { pgMessage, cancelled, verbatim, ...rest } = details;
  const code = cancelled ? 'CANCELLED' : 'PG_FAILED';
  const base = messages.errors[code];
  const message = !pgMessage ? base : verbatim ? pgMessage : cancelled ? base : `${base} (${pgMessage})`;
  return new BillingKeyError(code, message, { ...rest, pgMessage });
}

/**
 * Whether a PG's message must reach the buyer unmodified: its rule says so, or the rule is unknown (a redirect return
 * this browser did not remember, e.g. one that came back in a new tab from the PG's app), where it may be such a PG.
 */
export function isVerbatim(rule: { readonly pgMessageVerbatim?: boolean } | undefined): boolean {
  return rule ? rule.pgMessageVerbatim === true : true;
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

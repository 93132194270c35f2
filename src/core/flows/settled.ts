import type { BillingKeyError } from '../vocabulary/errors';
import type { BillingKeyOutcome } from '../outcome/outcome';

/** What a controller's snapshot shows once an outcome is known: the result, or the error. */
export interface Settled<TResult> {
  readonly status: 'success' | 'failure';
  readonly result: TResult | null;
  readonly error: BillingKeyError | null;
}

/** The snapshot fields of a known outcome, for every controller (request, redirect, PayPal). */
export const settled = <TResult>(outcome: BillingKeyOutcome<TResult>): Settled<TResult> =>
  outcome.status === 'success'
    ? { status: 'success', result: outcome.result, error: null }
    : { status: 'failure', result: null, error: outcome.error };

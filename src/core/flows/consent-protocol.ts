import type { ConsentGate, ConsentRecord } from '../request/consent';
import { BillingKeyError } from '../vocabulary/errors';
import type { BillingKeyOutcome } from '../outcome/outcome';
import type { AttemptRecord } from '../request/attempt-record';
import type { BillingKeyProtocol } from './protocol';

/** What a consent-gated request reads when it starts: the gate, and the buyer-facing refusal when it is closed. */
export interface ConsentCheck {
  readonly gate: () => ConsentGate | undefined;
  /** The buyer's words for "tick the consent first", in the locale. */
  readonly refusal: () => string;
}

/** `outcome` with the consent it was given under, when it is a success and there was consent. */
export function withConsentRecord<TResult>(
  outcome: BillingKeyOutcome<TResult>,
  record: ConsentRecord | null | undefined,
): BillingKeyOutcome<TResult> {
  if (outcome.status !== 'success' || !record) return outcome;
  return { status: 'success', result: { ...outcome.result, consent: record } };
}

/**
 * A protocol whose requests are gated by the buyer's recurring-payment consent, for either generation: a required
 * consent not given refuses the request with `INVALID_PARAMS` on `consent` before anything opens; a given consent is
 * carried into the result (`result.consent`) and remembered with the request for a redirect return.
 */
export function withConsent<TRequest, TResult, TSdk, TRecord extends AttemptRecord>(
  protocol: BillingKeyProtocol<TRequest, TResult, TSdk, TRecord>,
  check: ConsentCheck,
): BillingKeyProtocol<TRequest, TResult, TSdk, TRecord> {
  return {
    ...protocol,
    prepare(request, messages) {
      const gate = check.gate();
      if (gate?.required && !gate.record) {
        throw new BillingKeyError('INVALID_PARAMS', check.refusal(), { field: 'consent' });
      }
      const attempt = protocol.prepare(request, messages);
      const record = gate?.record ?? null;
      if (!record) return attempt;
      return {
        ...attempt,
        record: { ...attempt.record, consent: record },
        open: (sdk) => attempt.open(sdk).then((outcome) => outcome && withConsentRecord(outcome, record)),
      };
    },
  };
}

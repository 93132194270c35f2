import { isConsentRecord, type ConsentGate, type ConsentRecord } from '../request/consent';
import { BillingKeyError } from '../vocabulary/errors';
import type { BillingKeyOutcome } from '../outcome/outcome';
import type { PendingEntry } from '../page/pending-store';
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

/** The consent remembered with a request waiting for its redirect return, if any. */
export function pendingConsent(entry: PendingEntry | undefined): ConsentRecord | undefined {
  const consent = entry?.consent;
  return isConsentRecord(consent) ? consent : undefined;
}

/**
 * A protocol whose requests are gated by the buyer's recurring-payment consent, for either generation: a required
 * consent not given refuses the request with `INVALID_PARAMS` on `consent` before anything opens; a given consent is
 * carried into the result (`result.consent`) and remembered with the request for a redirect return.
 */
export function withConsent<TRequest, TResult, TSdk>(
  protocol: BillingKeyProtocol<TRequest, TResult, TSdk>,
  check: ConsentCheck,
): BillingKeyProtocol<TRequest, TResult, TSdk> {
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
        pendingEntry: { ...attempt.pendingEntry, consent: record },
        open: (sdk) => attempt.open(sdk).then((outcome) => outcome && withConsentRecord(outcome, record)),
      };
    },
  };
}
